import Foundation
import KardCore
import Testing

extension StoreConformance {
    @Test("purchase summaries accumulate first, last and count across calls", arguments: StoreBackend.enabled)
    func purchaseSummariesAccumulate(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            // Neither the user nor the merchants exist: history may arrive before them.
            try await store.recordPurchases([
                Fixtures.purchase(by: "u", at: "m-1", 5_000),
                Fixtures.purchase(by: "u", at: "m-1", 1_000),
                Fixtures.purchase(by: "u", at: "m-2", 2_000),
                Fixtures.purchase(by: "u", at: "m-1", 3_000),
            ])
            try await store.recordPurchases([])
            #expect(
                try await store.purchaseHistory(of: UserID("u"), in: OrganizationID("100")) == [
                    MerchantID("m-1"): PurchaseSummary(
                        firstPurchaseAt: Fixtures.date(1_000),
                        lastPurchaseAt: Fixtures.date(5_000),
                        count: 3
                    ),
                    MerchantID("m-2"): PurchaseSummary(
                        firstPurchaseAt: Fixtures.date(2_000),
                        lastPurchaseAt: Fixtures.date(2_000),
                        count: 1
                    ),
                ]
            )

            try await store.recordPurchases([
                Fixtures.purchase(by: "u", at: "m-1", 10_000),
                Fixtures.purchase(by: "u", at: "m-1", -10_000),
            ])
            try await store.recordPurchases([Fixtures.purchase(by: "u", at: "m-1", 4_000)])
            let history = try await store.purchaseHistory(of: UserID("u"), in: OrganizationID("100"))
            #expect(
                history[MerchantID("m-1")]
                    == PurchaseSummary(
                        firstPurchaseAt: Fixtures.date(-10_000),
                        lastPurchaseAt: Fixtures.date(10_000),
                        count: 6
                    )
            )
            #expect(history[MerchantID("m-2")]?.count == 1)
        }
    }

    @Test("a large purchase upload is summed across batches", arguments: StoreBackend.enabled)
    func purchaseBatches(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            // 2,500 merchants (more than one statement's worth of rows), three purchases each.
            let merchants = (0..<2_500).map { String(format: "m-%04d", $0) }
            let purchases = merchants.enumerated().flatMap { index, merchant in
                [Int64(index), Int64(index) + 50_000, Int64(index) - 50_000].map {
                    Fixtures.purchase(by: "u", at: merchant, $0)
                }
            }
            try await store.recordPurchases(purchases.shuffled())
            try await store.recordPurchases(Array(purchases.prefix(3)))
            let history = try await store.purchaseHistory(of: UserID("u"), in: OrganizationID("100"))
            #expect(history.count == 2_500)
            #expect(history.values.map(\.count).reduce(0, +) == 7_503)
            #expect(history[MerchantID("m-0000")]?.count == 6)
            #expect(
                history[MerchantID("m-1234")]
                    == PurchaseSummary(
                        firstPurchaseAt: Fixtures.date(1_234 - 50_000),
                        lastPurchaseAt: Fixtures.date(1_234 + 50_000),
                        count: 3
                    )
            )
        }
    }

    @Test("purchase summaries are per organization and user", arguments: StoreBackend.enabled)
    func purchaseSummariesAreScoped(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            try await store.recordPurchases([
                Fixtures.purchase(by: "u", in: "100", at: "m", 1),
                Fixtures.purchase(by: "u", in: "200", at: "m", 2),
                Fixtures.purchase(by: "u", in: "200", at: "m", 3),
                Fixtures.purchase(by: "v", in: "100", at: "m", 4),
            ])
            let m = MerchantID("m")
            #expect(
                try await store.purchaseHistory(of: UserID("u"), in: OrganizationID("100"))
                    == [
                        m: PurchaseSummary(
                            firstPurchaseAt: Fixtures.date(1),
                            lastPurchaseAt: Fixtures.date(1),
                            count: 1
                        )
                    ]
            )
            #expect(
                try await store.purchaseHistory(of: UserID("u"), in: OrganizationID("200"))
                    == [
                        m: PurchaseSummary(
                            firstPurchaseAt: Fixtures.date(2),
                            lastPurchaseAt: Fixtures.date(3),
                            count: 2
                        )
                    ]
            )
            #expect(
                try await store.purchaseHistory(of: UserID("v"), in: OrganizationID("100"))
                    == [
                        m: PurchaseSummary(
                            firstPurchaseAt: Fixtures.date(4),
                            lastPurchaseAt: Fixtures.date(4),
                            count: 1
                        )
                    ]
            )
            #expect(try await store.purchaseHistory(of: UserID("v"), in: OrganizationID("200")) == [:])
            #expect(try await store.purchaseHistory(of: UserID("w"), in: OrganizationID("999")) == [:])
        }
    }

    @Test(
        "purchases of an unknown organization are refused, and none of the call is stored",
        arguments: StoreBackend.enabled
    )
    func purchasesOfUnknownOrganization(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            await #expect(throws: StoreError.missingReference("organization 999")) {
                try await store.recordPurchases([
                    Fixtures.purchase(by: "u", in: "100", at: "m"),
                    Fixtures.purchase(by: "u", in: "999", at: "m"),
                ])
            }
            #expect(try await store.purchaseHistory(of: UserID("u"), in: OrganizationID("100")) == [:])
        }
    }

    @Test("deleting an organization deletes its purchases and attribution events", arguments: StoreBackend.enabled)
    func organizationDeletionCascades(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            try await store.insertOrganization(Fixtures.organization("150", parent: "100"), credential: nil)
            for organization in ["100", "150", "200"] {
                try await store.recordPurchases([Fixtures.purchase(by: "u", in: organization, at: "m")])
                try await store.recordAttributions([Fixtures.attribution("e-\(organization)", in: organization)])
            }

            #expect(try await store.deleteOrganization(OrganizationID("100")))
            for organization in ["100", "150"] {
                #expect(try await store.purchaseHistory(of: UserID("u"), in: OrganizationID(organization)) == [:])
                #expect(try await store.offerAttributions(of: UserID("u"), in: OrganizationID(organization)) == [])
            }
            #expect(try await store.purchaseHistory(of: UserID("u"), in: OrganizationID("200")).count == 1)
            #expect(
                try await store.offerAttributions(of: UserID("u"), in: OrganizationID("200"))
                    == [Fixtures.attribution("e-200", in: "200")]
            )

            // A new organization with the same id starts afresh; the deleted event ids are free again.
            try await Self.insertOrganizations("100", into: store)
            #expect(try await store.purchaseHistory(of: UserID("u"), in: OrganizationID("100")) == [:])
            try await store.recordAttributions([Fixtures.attribution("e-100", in: "100", eventCode: "BOOST")])
            #expect(
                try await store.offerAttributions(of: UserID("u"), in: OrganizationID("100"))
                    == [Fixtures.attribution("e-100", in: "100", eventCode: "BOOST")]
            )
        }
    }
}
