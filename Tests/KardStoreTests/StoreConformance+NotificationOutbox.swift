import Foundation
import KardCore
import Testing

extension StoreConformance {
    @Test(
        "notifications read back in insertion order; a source key stored already is skipped",
        arguments: StoreBackend.enabled
    )
    func outboxRoundTrip(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            let organization = OrganizationID("100")
            let approved = Fixtures.notification("k-1", event: .earnedRewardApproved, 30)
            let plain = Fixtures.notification(
                "k-2",
                event: .earnedRewardSettled,
                user: nil,
                transaction: nil,
                message: "plain",
                -10
            )
            let sameKey = Fixtures.notification("k-1", event: .clawback)
            let elsewhere = Fixtures.notification("k-1", in: "200")
            let third = Fixtures.notification("k-3", event: .earnedRewardApproved, message: "third")
            try await store.appendNotifications([approved, plain, sameKey])
            try await store.appendNotifications([elsewhere, third, approved])
            try await store.appendNotifications([])

            func list(
                in organization: OrganizationID = organization,
                event: NotificationEvent? = nil,
                after: Int64? = nil,
                limit: Int = 10
            ) async throws -> [OutboxNotification] {
                try await store.notifications(in: organization, event: event, afterSequence: after, limit: limit)
            }
            let all = try await list()
            #expect(all.map(Fixtures.withoutSequence) == [approved, plain, third])
            #expect(all.allSatisfy { $0.sequence > 0 })
            #expect(all.map(\.sequence) == all.map(\.sequence).sorted())
            #expect(Set(all.map(\.sequence)).count == 3)
            try #require(all.count == 3)
            #expect(try await list(in: OrganizationID("200")).map(Fixtures.withoutSequence) == [elsewhere])
            #expect(try await list(in: OrganizationID("999")) == [])
            #expect(try await list(event: .earnedRewardApproved) == [all[0], all[2]])
            #expect(try await list(event: .clawback) == [])
            #expect(try await list(after: all[0].sequence) == [all[1], all[2]])
            #expect(try await list(after: all[2].sequence) == [])
            #expect(try await list(event: .earnedRewardApproved, after: all[0].sequence) == [all[2]])
            #expect(try await list(limit: 2) == [all[0], all[1]])
            #expect(try await list(after: all[0].sequence, limit: 1) == [all[1]])
        }
    }

    @Test("a notification of a missing organization fails the whole call", arguments: StoreBackend.enabled)
    func outboxMissingOrganization(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            await #expect(throws: StoreError.missingReference("organization 999")) {
                try await store.appendNotifications([
                    Fixtures.notification("k-1"), Fixtures.notification("k-1", in: "999"),
                ])
            }
            #expect(
                try await store.notifications(in: OrganizationID("100"), event: nil, afterSequence: nil, limit: 10)
                    == []
            )
        }
    }
}
