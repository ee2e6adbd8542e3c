import Foundation
import KardCore
import Testing

@Suite("Catalog files: reading")
struct CatalogFileReadingTests {
    typealias Fixtures = CatalogFileFixtures

    @Test("The documented JSON example reads into the expected records")
    func documentedJSON() throws {
        let catalog = try Fixtures.read(try Fixtures.documentExample("json"), .json).get()
        #expect(catalog.merchants.map(\.id.rawValue) == ["6409f118705b8a000834f23d", "hilltop-bbq"])
        #expect(catalog.offers.count == 3)
        #expect(catalog.locations.count == 2)

        let hilltop = catalog.merchants[1]
        #expect(hilltop.category == .foodAndBeverage)
        #expect(hilltop.source == .local)
        #expect(hilltop.aliases == ["HILLTOP BBQ", "SQ *HILLTOP BBQ"])
        #expect(hilltop.mids == ["542814140150267"])
        #expect(hilltop.acceptedCards == [.visa, .mastercard])
        #expect(hilltop.description == "")
        #expect(catalog.merchants[0].acceptedCards == CardNetwork.allCases)

        let baas = catalog.offers[0]
        #expect(baas.name == "BaaS Pro Shops - New Customers")
        #expect(baas.commissionType == .percent && baas.totalCommission == 1200)
        #expect(baas.targeting == .newCustomers)
        #expect(baas.purchaseChannels == [.online, .inStore])
        #expect(baas.startDate == Date(timeIntervalSince1970: 1_735_689_600))  // 2025-01-01T00:00:00Z
        #expect(baas.expirationDate == Date(timeIntervalSince1970: 1_798_761_599))  // 2026-12-31T23:59:59Z
        #expect(baas.display.shortDescription == "12% cash back")
        #expect(baas.display.tags == ["Online", "In-store"])

        let dineIn = catalog.offers[1]
        #expect(dineIn.totalCommission == 550)
        #expect(dineIn.minimumSpendCents == 2000 && dineIn.maximumRewardCents == 1500)
        #expect(dineIn.startDate == Date(timeIntervalSince1970: 1_735_707_600))  // 2025-01-01T05:00:00Z
        #expect(dineIn.terms == "Earn 5.5% back on dine-in orders of $20 or more, up to $15.\nNot valid on catering.")
        #expect(dineIn.locationIDs == [LocationID("hilltop-peachtree")])

        let thanks = catalog.offers[2]
        #expect(thanks.commissionType == .flat && thanks.totalCommission == 500)
        #expect(thanks.redeemableOnce)
        #expect(thanks.targeting == .users([UserID("user-1001"), UserID("user-1002")]))

        let store = catalog.locations[0]
        #expect(
            store.address == StreetAddress(street: "123 Peachtree St", city: "Atlanta", state: "GA", zipCode: "30303")
        )
        #expect(store.coordinates == GeoPoint(latitude: 33.7552, longitude: -84.3879))
        #expect(
            store.openingHours == [
                OpeningPeriod(day: 5, open: "1100", close: "2200"), OpeningPeriod(day: 6, open: "1100", close: "2300"),
            ]
        )
        #expect(catalog.locations[1].source == .national)
    }

    @Test("The documented CSV example is the same catalog as the JSON example")
    func documentedCSV() throws {
        let fromJSON = try Fixtures.read(try Fixtures.documentExample("json"), .json).get()
        let fromCSV = try Fixtures.read(try Fixtures.documentExample("csv"), .csv).get()
        #expect(fromCSV == fromJSON)
    }

    @Test("New records are stamped with the clock, never with the file")
    func timestampsFromClock() throws {
        let catalog = try Fixtures.read(RecordText.file(), .json).get()
        for date in catalog.merchants.map(\.createdAt) + catalog.offers.map(\.updatedAt)
            + catalog.locations.map(\.createdAt)
        {
            #expect(date == Fixtures.importTime)
        }
    }

    @Test("A stored record keeps its timestamps when unchanged, and its createdAt when changed")
    func timestampsOfStoredRecords() throws {
        let stored = try Fixtures.read(RecordText.file(), .json, at: Date(timeIntervalSince1970: 1_700_000_000)).get()
        let later = Date(timeIntervalSince1970: 1_800_000_000)
        let again = try Fixtures.read(RecordText.file(), .json, existing: stored, at: later).get()
        #expect(again == stored)

        let renamed = RecordText.file(merchants: [RecordText.merchant.with("name", #""Hilltop Barbecue""#)])
        let changed = try Fixtures.read(renamed, .json, existing: stored, at: later).get()
        #expect(changed.merchants[0].createdAt == stored.merchants[0].createdAt)
        #expect(changed.merchants[0].updatedAt == later)
        #expect(changed.offers == stored.offers)
    }

    @Test("Offers and locations may refer to merchants and locations that are already stored")
    func referencesToExistingCatalog() throws {
        let stored = try Fixtures.read(RecordText.file(offers: []), .json).get()
        let offersOnly = RecordText.file(
            merchants: [],
            offers: [RecordText.offer.with("locationIds", #"["l1"]"#)],
            locations: []
        )
        let catalog = try Fixtures.read(offersOnly, .json, existing: stored).get()
        #expect(catalog.merchants.isEmpty && catalog.locations.isEmpty)
        #expect(catalog.offers.map(\.locationIDs) == [[LocationID("l1")]])

        let issues = Fixtures.issues(offersOnly, .json)
        #expect(issues.map(\.field) == ["offers[1].merchantId", "offers[1].locationIds[1]"])
    }

    @Test("Lists may be left out, values are trimmed, choices are case-insensitive")
    func lenientSpelling() throws {
        let json = RecordText.file(
            merchants: [RecordText.merchant.with("category", #"" food & beverage ""#).with("source", #""local""#)],
            offers: [
                RecordText.offer.with("purchaseChannels", #"["instore", " online "]"#).with(
                    "totalCommission",
                    #""7.25%""#
                )
                .with("redeemableOnce", #""yes""#).with("minimumSpendCents", #""1500""#)
                .with("targeting", #""LapsedCustomers""#).with("description", #""""#)
            ],
            locations: [
                RecordText.location.with(
                    "address",
                    #"{"street": "1 Main St", "city": "Atlanta", "state": "ga", "zipCode": "30303-1234"}"#
                )
                .with("openingHours", #"["monday 0900-1700", "0 1000-1600"]"#).with("phone", "null")
            ]
        )
        let catalog = try Fixtures.read(json, .json).get()
        #expect(catalog.merchants[0].category == .foodAndBeverage && catalog.merchants[0].source == .local)
        let offer = try #require(catalog.offers.first)
        #expect(offer.purchaseChannels == [.inStore, .online])
        #expect(offer.totalCommission == 725)
        #expect(offer.redeemableOnce && offer.minimumSpendCents == 1500)
        #expect(offer.targeting == .lapsedCustomers)
        #expect(offer.description == nil)
        let location = try #require(catalog.locations.first)
        #expect(location.address.state == "GA")
        #expect(
            location.openingHours == [
                OpeningPeriod(day: 1, open: "0900", close: "1700"), OpeningPeriod(day: 0, open: "1000", close: "1600"),
            ]
        )
        #expect(location.phone == "")
    }

    @Test("Percent commissions written as JSON numbers are read from their digits")
    func exactPercentFromJSONNumbers() throws {
        // 0.07 and 1.15 have no exact binary form (0.07000000000000001, 1.1499999999999999).
        for (text, basisPoints): (String, Int64) in [
            ("0.07", 7), ("1.15", 115), ("5.5", 550), ("0.01", 1), ("100", 10_000), ("29.99", 2999), ("12.340", 1234),
        ] {
            let json = RecordText.file(offers: [RecordText.offer.with("totalCommission", text)])
            let catalog = try Fixtures.read(json, .json).get()
            #expect(catalog.offers[0].totalCommission == basisPoints, "\(text)")
        }
    }

    @Test("Dates in any ISO 8601 form the format allows")
    func dateForms() throws {
        let cases: [(String, TimeInterval)] = [
            ("2025-03-01", 1_740_787_200),
            ("2025-03-01T14:30:00Z", 1_740_839_400),
            ("2025-03-01T14:30Z", 1_740_839_400),
            ("2025-03-01 09:30:00-05:00", 1_740_839_400),
            ("2025-03-01T20:00:00+0530", 1_740_839_400),
            ("2025-03-01T14:30:00.250Z", 1_740_839_400.25),
            ("2024-02-29T00:00:00Z", 1_709_164_800),
        ]
        for (text, seconds) in cases {
            let json = RecordText.file(offers: [
                RecordText.offer.with("startDate", "\"\(text)\"").with("expirationDate", #""2030-01-01""#)
            ])
            let catalog = try Fixtures.read(json, .json).get()
            #expect(catalog.offers[0].startDate == Date(timeIntervalSince1970: seconds), "\(text)")
        }
    }

    @Test("Progress is reported from 0 to the number of records")
    func progress() throws {
        var calls: [(Int, Int)] = []
        _ = try Fixtures.reader().read(Data(RecordText.file().utf8), format: .json) { processed, total in
            calls.append((processed, total))
        }
        #expect(calls.map(\.0) == [0, 1, 2, 3])
        #expect(calls.allSatisfy { $0.1 == 3 })
    }

    @Test("The format follows the file name's extension")
    func formatFromPath() {
        #expect(CatalogFileFormat(path: "catalog.json") == .json)
        #expect(CatalogFileFormat(path: "/tmp/Export.CSV") == .csv)
        #expect(CatalogFileFormat(path: "catalog.txt") == nil)
        #expect(CatalogFileFormat(path: "dir.csv/catalog") == nil)
        #expect(CatalogFileFormat(path: "catalog") == nil)
    }
}
