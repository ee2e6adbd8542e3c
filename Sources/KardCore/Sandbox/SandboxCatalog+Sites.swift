extension SandboxCatalog {
    /// A street address of the sandbox, where one or more merchants have a store.
    struct Site: Sendable {
        var code: String
        var neighborhood: String
        var street: String
        var city: String
        var state: String
        var zipCode: String
        var latitude: Double
        var longitude: Double
        var areaCode: String
    }

    /// The sandbox's store addresses. The `NYC` sites lie within two miles of the guide's "near me" point
    /// (40.7420148, -73.9930148, the Flatiron district); `BKN` and `UES` a few miles further.
    static let sites: [Site] = [
        Site(
            code: "NYC1",
            neighborhood: "Chelsea",
            street: "150 W 22nd St",
            city: "New York",
            state: "NY",
            zipCode: "10011",
            latitude: 40.7431,
            longitude: -73.9947,
            areaCode: "212"
        ),
        Site(
            code: "NYC2",
            neighborhood: "Flatiron",
            street: "890 Broadway",
            city: "New York",
            state: "NY",
            zipCode: "10003",
            latitude: 40.7387,
            longitude: -73.9899,
            areaCode: "212"
        ),
        Site(
            code: "NYC3",
            neighborhood: "Fifth Avenue",
            street: "200 5th Ave",
            city: "New York",
            state: "NY",
            zipCode: "10010",
            latitude: 40.7415,
            longitude: -73.9896,
            areaCode: "212"
        ),
        Site(
            code: "NYC4",
            neighborhood: "Chelsea Market",
            street: "75 9th Ave",
            city: "New York",
            state: "NY",
            zipCode: "10011",
            latitude: 40.7424,
            longitude: -74.0061,
            areaCode: "212"
        ),
        Site(
            code: "NYC5",
            neighborhood: "Herald Square",
            street: "7 W 34th St",
            city: "New York",
            state: "NY",
            zipCode: "10001",
            latitude: 40.7489,
            longitude: -73.9868,
            areaCode: "212"
        ),
        Site(
            code: "NYC6",
            neighborhood: "Union Square",
            street: "52 E 14th St",
            city: "New York",
            state: "NY",
            zipCode: "10003",
            latitude: 40.7350,
            longitude: -73.9905,
            areaCode: "212"
        ),
        Site(
            code: "NYC7",
            neighborhood: "Ladies' Mile",
            street: "620 6th Ave",
            city: "New York",
            state: "NY",
            zipCode: "10011",
            latitude: 40.7390,
            longitude: -73.9947,
            areaCode: "212"
        ),
        Site(
            code: "NYC8",
            neighborhood: "Flatiron North",
            street: "40 W 23rd St",
            city: "New York",
            state: "NY",
            zipCode: "10010",
            latitude: 40.7423,
            longitude: -73.9915,
            areaCode: "212"
        ),
        Site(
            code: "NYC9",
            neighborhood: "Eighth Avenue",
            street: "111 8th Ave",
            city: "New York",
            state: "NY",
            zipCode: "10011",
            latitude: 40.7414,
            longitude: -74.0032,
            areaCode: "212"
        ),
        Site(
            code: "UES",
            neighborhood: "Upper East Side",
            street: "1535 3rd Ave",
            city: "New York",
            state: "NY",
            zipCode: "10028",
            latitude: 40.7791,
            longitude: -73.9530,
            areaCode: "212"
        ),
        Site(
            code: "BKN",
            neighborhood: "Atlantic Terminal",
            street: "625 Atlantic Ave",
            city: "Brooklyn",
            state: "NY",
            zipCode: "11217",
            latitude: 40.6843,
            longitude: -73.9776,
            areaCode: "718"
        ),
        Site(
            code: "ATL1",
            neighborhood: "Downtown",
            street: "123 Peachtree St",
            city: "Atlanta",
            state: "GA",
            zipCode: "30303",
            latitude: 33.7552,
            longitude: -84.3879,
            areaCode: "404"
        ),
        Site(
            code: "ATL2",
            neighborhood: "Ponce City Market",
            street: "675 Ponce De Leon Ave NE",
            city: "Atlanta",
            state: "GA",
            zipCode: "30308",
            latitude: 33.7725,
            longitude: -84.3656,
            areaCode: "404"
        ),
        Site(
            code: "ATL3",
            neighborhood: "Buckhead",
            street: "3393 Peachtree Rd NE",
            city: "Atlanta",
            state: "GA",
            zipCode: "30326",
            latitude: 33.8474,
            longitude: -84.3620,
            areaCode: "404"
        ),
        Site(
            code: "ATL4",
            neighborhood: "Atlantic Station",
            street: "1380 Atlantic Dr NW",
            city: "Atlanta",
            state: "GA",
            zipCode: "30363",
            latitude: 33.7910,
            longitude: -84.3960,
            areaCode: "404"
        ),
        Site(
            code: "ATL5",
            neighborhood: "Midtown",
            street: "1000 Piedmont Ave NE",
            city: "Atlanta",
            state: "GA",
            zipCode: "30309",
            latitude: 33.7830,
            longitude: -84.3785,
            areaCode: "404"
        ),
        Site(
            code: "ATL6",
            neighborhood: "Underground",
            street: "50 Upper Alabama St SW",
            city: "Atlanta",
            state: "GA",
            zipCode: "30303",
            latitude: 33.7516,
            longitude: -84.3905,
            areaCode: "404"
        ),
        Site(
            code: "CHI1",
            neighborhood: "Magnificent Mile",
            street: "835 N Michigan Ave",
            city: "Chicago",
            state: "IL",
            zipCode: "60611",
            latitude: 41.8977,
            longitude: -87.6240,
            areaCode: "312"
        ),
        Site(
            code: "CHI2",
            neighborhood: "Streeterville",
            street: "520 N Michigan Ave",
            city: "Chicago",
            state: "IL",
            zipCode: "60611",
            latitude: 41.8917,
            longitude: -87.6242,
            areaCode: "312"
        ),
        Site(
            code: "CHI3",
            neighborhood: "The Loop",
            street: "111 N State St",
            city: "Chicago",
            state: "IL",
            zipCode: "60602",
            latitude: 41.8832,
            longitude: -87.6275,
            areaCode: "312"
        ),
        Site(
            code: "CHI4",
            neighborhood: "Wicker Park",
            street: "1600 N Milwaukee Ave",
            city: "Chicago",
            state: "IL",
            zipCode: "60647",
            latitude: 41.9108,
            longitude: -87.6775,
            areaCode: "773"
        ),
        Site(
            code: "CHI5",
            neighborhood: "Lakeview",
            street: "2934 N Broadway",
            city: "Chicago",
            state: "IL",
            zipCode: "60657",
            latitude: 41.9358,
            longitude: -87.6445,
            areaCode: "773"
        ),
        Site(
            code: "CHI6",
            neighborhood: "South Loop",
            street: "1101 S Canal St",
            city: "Chicago",
            state: "IL",
            zipCode: "60607",
            latitude: 41.8683,
            longitude: -87.6393,
            areaCode: "312"
        ),
        Site(
            code: "LA1",
            neighborhood: "The Grove",
            street: "189 The Grove Dr",
            city: "Los Angeles",
            state: "CA",
            zipCode: "90036",
            latitude: 34.0722,
            longitude: -118.3573,
            areaCode: "323"
        ),
        Site(
            code: "LA2",
            neighborhood: "Century City",
            street: "10250 Santa Monica Blvd",
            city: "Los Angeles",
            state: "CA",
            zipCode: "90067",
            latitude: 34.0585,
            longitude: -118.4188,
            areaCode: "310"
        ),
        Site(
            code: "LA3",
            neighborhood: "Hollywood",
            street: "6801 Hollywood Blvd",
            city: "Los Angeles",
            state: "CA",
            zipCode: "90028",
            latitude: 34.1022,
            longitude: -118.3397,
            areaCode: "323"
        ),
        Site(
            code: "LA4",
            neighborhood: "Downtown",
            street: "735 S Figueroa St",
            city: "Los Angeles",
            state: "CA",
            zipCode: "90017",
            latitude: 34.0488,
            longitude: -118.2600,
            areaCode: "213"
        ),
        Site(
            code: "LA5",
            neighborhood: "Beverly Grove",
            street: "8500 Beverly Blvd",
            city: "Los Angeles",
            state: "CA",
            zipCode: "90048",
            latitude: 34.0755,
            longitude: -118.3770,
            areaCode: "310"
        ),
        Site(
            code: "LA6",
            neighborhood: "Historic Core",
            street: "317 S Broadway",
            city: "Los Angeles",
            state: "CA",
            zipCode: "90013",
            latitude: 34.0509,
            longitude: -118.2489,
            areaCode: "213"
        ),
        Site(
            code: "PHL1",
            neighborhood: "Bella Vista",
            street: "125 Main St",
            city: "Philadelphia",
            state: "PA",
            zipCode: "19147",
            latitude: 39.9355,
            longitude: -75.1550,
            areaCode: "215"
        ),
        Site(
            code: "PHL2",
            neighborhood: "Rittenhouse",
            street: "1625 Chestnut St",
            city: "Philadelphia",
            state: "PA",
            zipCode: "19103",
            latitude: 39.9515,
            longitude: -75.1680,
            areaCode: "215"
        ),
        Site(
            code: "PHL3",
            neighborhood: "Market East",
            street: "901 Market St",
            city: "Philadelphia",
            state: "PA",
            zipCode: "19107",
            latitude: 39.9517,
            longitude: -75.1560,
            areaCode: "215"
        ),
        Site(
            code: "PHL4",
            neighborhood: "Center City",
            street: "1500 Walnut St",
            city: "Philadelphia",
            state: "PA",
            zipCode: "19102",
            latitude: 39.9492,
            longitude: -75.1665,
            areaCode: "215"
        ),
        Site(
            code: "PHL5",
            neighborhood: "University City",
            street: "3401 Walnut St",
            city: "Philadelphia",
            state: "PA",
            zipCode: "19104",
            latitude: 39.9530,
            longitude: -75.1920,
            areaCode: "215"
        ),
        Site(
            code: "AUS1",
            neighborhood: "The Domain",
            street: "11410 Century Oaks Terrace",
            city: "Austin",
            state: "TX",
            zipCode: "78758",
            latitude: 30.4020,
            longitude: -97.7250,
            areaCode: "512"
        ),
        Site(
            code: "AUS2",
            neighborhood: "Market District",
            street: "525 N Lamar Blvd",
            city: "Austin",
            state: "TX",
            zipCode: "78703",
            latitude: 30.2700,
            longitude: -97.7530,
            areaCode: "512"
        ),
        Site(
            code: "AUS3",
            neighborhood: "South Congress",
            street: "1100 S Congress Ave",
            city: "Austin",
            state: "TX",
            zipCode: "78704",
            latitude: 30.2520,
            longitude: -97.7490,
            areaCode: "512"
        ),
        Site(
            code: "AUS4",
            neighborhood: "Barton Creek",
            street: "2901 S Capital of Texas Hwy",
            city: "Austin",
            state: "TX",
            zipCode: "78746",
            latitude: 30.2580,
            longitude: -97.8070,
            areaCode: "512"
        ),
        Site(
            code: "AUS5",
            neighborhood: "Congress Avenue",
            street: "600 Congress Ave",
            city: "Austin",
            state: "TX",
            zipCode: "78701",
            latitude: 30.2690,
            longitude: -97.7430,
            areaCode: "512"
        ),
        Site(
            code: "SEA1",
            neighborhood: "Westlake",
            street: "400 Pine St",
            city: "Seattle",
            state: "WA",
            zipCode: "98101",
            latitude: 47.6120,
            longitude: -122.3370,
            areaCode: "206"
        ),
        Site(
            code: "SEA2",
            neighborhood: "Pike Place",
            street: "85 Pike St",
            city: "Seattle",
            state: "WA",
            zipCode: "98101",
            latitude: 47.6090,
            longitude: -122.3400,
            areaCode: "206"
        ),
        Site(
            code: "SEA3",
            neighborhood: "University Village",
            street: "2623 NE University Village St",
            city: "Seattle",
            state: "WA",
            zipCode: "98105",
            latitude: 47.6625,
            longitude: -122.2990,
            areaCode: "206"
        ),
        Site(
            code: "SEA4",
            neighborhood: "Capitol Hill",
            street: "401 Broadway E",
            city: "Seattle",
            state: "WA",
            zipCode: "98102",
            latitude: 47.6225,
            longitude: -122.3210,
            areaCode: "206"
        ),
        Site(
            code: "SEA5",
            neighborhood: "Pine Street",
            street: "600 Pine St",
            city: "Seattle",
            state: "WA",
            zipCode: "98101",
            latitude: 47.6128,
            longitude: -122.3355,
            areaCode: "206"
        ),
    ]
}
