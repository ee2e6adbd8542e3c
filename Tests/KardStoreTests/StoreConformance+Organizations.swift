import Foundation
import KardCore
import Testing

extension StoreConformance {
    @Test("an organization round-trips every field", arguments: StoreBackend.enabled)
    func organizationRoundTrip(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let parent = Fixtures.organization("100")
            let child = Fixtures.fullOrganization("200", parent: "100")
            var minimal = Fixtures.organization("300")
            minimal.bins = []
            minimal.cardNetworks = []
            minimal.enrolledRewards = []
            minimal.commissionSplits = CommissionSplits(
                affiliateBasisPoints: 0,
                cardLinkedBasisPoints: 0,
                cardLinkedUserBasisPoints: 0
            )
            try await store.insertOrganization(parent, credential: nil)
            try await store.insertOrganization(child, credential: nil)
            try await store.insertOrganization(minimal, credential: nil)

            #expect(try await store.organization(OrganizationID("100")) == parent)
            #expect(try await store.organization(OrganizationID("200")) == child)
            #expect(try await store.organization(OrganizationID("300")) == minimal)
            #expect(try await store.organization(OrganizationID("999")) == nil)

            let stored = try #require(try await store.organization(OrganizationID("200")))
            #expect(stored.parentID == OrganizationID("100"))
            #expect(stored.isSandbox)
            #expect(stored.createdAt == Fixtures.date(-86_400_000))
            #expect(stored.updatedAt == Fixtures.date(1))
            let plain = try #require(try await store.organization(OrganizationID("100")))
            #expect(plain.parentID == nil && plain.externalID == nil && plain.webhookURL == nil && !plain.isSandbox)
        }
    }

    @Test("allOrganizations lists every organization by id", arguments: StoreBackend.enabled)
    func allOrganizationsOrderedByID(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            #expect(try await store.allOrganizations() == [])
            for id in ["300", "100", "200"] {
                try await store.insertOrganization(Fixtures.organization(id), credential: nil)
            }
            try await store.insertOrganization(Fixtures.organization("150", parent: "100"), credential: nil)
            let all = try await store.allOrganizations()
            #expect(all.map(\.id.rawValue) == ["100", "150", "200", "300"])
            #expect(all[1] == Fixtures.organization("150", parent: "100"))
        }
    }

    @Test("a client credential is stored with its organization", arguments: StoreBackend.enabled)
    func credentialRoundTrip(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let credential = Fixtures.credential("client-a", of: "100")
            try await store.insertOrganization(Fixtures.organization("100"), credential: credential)
            #expect(try await store.credential(clientID: "client-a") == credential)
            #expect(try await store.credential(clientID: "client-a")?.scopes == Scope.all)
            #expect(try await store.credential(clientID: "missing") == nil)

            let narrow = Fixtures.credential("client-b", of: "200", scopes: [.legacyAttributionsWrite, .filesRead])
            try await store.insertOrganization(Fixtures.organization("200"), credential: narrow)
            #expect(try await store.credential(clientID: "client-b") == narrow)

            let none = Fixtures.credential("client-c", of: "300", scopes: [])
            try await store.insertOrganization(Fixtures.organization("300"), credential: none)
            #expect(try await store.credential(clientID: "client-c") == none)
        }
    }

    @Test("a taken organization id is a duplicate and stores nothing", arguments: StoreBackend.enabled)
    func duplicateOrganizationID(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let original = Fixtures.organization("100")
            try await store.insertOrganization(original, credential: nil)
            var again = Fixtures.organization("100", name: "OTHER")
            again.isSandbox = true
            await #expect(throws: StoreError.duplicate("organization 100")) {
                try await store.insertOrganization(again, credential: Fixtures.credential("client-new", of: "100"))
            }
            #expect(try await store.organization(OrganizationID("100")) == original)
            #expect(try await store.credential(clientID: "client-new") == nil)
        }
    }

    @Test("a taken client id is a duplicate and rolls the organization back", arguments: StoreBackend.enabled)
    func duplicateClientID(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let credential = Fixtures.credential("client-a", of: "100")
            try await store.insertOrganization(Fixtures.organization("100"), credential: credential)
            await #expect(throws: StoreError.duplicate("client client-a")) {
                try await store.insertOrganization(
                    Fixtures.organization("200"),
                    credential: Fixtures.credential("client-a", of: "200")
                )
            }
            #expect(try await store.organization(OrganizationID("200")) == nil)
            #expect(try await store.credential(clientID: "client-a") == credential)
            // The id is free again after the rollback.
            try await store.insertOrganization(Fixtures.organization("200"), credential: nil)
        }
    }

    @Test("updateOrganization replaces every field of an existing organization", arguments: StoreBackend.enabled)
    func updateOrganization(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.insertOrganization(Fixtures.organization("100"), credential: nil)
            try await store.insertOrganization(Fixtures.organization("200", parent: "100"), credential: nil)

            var updated = Fixtures.fullOrganization("200", parent: "100")
            updated.updatedAt = Fixtures.date(60_000)
            #expect(try await store.updateOrganization(updated))
            #expect(try await store.organization(OrganizationID("200")) == updated)

            // Optional fields can be cleared and lists emptied.
            var cleared = updated
            cleared.externalID = nil
            cleared.webhookURL = nil
            cleared.bins = []
            cleared.isSandbox = false
            #expect(try await store.updateOrganization(cleared))
            #expect(try await store.organization(OrganizationID("200")) == cleared)

            #expect(try await store.updateOrganization(Fixtures.organization("999")) == false)
            #expect(try await store.organization(OrganizationID("999")) == nil)
        }
    }

    @Test("deleting an organization deletes its clients, users, cards and children", arguments: StoreBackend.enabled)
    func deleteOrganizationCascades(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.insertOrganization(
                Fixtures.organization("100"),
                credential: Fixtures.credential("c1", of: "100")
            )
            try await store.insertOrganization(
                Fixtures.organization("110", parent: "100"),
                credential: Fixtures.credential("c11", of: "110")
            )
            try await store.insertOrganization(
                Fixtures.organization("200"),
                credential: Fixtures.credential("c2", of: "200")
            )
            _ = try await store.insertUsers([
                Fixtures.user("u1", in: "100", cards: [Fixtures.card("card1", lastFour: "0001")]),
                Fixtures.user("u2", in: "110", cards: [Fixtures.card("card2", lastFour: "0002")]),
                Fixtures.user("u1", in: "200", cards: [Fixtures.card("card3", lastFour: "0003")]),
            ])

            #expect(try await store.deleteOrganization(OrganizationID("100")))

            #expect(try await store.organization(OrganizationID("100")) == nil)
            #expect(try await store.organization(OrganizationID("110")) == nil)
            #expect(try await store.credential(clientID: "c1") == nil)
            #expect(try await store.credential(clientID: "c11") == nil)
            #expect(try await store.user(UserID("u1"), in: OrganizationID("100")) == nil)
            #expect(try await store.user(UserID("u2"), in: OrganizationID("110")) == nil)
            #expect(try await store.cardHolder(bin: "424242", lastFour: "0001") == nil)
            #expect(try await store.cardHolder(bin: "424242", lastFour: "0002") == nil)

            // Another organization is untouched.
            #expect(try await store.organization(OrganizationID("200")) != nil)
            #expect(try await store.credential(clientID: "c2") != nil)
            #expect(try await store.user(UserID("u1"), in: OrganizationID("200"))?.cards.count == 1)
            #expect(
                try await store.cardHolder(bin: "424242", lastFour: "0003")
                    == CardHolder(organizationID: OrganizationID("200"), userID: UserID("u1"))
            )

            #expect(try await store.deleteOrganization(OrganizationID("100")) == false)
            #expect(try await store.deleteOrganization(OrganizationID("999")) == false)
            // The freed card can be registered again.
            try await store.addCards(
                [Fixtures.card("card4", lastFour: "0001")],
                to: UserID("u1"),
                in: OrganizationID("200")
            )
        }
    }

    @Test("children are paged by id after a cursor", arguments: StoreBackend.enabled)
    func childrenPaging(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.insertOrganization(Fixtures.organization("100"), credential: nil)
            try await store.insertOrganization(Fixtures.organization("900"), credential: nil)
            for id in ["105", "101", "104", "102", "103"] {
                try await store.insertOrganization(Fixtures.organization(id, parent: "100"), credential: nil)
            }
            try await store.insertOrganization(Fixtures.organization("901", parent: "900"), credential: nil)
            let parent = OrganizationID("100")

            let first = try await store.children(of: parent, after: nil, limit: 2)
            #expect(first.map(\.id.rawValue) == ["101", "102"])
            #expect(first[0] == Fixtures.organization("101", parent: "100"))
            let second = try await store.children(of: parent, after: OrganizationID("102"), limit: 2)
            #expect(second.map(\.id.rawValue) == ["103", "104"])
            let last = try await store.children(of: parent, after: OrganizationID("104"), limit: 2)
            #expect(last.map(\.id.rawValue) == ["105"])
            #expect(try await store.children(of: parent, after: OrganizationID("105"), limit: 2) == [])

            // A cursor that is not a child still orders by id.
            let fromGap = try await store.children(of: parent, after: OrganizationID("1025"), limit: 10)
            #expect(fromGap.map(\.id.rawValue) == ["103", "104", "105"])
            let all = try await store.children(of: parent, after: nil, limit: 100)
            #expect(all.map(\.id.rawValue) == ["101", "102", "103", "104", "105"])
            #expect(try await store.children(of: parent, after: nil, limit: 0) == [])
            #expect(try await store.children(of: OrganizationID("101"), after: nil, limit: 10) == [])
            #expect(try await store.children(of: OrganizationID("999"), after: nil, limit: 10) == [])
        }
    }
}
