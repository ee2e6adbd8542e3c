extension SandboxCatalog {
    /// Opening hours of a kind of store.
    enum Hours: Sendable {
        case retail
        case restaurant
        case allDay
        case gym
        case office
    }

    /// One merchant of the sandbox. Its `number` fixes its id and the ids of its offers and locations, so
    /// entries may be added without changing the others.
    struct MerchantSeed: Sendable {
        var number: Int
        var name: String
        var category: MerchantCategory
        var source: OfferSource = .national
        var channels: [PurchaseChannel]
        /// The everyday commission, in basis points.
        var percent: Int64
        var mcc: String
        var sites: [String] = []
        var description: String
        var aliases: [String] = []
        /// `nil` for a generated MID.
        var mids: [String]? = nil
        var hours: Hours = .retail
        var acceptedCards: [CardNetwork] = CardNetwork.allCases
    }

    /// The merchants: every category, national brands and local shops, online and in store.
    static let merchantSeeds: [MerchantSeed] = [
        // The integration guide's merchants.
        MerchantSeed(
            number: 1,
            name: "BaaS Pro Shops",
            category: .sportsAndOutdoors,
            channels: [.online, .inStore],
            percent: 500,
            mcc: "5941",
            sites: ["ATL4", "AUS4"],
            description:
                "Trusted source for all products debit, credit, crypto, and more. In business since 2011, shop online or swing by our store!",
            aliases: ["BAAS PRO SHOPS", "BAAS PRO"]
        ),
        MerchantSeed(
            number: 2,
            name: "Hilltop BBQ",
            category: .foodAndBeverage,
            source: .local,
            channels: [.inStore],
            percent: 1000,
            mcc: "5812",
            sites: ["ATL1"],
            description: "Slow-smoked brisket, ribs and pulled pork on Peachtree Street since 1998.",
            aliases: ["HILLTOP BBQ", "SQ *HILLTOP BBQ"],
            mids: ["542814140150267"],
            hours: .restaurant
        ),
        MerchantSeed(
            number: 3,
            name: "Advance Auto Parts",
            category: .suppliesAndServices,
            channels: [.online, .inStore],
            percent: 500,
            mcc: "5533",
            sites: ["PHL1", "ATL6", "CHI6"],
            description: "Auto parts, batteries, oil and accessories, with free in-store pickup.",
            aliases: ["ADVANCEAUTO", "ADVANCE AUTO PARTS"],
            mids: ["12345678901234567"]
        ),
        // Arts & Entertainment
        MerchantSeed(
            number: 4,
            name: "Marquee Cinemas",
            category: .artsAndEntertainment,
            channels: [.online, .inStore],
            percent: 600,
            mcc: "7832",
            sites: ["NYC5", "BKN", "CHI3", "LA3", "ATL4"],
            description: "First-run movies in reclining seats, with IMAX and Dolby screens."
        ),
        MerchantSeed(
            number: 5,
            name: "Lanes & Games",
            category: .artsAndEntertainment,
            channels: [.inStore],
            percent: 800,
            mcc: "7933",
            sites: ["AUS1", "SEA3"],
            description: "Bowling, arcade games and a full bar for groups."
        ),
        MerchantSeed(
            number: 6,
            name: "Flatiron Comedy Club",
            category: .artsAndEntertainment,
            source: .local,
            channels: [.inStore],
            percent: 1000,
            mcc: "7922",
            sites: ["NYC8"],
            description: "Stand-up seven nights a week in the heart of the Flatiron district.",
            hours: .restaurant
        ),
        // Baby, Kids & Toys
        MerchantSeed(
            number: 7,
            name: "Tiny Threads",
            category: .babyKidsAndToys,
            channels: [.online, .inStore],
            percent: 700,
            mcc: "5641",
            sites: ["LA1", "CHI1"],
            description: "Organic cotton clothing for babies and kids."
        ),
        MerchantSeed(
            number: 8,
            name: "Block Party Toys",
            category: .babyKidsAndToys,
            channels: [.online],
            percent: 800,
            mcc: "5945",
            description: "Building sets, puzzles and games shipped free over $35."
        ),
        MerchantSeed(
            number: 9,
            name: "Little Sprouts Toy Shop",
            category: .babyKidsAndToys,
            source: .local,
            channels: [.inStore],
            percent: 1000,
            mcc: "5945",
            sites: ["SEA4"],
            description: "A neighborhood toy shop with wooden toys and weekend story time."
        ),
        // Books & Digital Media
        MerchantSeed(
            number: 10,
            name: "Chapter & Verse Books",
            category: .booksAndDigitalMedia,
            channels: [.online, .inStore],
            percent: 500,
            mcc: "5942",
            sites: ["NYC6", "PHL2"],
            description: "New and bestselling books, with author events every week."
        ),
        MerchantSeed(
            number: 11,
            name: "StreamBox",
            category: .booksAndDigitalMedia,
            channels: [.online],
            percent: 1500,
            mcc: "4899",
            description: "Movies, series and live sports, streaming on every screen."
        ),
        MerchantSeed(
            number: 12,
            name: "Paperback Alley",
            category: .booksAndDigitalMedia,
            source: .local,
            channels: [.inStore],
            percent: 1000,
            mcc: "5942",
            sites: ["AUS3"],
            description: "Used and rare books on South Congress."
        ),
        // Clothing, Shoes & Accessories
        MerchantSeed(
            number: 13,
            name: "Urban Thread Co.",
            category: .clothing,
            channels: [.online, .inStore],
            percent: 800,
            mcc: "5651",
            sites: ["NYC2", "LA1", "CHI1"],
            description: "Everyday essentials and denim, made to last.",
            aliases: ["URBAN THREAD CO", "URBANTHREAD"]
        ),
        MerchantSeed(
            number: 14,
            name: "Summit Outerwear",
            category: .clothing,
            channels: [.online],
            percent: 1000,
            mcc: "5699",
            description: "Technical jackets and layers for every season."
        ),
        MerchantSeed(
            number: 15,
            name: "Sole Search Sneakers",
            category: .clothing,
            channels: [.inStore],
            percent: 600,
            mcc: "5661",
            sites: ["NYC7", "ATL2", "PHL3"],
            description: "Limited releases and everyday sneakers."
        ),
        MerchantSeed(
            number: 16,
            name: "Peachtree Vintage",
            category: .clothing,
            source: .local,
            channels: [.inStore],
            percent: 1200,
            mcc: "5931",
            sites: ["ATL5"],
            description: "Curated vintage clothing and accessories.",
            acceptedCards: [.visa, .mastercard]
        ),
        // Computers, Electronics & Software
        MerchantSeed(
            number: 17,
            name: "Voltage Electronics",
            category: .electronics,
            channels: [.online, .inStore],
            percent: 300,
            mcc: "5732",
            sites: ["NYC3", "CHI2", "AUS1", "SEA1"],
            description: "Laptops, phones, TVs and smart home devices, with expert setup."
        ),
        MerchantSeed(
            number: 18,
            name: "Pixel Cloud Software",
            category: .electronics,
            channels: [.online],
            percent: 2000,
            mcc: "5734",
            description: "Photo editing and cloud storage subscriptions."
        ),
        MerchantSeed(
            number: 19,
            name: "Circuit Corner",
            category: .electronics,
            source: .local,
            channels: [.inStore],
            percent: 800,
            mcc: "7622",
            sites: ["CHI4"],
            description: "Phone and laptop repairs while you wait."
        ),
        // Convenience
        MerchantSeed(
            number: 20,
            name: "QuickStop Markets",
            category: .convenience,
            channels: [.inStore],
            percent: 300,
            mcc: "5499",
            sites: ["ATL6", "AUS5", "PHL4"],
            description: "Snacks, drinks and essentials around the clock.",
            hours: .allDay
        ),
        MerchantSeed(
            number: 21,
            name: "Corner Bodega 24",
            category: .convenience,
            source: .local,
            channels: [.inStore],
            percent: 500,
            mcc: "5411",
            sites: ["NYC9"],
            description: "Sandwiches, coffee and groceries, open late.",
            hours: .allDay
        ),
        // Gas
        MerchantSeed(
            number: 22,
            name: "FuelWay",
            category: .gas,
            channels: [.inStore],
            percent: 200,
            mcc: "5541",
            sites: ["ATL3", "AUS2", "CHI6", "PHL5"],
            description: "Fuel, car wash and a fresh food market.",
            hours: .allDay
        ),
        MerchantSeed(
            number: 23,
            name: "Greenline Gas & Go",
            category: .gas,
            channels: [.inStore],
            percent: 250,
            mcc: "5542",
            sites: ["SEA5", "LA2"],
            description: "Gas, EV charging and coffee to go.",
            hours: .allDay
        ),
        // Department Stores
        MerchantSeed(
            number: 24,
            name: "Hartwell & Co.",
            category: .departmentStores,
            channels: [.online, .inStore],
            percent: 400,
            mcc: "5311",
            sites: ["NYC5", "CHI1", "LA5"],
            description: "Fashion, beauty and home under one roof since 1924."
        ),
        MerchantSeed(
            number: 25,
            name: "Meridian Department Store",
            category: .departmentStores,
            channels: [.online, .inStore],
            percent: 350,
            mcc: "5311",
            sites: ["ATL3", "SEA1", "PHL3"],
            description: "Everyday value on clothing, home and electronics."
        ),
        // Food & Beverage
        MerchantSeed(
            number: 26,
            name: "Brew Theory Coffee",
            category: .foodAndBeverage,
            channels: [.online, .inStore],
            percent: 1000,
            mcc: "5814",
            sites: ["NYC1", "NYC6", "SEA2", "AUS5"],
            description: "Single-origin coffee, roasted in small batches.",
            hours: .restaurant
        ),
        MerchantSeed(
            number: 27,
            name: "Slice Republic Pizza",
            category: .foodAndBeverage,
            channels: [.online, .inStore],
            percent: 800,
            mcc: "5812",
            sites: ["NYC7", "CHI5", "PHL2"],
            description: "New York-style pizza by the slice, delivered hot.",
            hours: .restaurant
        ),
        MerchantSeed(
            number: 28,
            name: "Green Bowl Salads",
            category: .foodAndBeverage,
            channels: [.inStore],
            percent: 700,
            mcc: "5812",
            sites: ["NYC3", "LA4", "AUS2"],
            description: "Seasonal salads and grain bowls.",
            hours: .restaurant
        ),
        MerchantSeed(
            number: 29,
            name: "Flatiron Noodle House",
            category: .foodAndBeverage,
            source: .local,
            channels: [.inStore],
            percent: 1200,
            mcc: "5812",
            sites: ["NYC2"],
            description: "Hand-pulled noodles and dumplings near Madison Square Park.",
            aliases: ["FLATIRON NOODLE", "TST* FLATIRON NOODLE HOUSE"],
            hours: .restaurant
        ),
        MerchantSeed(
            number: 30,
            name: "Lone Star Tacos",
            category: .foodAndBeverage,
            source: .local,
            channels: [.inStore],
            percent: 1000,
            mcc: "5812",
            sites: ["AUS3"],
            description: "Breakfast tacos and Tex-Mex, all day.",
            aliases: ["SQ *LONE STAR TACOS"],
            hours: .restaurant
        ),
        MerchantSeed(
            number: 31,
            name: "Pike Street Fish Co.",
            category: .foodAndBeverage,
            source: .local,
            channels: [.inStore],
            percent: 900,
            mcc: "5812",
            sites: ["SEA2"],
            description: "Fish and chips and chowder by the market.",
            hours: .restaurant
        ),
        MerchantSeed(
            number: 32,
            name: "FreshCart Grocery Delivery",
            category: .foodAndBeverage,
            channels: [.online],
            percent: 400,
            mcc: "5411",
            description: "Groceries delivered in as little as an hour."
        ),
        MerchantSeed(
            number: 33,
            name: "Deep Dish Dynasty",
            category: .foodAndBeverage,
            source: .local,
            channels: [.inStore],
            percent: 1000,
            mcc: "5812",
            sites: ["CHI3"],
            description: "Chicago deep-dish pizza since 1971.",
            hours: .restaurant
        ),
        // Health & Beauty
        MerchantSeed(
            number: 34,
            name: "Glow Beauty Bar",
            category: .healthAndBeauty,
            channels: [.online, .inStore],
            percent: 900,
            mcc: "5977",
            sites: ["NYC8", "UES", "LA5", "ATL2"],
            description: "Skincare, makeup and fragrance from indie and classic brands."
        ),
        MerchantSeed(
            number: 35,
            name: "WellSpring Pharmacy",
            category: .healthAndBeauty,
            channels: [.inStore],
            percent: 300,
            mcc: "5912",
            sites: ["NYC9", "PHL4", "CHI2"],
            description: "Prescriptions, vitamins and everyday health."
        ),
        MerchantSeed(
            number: 36,
            name: "Pure Form Fitness",
            category: .healthAndBeauty,
            channels: [.inStore],
            percent: 1000,
            mcc: "7997",
            sites: ["AUS5", "SEA4"],
            description: "Strength, cardio and classes, open early.",
            hours: .gym
        ),
        MerchantSeed(
            number: 37,
            name: "Chelsea Barber Co.",
            category: .healthAndBeauty,
            source: .local,
            channels: [.inStore],
            percent: 1500,
            mcc: "7241",
            sites: ["NYC4"],
            description: "Classic cuts and hot-towel shaves.",
            acceptedCards: [.visa, .mastercard, .americanExpress]
        ),
        // Home & Garden
        MerchantSeed(
            number: 38,
            name: "Hearth & Home",
            category: .homeAndGarden,
            channels: [.online, .inStore],
            percent: 500,
            mcc: "5719",
            sites: ["ATL5", "AUS4", "PHL5"],
            description: "Furniture, decor and kitchenware."
        ),
        MerchantSeed(
            number: 39,
            name: "Greenleaf Garden Center",
            category: .homeAndGarden,
            source: .local,
            channels: [.inStore],
            percent: 800,
            mcc: "5261",
            sites: ["SEA3"],
            description: "Plants, pots and advice from local gardeners."
        ),
        MerchantSeed(
            number: 40,
            name: "Nest Furniture",
            category: .homeAndGarden,
            channels: [.online],
            percent: 600,
            mcc: "5712",
            description: "Modern sofas and beds delivered to your room of choice."
        ),
        // Miscellaneous
        MerchantSeed(
            number: 41,
            name: "ParcelPoint Shipping",
            category: .miscellaneous,
            channels: [.inStore],
            percent: 500,
            mcc: "4215",
            sites: ["CHI4", "LA6"],
            description: "Shipping, printing and mailboxes.",
            hours: .office
        ),
        MerchantSeed(
            number: 42,
            name: "Spin Cycle Laundromat",
            category: .miscellaneous,
            source: .local,
            channels: [.inStore],
            percent: 1000,
            mcc: "7211",
            sites: ["PHL2"],
            description: "Self-service laundry and wash-and-fold.",
            hours: .allDay
        ),
        // Occasions & Gifts
        MerchantSeed(
            number: 43,
            name: "Petal & Stem Florists",
            category: .occasionsAndGifts,
            channels: [.online],
            percent: 1200,
            mcc: "5992",
            description: "Same-day flower delivery nationwide."
        ),
        MerchantSeed(
            number: 44,
            name: "Party Palace",
            category: .occasionsAndGifts,
            channels: [.inStore],
            percent: 600,
            mcc: "5947",
            sites: ["ATL6", "CHI5"],
            description: "Balloons, costumes and party supplies."
        ),
        MerchantSeed(
            number: 45,
            name: "Union Square Gifts",
            category: .occasionsAndGifts,
            source: .local,
            channels: [.inStore],
            percent: 1000,
            mcc: "5947",
            sites: ["NYC6"],
            description: "Cards, candles and New York keepsakes."
        ),
        // Pets
        MerchantSeed(
            number: 46,
            name: "Paws & Claws Pet Supply",
            category: .pets,
            channels: [.online, .inStore],
            percent: 700,
            mcc: "5995",
            sites: ["NYC1", "ATL2", "SEA5"],
            description: "Food, toys and grooming for dogs, cats and more.",
            aliases: ["PAWS AND CLAWS", "PAWS & CLAWS PET"]
        ),
        MerchantSeed(
            number: 47,
            name: "Happy Tails Grooming",
            category: .pets,
            source: .local,
            channels: [.inStore],
            percent: 1200,
            mcc: "0742",
            sites: ["AUS2"],
            description: "Grooming and day care for happy dogs."
        ),
        MerchantSeed(
            number: 48,
            name: "Kibble Club",
            category: .pets,
            channels: [.online],
            percent: 1500,
            mcc: "5995",
            description: "Fresh pet food, delivered on your schedule."
        ),
        // Sports & Outdoors
        MerchantSeed(
            number: 49,
            name: "Trailhead Outfitters",
            category: .sportsAndOutdoors,
            channels: [.online, .inStore],
            percent: 600,
            mcc: "5941",
            sites: ["SEA1", "LA2", "AUS3"],
            description: "Camping, hiking and climbing gear, with rentals."
        ),
        MerchantSeed(
            number: 50,
            name: "Windy City Climbing",
            category: .sportsAndOutdoors,
            source: .local,
            channels: [.inStore],
            percent: 1000,
            mcc: "7997",
            sites: ["CHI6"],
            description: "Bouldering and rope climbing for every level.",
            hours: .gym
        ),
        // Supplies & Services
        MerchantSeed(
            number: 51,
            name: "SparkClean Car Wash",
            category: .suppliesAndServices,
            channels: [.inStore],
            percent: 800,
            mcc: "7542",
            sites: ["AUS4", "LA6"],
            description: "Express washes and monthly plans."
        ),
        MerchantSeed(
            number: 52,
            name: "PrintHub",
            category: .suppliesAndServices,
            channels: [.online, .inStore],
            percent: 700,
            mcc: "7338",
            sites: ["NYC4", "SEA2"],
            description: "Business cards, banners and copies.",
            hours: .office
        ),
        MerchantSeed(
            number: 53,
            name: "Speedy Cleaners",
            category: .suppliesAndServices,
            source: .local,
            channels: [.inStore],
            percent: 1000,
            mcc: "7216",
            sites: ["NYC3"],
            description: "Same-day dry cleaning and alterations.",
            hours: .office
        ),
        // Travel
        MerchantSeed(
            number: 54,
            name: "SkyHop Airlines",
            category: .travel,
            channels: [.online],
            percent: 200,
            mcc: "4511",
            description: "Nonstop flights to over 80 cities."
        ),
        MerchantSeed(
            number: 55,
            name: "Wanderly Hotels",
            category: .travel,
            channels: [.online],
            percent: 600,
            mcc: "7011",
            description: "Boutique hotels in city centers."
        ),
        MerchantSeed(
            number: 56,
            name: "RoadReady Car Rental",
            category: .travel,
            channels: [.online, .inStore],
            percent: 500,
            mcc: "7512",
            sites: ["LA4", "ATL3"],
            description: "Cars, SUVs and vans by the day or week.",
            hours: .office
        ),
        MerchantSeed(
            number: 57,
            name: "Metro Rideshare",
            category: .travel,
            channels: [.online],
            percent: 300,
            mcc: "4121",
            description: "Rides and scooters in your city, booked in the app."
        ),
    ]
}
