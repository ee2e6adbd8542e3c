import Foundation
import KardCore
import Testing

@Suite("Catalog files: validation")
struct CatalogFileValidationTests {
    typealias Fixtures = CatalogFileFixtures

    static let merchant = RecordText.merchant
    static let offer = RecordText.offer
    static let location = RecordText.location

    /// One broken field per case, and the one issue it must give.
    static let singleProblems: [(name: String, file: String, field: String)] = [
        ("merchant name missing", RecordText.file(merchants: [merchant.with("name", nil)]), "merchants[1].name"),
        ("merchant name blank", RecordText.file(merchants: [merchant.with("name", #""   ""#)]), "merchants[1].name"),
        (
            "merchant id syntax",
            RecordText.file(merchants: [merchant.with("id", #""m 1""#)], offers: [], locations: []), "merchants[1].id"
        ),
        (
            "merchant id too long",
            RecordText.file(
                merchants: [merchant.with("id", "\"\(String(repeating: "a", count: 65))\"")],
                offers: [],
                locations: []
            ),
            "merchants[1].id"
        ),
        ("category", RecordText.file(merchants: [merchant.with("category", #""Food""#)]), "merchants[1].category"),
        (
            "merchant source", RecordText.file(merchants: [merchant.with("source", #""REGIONAL""#)]),
            "merchants[1].source"
        ),
        ("MID syntax", RecordText.file(merchants: [merchant.with("mids", #"["5428-1414"]"#)]), "merchants[1].mids[1]"),
        (
            "MCC syntax", RecordText.file(merchants: [merchant.with("mccs", #"["5812", "581"]"#)]),
            "merchants[1].mccs[2]"
        ),
        (
            "card network", RecordText.file(merchants: [merchant.with("acceptedCards", #"["VISA", "DINERS"]"#)]),
            "merchants[1].acceptedCards[2]"
        ),
        (
            "no card network", RecordText.file(merchants: [merchant.with("acceptedCards", "[]")]),
            "merchants[1].acceptedCards"
        ),
        (
            "repeated alias", RecordText.file(merchants: [merchant.with("aliases", #"["HILLTOP", "HILLTOP"]"#)]),
            "merchants[1].aliases[2]"
        ),
        (
            "pipe in alias", RecordText.file(merchants: [merchant.with("aliases", #"["A|B"]"#)]),
            "merchants[1].aliases[1]"
        ),
        ("list as text", RecordText.file(merchants: [merchant.with("aliases", #""HILLTOP""#)]), "merchants[1].aliases"),
        (
            "website scheme",
            RecordText.file(merchants: [merchant.with("websiteUrl", #""ftp://hilltop.example.com""#)]),
            "merchants[1].websiteUrl"
        ),
        (
            "logo not a URL", RecordText.file(merchants: [merchant.with("logoUrl", #""hilltop logo.png""#)]),
            "merchants[1].logoUrl"
        ),
        (
            "unknown field", RecordText.file(merchants: [merchant.with("merchantID", #""x""#)]),
            "merchants[1].merchantID"
        ),
        (
            "timestamp in file", RecordText.file(merchants: [merchant.with("createdAt", #""2025-01-01""#)]),
            "merchants[1].createdAt"
        ),
        (
            "field twice", RecordText.file(merchants: [RecordText(fields: merchant.fields + [("name", #""B""#)])]),
            "merchants[1].name"
        ),
        (
            "offer merchant unknown", RecordText.file(offers: [offer.with("merchantId", #""m9""#)]),
            "offers[1].merchantId"
        ),
        ("offer merchant missing", RecordText.file(offers: [offer.with("merchantId", nil)]), "offers[1].merchantId"),
        (
            "channel", RecordText.file(offers: [offer.with("purchaseChannels", #"["INSTORE", "PHONE"]"#)]),
            "offers[1].purchaseChannels[2]"
        ),
        ("no channel", RecordText.file(offers: [offer.with("purchaseChannels", "[]")]), "offers[1].purchaseChannels"),
        (
            "channel twice", RecordText.file(offers: [offer.with("purchaseChannels", #"["INSTORE", "instore"]"#)]),
            "offers[1].purchaseChannels[2]"
        ),
        (
            "commission type", RecordText.file(offers: [offer.with("commissionType", #""PERCENTAGE""#)]),
            "offers[1].commissionType"
        ),
        (
            "percent above 100", RecordText.file(offers: [offer.with("totalCommission", "100.01")]),
            "offers[1].totalCommission"
        ),
        (
            "percent with 3 decimals", RecordText.file(offers: [offer.with("totalCommission", #""12.345""#)]),
            "offers[1].totalCommission"
        ),
        (
            "negative percent", RecordText.file(offers: [offer.with("totalCommission", "-1")]),
            "offers[1].totalCommission"
        ),
        (
            "percent exponent", RecordText.file(offers: [offer.with("totalCommission", "5e1")]),
            "offers[1].totalCommission"
        ),
        (
            "commission missing", RecordText.file(offers: [offer.with("totalCommission", nil)]),
            "offers[1].totalCommission"
        ),
        (
            "flat in dollars",
            RecordText.file(offers: [offer.with("commissionType", #""FLAT""#).with("totalCommission", "5.00")]),
            "offers[1].totalCommission"
        ),
        (
            "negative flat",
            RecordText.file(offers: [offer.with("commissionType", #""FLAT""#).with("totalCommission", "-500")]),
            "offers[1].totalCommission"
        ),
        (
            "negative minimum spend", RecordText.file(offers: [offer.with("minimumSpendCents", "-5")]),
            "offers[1].minimumSpendCents"
        ),
        (
            "cents not a number", RecordText.file(offers: [offer.with("maximumRewardCents", #""ten""#)]),
            "offers[1].maximumRewardCents"
        ),
        (
            "cents fractional", RecordText.file(offers: [offer.with("maximumRewardCents", "10.5")]),
            "offers[1].maximumRewardCents"
        ),
        (
            "cents boolean", RecordText.file(offers: [offer.with("maximumRewardCents", "true")]),
            "offers[1].maximumRewardCents"
        ),
        (
            "maximum below minimum",
            RecordText.file(offers: [offer.with("minimumSpendCents", "500").with("maximumTransactionCents", "100")]),
            "offers[1].maximumTransactionCents"
        ),
        (
            "zero redemptions", RecordText.file(offers: [offer.with("maximumRedemptions", "0")]),
            "offers[1].maximumRedemptions"
        ),
        (
            "redeemable once, three times",
            RecordText.file(offers: [offer.with("redeemableOnce", "true").with("maximumRedemptions", "3")]),
            "offers[1].redeemableOnce"
        ),
        ("flag", RecordText.file(offers: [offer.with("redeemableOnce", #""maybe""#)]), "offers[1].redeemableOnce"),
        ("targeting word", RecordText.file(offers: [offer.with("targeting", #""vip""#)]), "offers[1].targeting"),
        (
            "targeting no users", RecordText.file(offers: [offer.with("targeting", #"{"users": []}"#)]),
            "offers[1].targeting"
        ),
        (
            "targeting bad user", RecordText.file(offers: [offer.with("targeting", #""users:a/b""#)]),
            "offers[1].targeting"
        ),
        (
            "date not a date", RecordText.file(offers: [offer.with("startDate", #""2025-13-01""#)]),
            "offers[1].startDate"
        ),
        (
            "date without zone", RecordText.file(offers: [offer.with("startDate", #""2025-01-01T10:00:00""#)]),
            "offers[1].startDate"
        ),
        ("February 30", RecordText.file(offers: [offer.with("startDate", #""2025-02-30""#)]), "offers[1].startDate"),
        ("date as number", RecordText.file(offers: [offer.with("startDate", "20250101")]), "offers[1].startDate"),
        (
            "expiration before start", RecordText.file(offers: [offer.with("expirationDate", #""2024-12-31""#)]),
            "offers[1].expirationDate"
        ),
        (
            "expiration equal to start",
            RecordText.file(offers: [offer.with("expirationDate", #""2025-01-01T00:00:00Z""#)]),
            "offers[1].expirationDate"
        ),
        (
            "expiration missing", RecordText.file(offers: [offer.with("expirationDate", nil)]),
            "offers[1].expirationDate"
        ),
        ("terms missing", RecordText.file(offers: [offer.with("terms", nil)]), "offers[1].terms"),
        (
            "location unknown", RecordText.file(offers: [offer.with("locationIds", #"["l9"]"#)]),
            "offers[1].locationIds[1]"
        ),
        (
            "online offer at stores",
            RecordText.file(offers: [offer.with("purchaseChannels", #"["ONLINE"]"#).with("locationIds", #"["l1"]"#)]),
            "offers[1].locationIds"
        ),
        ("offer MCC", RecordText.file(offers: [offer.with("mccs", #"["ABCD"]"#)]), "offers[1].mccs[1]"),
        (
            "call-to-action URL",
            RecordText.file(offers: [offer.with("display", #"{"ctaUrl": "javascript:alert(1)"}"#)]),
            "offers[1].display.ctaUrl"
        ),
        (
            "display field", RecordText.file(offers: [offer.with("display", #"{"title": "x"}"#)]),
            "offers[1].display.title"
        ),
        (
            "location merchant unknown", RecordText.file(locations: [location.with("merchantId", #""m9""#)]),
            "locations[1].merchantId"
        ),
        ("location name missing", RecordText.file(locations: [location.with("name", nil)]), "locations[1].name"),
        (
            "state code",
            RecordText.file(locations: [
                location.with(
                    "address",
                    #"{"street": "1 Main St", "city": "Atlanta", "state": "Georgia", "zipCode": "30303"}"#
                )
            ]),
            "locations[1].address.state"
        ),
        (
            "ZIP code",
            RecordText.file(locations: [
                location.with(
                    "address",
                    #"{"street": "1 Main St", "city": "Atlanta", "state": "GA", "zipCode": "3030"}"#
                )
            ]),
            "locations[1].address.zipCode"
        ),
        (
            "street missing",
            RecordText.file(locations: [
                location.with("address", #"{"city": "Atlanta", "state": "GA", "zipCode": "30303"}"#)
            ]),
            "locations[1].address.street"
        ),
        (
            "address as text", RecordText.file(locations: [location.with("address", #""123 Peachtree St""#)]),
            "locations[1].address"
        ),
        (
            "latitude",
            RecordText.file(locations: [location.with("coordinates", #"{"latitude": 91, "longitude": -84.3879}"#)]),
            "locations[1].coordinates.latitude"
        ),
        (
            "longitude",
            RecordText.file(locations: [location.with("coordinates", #"{"latitude": 33.7, "longitude": "-200.5"}"#)]),
            "locations[1].coordinates.longitude"
        ),
        (
            "longitude missing", RecordText.file(locations: [location.with("coordinates", #"{"latitude": 33.7}"#)]),
            "locations[1].coordinates.longitude"
        ),
        (
            "opening period text", RecordText.file(locations: [location.with("openingHours", #"["Mon 9-5"]"#)]),
            "locations[1].openingHours[1]"
        ),
        (
            "opening period day",
            RecordText.file(locations: [
                location.with("openingHours", #"[{"day": 7, "open": "0900", "close": "1700"}]"#)
            ]),
            "locations[1].openingHours[1].day"
        ),
        (
            "opening period time",
            RecordText.file(locations: [
                location.with("openingHours", #"[{"day": 1, "open": "0900", "close": "2460"}]"#)
            ]),
            "locations[1].openingHours[1].close"
        ),
        ("location source", RecordText.file(locations: [location.with("source", #""ONLINE""#)]), "locations[1].source"),
    ]

    @Test("Each broken field is reported once, at its path and row", arguments: singleProblems)
    func singleProblem(name: String, file: String, field: String) {
        let issues = Fixtures.issues(file, .json)
        #expect(issues.map(\.field) == [field], "\(name): \(issues)")
        #expect(issues.map(\.row) == [1], "\(name)")
        #expect(issues.allSatisfy { !$0.detail.isEmpty })
    }

    @Test("Duplicate ids are reported on the later record, per kind")
    func duplicateIDs() {
        let file = RecordText.file(
            merchants: [Self.merchant, Self.merchant.with("name", #""Other""#)],
            offers: [Self.offer, Self.offer.with("id", #""o2""#), Self.offer.with("name", #""Again""#)]
        )
        let issues = Fixtures.issues(file, .json)
        #expect(issues.map(\.field) == ["merchants[2].id", "offers[3].id"])
        #expect(issues.map(\.row) == [2, 3])
        #expect(issues[0].detail.contains("merchants[1]"))
    }

    @Test("A location of another merchant cannot hold the offer")
    func locationOfAnotherMerchant() {
        let file = RecordText.file(
            merchants: [Self.merchant, Self.merchant.with("id", #""m2""#)],
            offers: [Self.offer.with("locationIds", #"["l1", "l2"]"#)],
            locations: [Self.location, Self.location.with("id", #""l2""#).with("merchantId", #""m2""#)]
        )
        let issues = Fixtures.issues(file, .json)
        #expect(issues.map(\.field) == ["offers[1].locationIds[2]"])
        #expect(issues[0].detail.contains("m2"))
    }

    @Test("Every problem of every record is reported, in file order")
    func allProblemsOfAJSONFile() {
        let file = RecordText.file(
            merchants: [
                Self.merchant.with("category", #""Food""#).with("mccs", #"["12"]"#), Self.merchant.with("id", #""m2""#),
            ],
            offers: [
                Self.offer,
                Self.offer.with("id", #""o2""#).with("totalCommission", #""12.345""#).with("startDate", #""soon""#),
                Self.offer.with("id", #""o3""#).with("merchantId", #""nobody""#),
            ],
            locations: [Self.location.with("coordinates", #"{"latitude": 33.7, "longitude": 200}"#)]
        )
        let issues = Fixtures.issues(file, .json)
        #expect(
            issues.map(\.description.prefixBeforeColon) == [
                "row 1, merchants[1].category", "row 1, merchants[1].mccs[1]", "row 2, offers[2].totalCommission",
                "row 2, offers[2].startDate", "row 3, offers[3].merchantId",
                "row 1, locations[1].coordinates.longitude",
            ]
        )
    }

    @Test("Every problem of a CSV file is reported with the line its row starts on")
    func allProblemsOfACSVFile() {
        let csv = """
            kind,id,merchantId,name,category,purchaseChannels,commissionType,totalCommission,startDate,expirationDate,terms,street,city,state,zipCode,latitude,longitude
            merchant,m1,,Hilltop BBQ,Food & Beverage,,,,,,,,,,,,
            offer,o1,m1,Dine in,,INSTORE,PERCENT,5.5,2025-01-01,2026-01-01,"Two lines,
            with a comma",,,,,,
            offer,o2,m1,Lunch,,INSTORE|PHONE,PERCENT,101,2025-01-01,2024-01-01,Terms,,,,,,
            merchant,m1,,Hilltop Again,Food,,,,,,,,,,,,
            location,l1,m9,Downtown,,,,,,,,123 Peachtree St,Atlanta,GE,30303,33.75,-84.39
            bogus,x1,,,,,,,,,,,,,,,
            merchant,m3,,Short row
            offer,o3,m1,Flat,,ONLINE,FLAT,5.00,2025-01-01,2026-01-01,Terms,,,,,,
            """
        let issues = Fixtures.issues(csv, .csv)
        let found = issues.map { "\($0.row) \($0.field)" }
        #expect(
            found == [
                "5 offers[2].purchaseChannels[2]", "5 offers[2].totalCommission", "5 offers[2].expirationDate",
                "6 merchants[2].id", "6 merchants[2].category", "7 locations[1].merchantId",
                "7 locations[1].address.state", "8 kind", "9 ", "10 offers[3].totalCommission",
            ],
            "\(issues)"
        )
    }

    @Test("CSV header problems are reported on line 1")
    func csvHeaderProblems() {
        let unknownColumn = Fixtures.issues("kind,id,name,category,colour\nmerchant,m1,A,Travel,red\n", .csv)
        #expect(unknownColumn.map(\.field).contains("colour"))
        #expect(unknownColumn.allSatisfy { $0.row == 1 })

        let noKind = Fixtures.issues("id,name\nm1,A\n", .csv)
        #expect(noKind.count == 1 && noKind[0].row == 1)

        let twice = Fixtures.issues("kind,id,name,Name\nmerchant,m1,A,B\n", .csv)
        #expect(twice.map(\.field).contains("Name"))

        let empty = Fixtures.issues("", .csv)
        #expect(empty.count == 1 && empty[0].row == 0)
    }

    @Test("A CSV cell of a column another kind uses is refused")
    func csvColumnOfAnotherKind() {
        let csv = "kind,id,name,category,terms\nmerchant,m1,Hilltop BBQ,Food & Beverage,Some terms\n"
        let issues = Fixtures.issues(csv, .csv)
        #expect(issues.map(\.field) == ["merchants[1].terms"])
        #expect(issues.map(\.row) == [2])
    }

    @Test("Malformed CSV quoting is reported, and the rest of the file still checked")
    func csvQuotingProblems() {
        let csv = """
            kind,id,name,category
            merchant,m1,Hilltop "BBQ",Food & Beverage
            merchant,m2,"Hilltop" BBQ,Food & Beverage
            merchant,m3,Fine,Foood
            merchant,m4,"never closed,Food & Beverage

            """
        let issues = Fixtures.issues(csv, .csv)
        #expect(issues.map(\.row) == [2, 3, 4, 5], "\(issues)")
        #expect(issues[3].detail.contains("never closed"))
    }

    @Test("File-level JSON problems have no row; a syntax error gives its line and column")
    func jsonFileProblems() {
        let syntax = Fixtures.issues("{\n  \"merchants\": [\n    {\"id\": \"m1\",}\n  ]\n}", .json)
        #expect(syntax.count == 1)
        #expect(syntax[0].row == 0)
        #expect(syntax[0].detail.contains("line 3, column 17"), "\(syntax)")

        let array = Fixtures.issues("[]", .json)
        #expect(array.count == 1 && array[0].row == 0)

        let unknownList = Fixtures.issues(#"{"stores": [], "merchants": [1]}"#, .json)
        #expect(unknownList.map(\.field) == ["stores", "merchants[1]"])

        let notUTF8 = CatalogFileFixtures.reader()
        #expect(throws: CatalogFileError.self) {
            try notUTF8.read(Data([0x7B, 0xFF, 0x7D]), format: .json)
        }
    }

    @Test("Issues read as the command prints them")
    func issueDescription() {
        #expect(
            CatalogIssue(row: 12, field: "offers[3].startDate", detail: "bad").description
                == "row 12, offers[3].startDate: bad"
        )
        #expect(CatalogIssue(row: 0, field: "", detail: "Not JSON.").description == "Not JSON.")
        #expect(CatalogIssue(row: 0, field: "stores", detail: "unknown").description == "stores: unknown")
    }
}

extension String {
    /// The text before the first `": "`.
    fileprivate var prefixBeforeColon: String {
        self.range(of: ": ").map { String(self[..<$0.lowerBound]) } ?? self
    }
}
