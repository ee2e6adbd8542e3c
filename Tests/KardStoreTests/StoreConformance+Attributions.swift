import Foundation
import KardCore
import Testing

extension StoreConformance {
    @Test("a user's offer events round-trip, by event date then id", arguments: StoreBackend.enabled)
    func offerAttributionsRoundTrip(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            let late = Fixtures.attribution("a-late", entity: "o-2", eventCode: "ACTIVATE", 5_000)
            let tieB = Fixtures.attribution("b", entity: "o-1", eventCode: "IMPRESSION", 1_000)
            let tieA = Fixtures.attribution("a", entity: "o-1", eventCode: "VIEW", 1_000)
            let early = Fixtures.attribution("z-early", entity: "o-3", eventCode: "BOOST", -1_000)
            let events = [
                late, tieB,
                Fixtures.attribution("n-1", subject: .notification, entity: "n-1"),
                Fixtures.attribution("s-1", subject: .placementSlot, entity: "slot-1", eventCode: "IMPRESSION"),
                Fixtures.attribution("other-user", of: "v"),
                Fixtures.attribution("other-org", in: "200"),
                tieA, early,
            ]
            try await store.recordAttributions(events)
            try await store.recordAttributions([])

            #expect(
                try await store.offerAttributions(of: UserID("u"), in: OrganizationID("100")) == [
                    early, tieA, tieB, late,
                ]
            )
            #expect(
                try await store.offerAttributions(of: UserID("v"), in: OrganizationID("100"))
                    == [Fixtures.attribution("other-user", of: "v")]
            )
            #expect(
                try await store.offerAttributions(of: UserID("u"), in: OrganizationID("200"))
                    == [Fixtures.attribution("other-org", in: "200")]
            )
            #expect(try await store.offerAttributions(of: UserID("w"), in: OrganizationID("100")) == [])

            let stored = try #require(
                try await store.offerAttributions(of: UserID("u"), in: OrganizationID("100")).last
            )
            #expect(stored.eventDate == Fixtures.date(5_000) && stored.recordedAt == Fixtures.date(6_000))
            #expect(stored.subject == .offer && stored.medium == "BROWSE")
        }
    }

    @Test("an event whose id is stored already is skipped", arguments: StoreBackend.enabled)
    func duplicateAttributionsAreSkipped(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            let first = Fixtures.attribution("e-1", eventCode: "VIEW", 1)
            try await store.recordAttributions([first])

            let second = Fixtures.attribution("e-2", eventCode: "VIEW", 2)
            try await store.recordAttributions([
                Fixtures.attribution("e-1", eventCode: "ACTIVATE", 10),
                second,
                Fixtures.attribution("e-2", eventCode: "BOOST", 20),
            ])
            try await store.recordAttributions([first, second])
            #expect(try await store.offerAttributions(of: UserID("u"), in: OrganizationID("100")) == [first, second])
        }
    }

    @Test(
        "events of an unknown organization are refused, and none of the call is stored",
        arguments: StoreBackend.enabled
    )
    func attributionsOfUnknownOrganization(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            await #expect(throws: StoreError.missingReference("organization 999")) {
                try await store.recordAttributions([
                    Fixtures.attribution("e-1", in: "100"),
                    Fixtures.attribution("e-2", in: "999"),
                ])
            }
            #expect(try await store.offerAttributions(of: UserID("u"), in: OrganizationID("100")) == [])
        }
    }
}
