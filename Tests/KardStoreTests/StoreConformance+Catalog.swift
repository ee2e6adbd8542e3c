import Foundation
import KardCore
import Testing

extension StoreConformance {
    @Test("catalog records round-trip every field, full and minimal", arguments: StoreBackend.enabled)
    func catalogRoundTrip(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            #expect(try await store.loadCatalog() == Catalog())
            let catalog = Catalog(
                merchants: [Fixtures.fullMerchant("m-full"), Fixtures.merchant("m-min")],
                offers: [Fixtures.fullOffer("o-full", merchant: "m-full"), Fixtures.offer("o-min", merchant: "m-min")],
                locations: [
                    Fixtures.fullLocation("l-full", merchant: "m-full"),
                    Fixtures.location("l-min", merchant: "m-min"),
                ]
            )
            try await store.upsertCatalog(catalog)

            let stored = try await store.loadCatalog()
            #expect(stored == catalog)

            let minimalOffer = try #require(stored.offers.first { $0.id == OfferID("o-min") })
            #expect(minimalOffer.minimumSpendCents == nil && minimalOffer.maximumRedemptions == nil)
            #expect(minimalOffer.description == nil && minimalOffer.purchaseChannels.isEmpty)
            #expect(minimalOffer.display == OfferDisplay() && minimalOffer.targeting == .everyone)
            let fullOffer = try #require(stored.offers.first { $0.id == OfferID("o-full") })
            #expect(fullOffer.minimumSpendCents == 0 && fullOffer.description == "")
            #expect(fullOffer.totalCommission == 9_007_199_254_740_993)
            #expect(fullOffer.startDate == Fixtures.date(-1_800_000_000_000))
            #expect(fullOffer.targeting == .users([UserID("u-1"), UserID("u \"2\""), UserID("NULL")]))
            #expect(fullOffer.locationIDs == [LocationID("l-2"), LocationID("l-1")])
            let minimalMerchant = try #require(stored.merchants.first { $0.id == MerchantID("m-min") })
            #expect(minimalMerchant.acceptedCards.isEmpty && minimalMerchant.websiteURL == nil)
            let fullLocation = try #require(stored.locations.first { $0.id == LocationID("l-full") })
            #expect(
                fullLocation.coordinates == GeoPoint(latitude: 40.712_775_812_345_67, longitude: -74.005_973_987_654_32)
            )
            #expect(fullLocation.createdAt == Fixtures.date(-1_700_000_100_000))
        }
    }

    @Test("every targeting round-trips", arguments: StoreBackend.enabled)
    func targetingRoundTrip(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let targetings: [OfferTargeting] = [
                .everyone, .newCustomers, .lapsedCustomers, .users([]), .users([UserID("only")]),
            ]
            let offers = targetings.enumerated().map { index, targeting in
                var offer = Fixtures.offer("o-\(index)", merchant: "m")
                offer.targeting = targeting
                return offer
            }
            try await store.upsertCatalog(Catalog(merchants: [Fixtures.merchant("m")], offers: offers))
            #expect(try await store.loadCatalog().offers.map(\.targeting) == targetings)
        }
    }

    @Test("loadCatalog orders each list by id, by code point", arguments: StoreBackend.enabled)
    func catalogOrderedByID(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let ids = ["b", "a_1", "Z", "a1", "a-1", "A", "a", "_", "0"]
            let catalog = Catalog(
                merchants: ids.map { Fixtures.merchant("m\($0)") },
                offers: ids.map { Fixtures.offer("o\($0)", merchant: "m\($0)") },
                locations: ids.map { Fixtures.location("l\($0)", merchant: "m\($0)") }
            )
            try await store.upsertCatalog(catalog)
            let stored = try await store.loadCatalog()
            let sorted = ids.sorted()
            #expect(sorted == ["0", "A", "Z", "_", "a", "a-1", "a1", "a_1", "b"])
            #expect(stored.merchants.map(\.id.rawValue) == sorted.map { "m\($0)" })
            #expect(stored.offers.map(\.id.rawValue) == sorted.map { "o\($0)" })
            #expect(stored.locations.map(\.id.rawValue) == sorted.map { "l\($0)" })
        }
    }

    @Test("an upsert replaces records by id and leaves the others untouched", arguments: StoreBackend.enabled)
    func upsertReplacesByID(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let first = Catalog(
                merchants: [Fixtures.fullMerchant("m-1"), Fixtures.merchant("m-2")],
                offers: [Fixtures.fullOffer("o-1", merchant: "m-1"), Fixtures.offer("o-2", merchant: "m-2")],
                locations: [Fixtures.fullLocation("l-1", merchant: "m-1"), Fixtures.location("l-2", merchant: "m-2")]
            )
            try await store.upsertCatalog(first)

            // Full records become minimal ones (optional fields cleared), and o-1 moves to m-2.
            var merchant = Fixtures.merchant("m-1", name: "Renamed")
            merchant.updatedAt = Fixtures.date(1_000)
            let offer = Fixtures.offer("o-1", merchant: "m-2", name: "Replaced")
            let location = Fixtures.location("l-1", merchant: "m-2")
            try await store.upsertCatalog(Catalog(merchants: [merchant], offers: [offer], locations: [location]))

            let stored = try await store.loadCatalog()
            #expect(stored.merchants == [merchant, first.merchants[1]])
            #expect(stored.offers == [offer, first.offers[1]])
            #expect(stored.locations == [location, first.locations[1]])

            // Offers alone, naming merchants stored earlier.
            let extra = Fixtures.fullOffer("o-3", merchant: "m-1")
            try await store.upsertCatalog(Catalog(offers: [extra]))
            #expect(try await store.loadCatalog().offers == [offer, first.offers[1], extra])
            #expect(try await store.loadCatalog().merchants == [merchant, first.merchants[1]])
        }
    }

    @Test("an id given twice in one upsert stores its last record", arguments: StoreBackend.enabled)
    func upsertRepeatedIDLastWins(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let catalog = Catalog(
                merchants: [Fixtures.merchant("m", name: "first"), Fixtures.merchant("m", name: "last")],
                offers: [Fixtures.offer("o", merchant: "m", name: "first"), Fixtures.offer("o", merchant: "m")],
                locations: [Fixtures.fullLocation("l", merchant: "m"), Fixtures.location("l", merchant: "m")]
            )
            try await store.upsertCatalog(catalog)
            let stored = try await store.loadCatalog()
            #expect(stored.merchants == [catalog.merchants[1]])
            #expect(stored.offers == [catalog.offers[1]])
            #expect(stored.locations == [catalog.locations[1]])
        }
    }

    @Test("the catalog version grows with every upsert", arguments: StoreBackend.enabled)
    func catalogVersionGrows(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let initial = try await store.catalogVersion()
            #expect(try await store.catalogVersion() == initial)
            try await store.upsertCatalog(Catalog(merchants: [Fixtures.merchant("m")]))
            let second = try await store.catalogVersion()
            #expect(second > initial)
            try await store.upsertCatalog(Catalog(offers: [Fixtures.offer("o", merchant: "m")]))
            let third = try await store.catalogVersion()
            #expect(third > second)
            try await store.upsertCatalog(Catalog())
            #expect(try await store.catalogVersion() > third)
        }
    }

    @Test(
        "an offer or location whose merchant does not exist is refused, and nothing of the call is stored",
        arguments: StoreBackend.enabled
    )
    func missingMerchantIsRefused(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let existing = Catalog(
                merchants: [Fixtures.merchant("m-1")],
                offers: [Fixtures.offer("o-1", merchant: "m-1")]
            )
            try await store.upsertCatalog(existing)
            let version = try await store.catalogVersion()

            let badOffer = Catalog(
                merchants: [Fixtures.merchant("m-2"), Fixtures.merchant("m-1", name: "Changed")],
                offers: [
                    Fixtures.offer("o-2", merchant: "m-2"),
                    Fixtures.offer("o-3", merchant: "m-missing"),
                    Fixtures.offer("o-1", merchant: "m-1", name: "Changed"),
                ],
                locations: [Fixtures.location("l-1", merchant: "m-1")]
            )
            await #expect(throws: StoreError.missingReference("merchant m-missing")) {
                try await store.upsertCatalog(badOffer)
            }
            let badLocation = Catalog(
                merchants: [Fixtures.merchant("m-3")],
                offers: [Fixtures.offer("o-4", merchant: "m-3")],
                locations: [Fixtures.location("l-2", merchant: "m-3"), Fixtures.location("l-3", merchant: "m-gone")]
            )
            await #expect(throws: StoreError.missingReference("merchant m-gone")) {
                try await store.upsertCatalog(badLocation)
            }
            // Moving a stored offer to a missing merchant is refused too.
            await #expect(throws: StoreError.missingReference("merchant m-none")) {
                try await store.upsertCatalog(Catalog(offers: [Fixtures.offer("o-1", merchant: "m-none")]))
            }

            #expect(try await store.loadCatalog() == existing)
            #expect(try await store.catalogVersion() == version)

            // The store is usable afterwards.
            try await store.upsertCatalog(Catalog(offers: [Fixtures.offer("o-5", merchant: "m-1")]))
            #expect(try await store.loadCatalog().offers.map(\.id.rawValue) == ["o-1", "o-5"])
        }
    }

    @Test("10,000 offers are upserted in one call", arguments: StoreBackend.enabled)
    func largeCatalogUpsert(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let merchants = (0..<25).map { Fixtures.merchant(String(format: "m-%02d", $0)) }
            let offers = (0..<10_000).map { index in
                var offer =
                    index.isMultiple(of: 2)
                    ? Fixtures.fullOffer(String(format: "o-%05d", index), merchant: "")
                    : Fixtures.offer(String(format: "o-%05d", index), merchant: "")
                offer.merchantID = merchants[index % merchants.count].id
                offer.totalCommission = Int64(index)
                return offer
            }
            let locations = (0..<2_500).map { index in
                Fixtures.fullLocation(String(format: "l-%05d", index), merchant: String(format: "m-%02d", index % 25))
            }
            try await store.upsertCatalog(
                Catalog(merchants: merchants, offers: offers.reversed(), locations: locations)
            )

            let stored = try await store.loadCatalog()
            #expect(stored.merchants == merchants)
            #expect(stored.offers.count == 10_000)
            #expect(stored.locations.count == 2_500)
            #expect(stored.offers.map(\.id) == offers.map(\.id))
            for index in [0, 1, 999, 1_000, 1_001, 4_321, 9_998, 9_999] {
                #expect(stored.offers[index] == offers[index])
            }
            #expect(stored.locations[2_499] == locations[2_499])
            #expect(stored.offers.map(\.totalCommission).reduce(0, +) == Int64(10_000 * 9_999 / 2))
        }
    }
}
