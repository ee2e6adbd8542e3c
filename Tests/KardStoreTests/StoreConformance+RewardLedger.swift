import Foundation
import KardCore
import Testing

extension StoreConformance {
    /// A query of user `u` of organization `100`'s earned rewards since ``Fixtures/date(_:)`` minus a second.
    static func earned(
        _ status: EarnedRewardQuery.Status,
        user: String = "u",
        in organization: String = "100",
        since: Date = Fixtures.date(-1_000),
        paidInFullOnly: Bool = false,
        before: Int64? = nil,
        after: Int64? = nil,
        limit: Int = 100
    ) -> EarnedRewardQuery {
        EarnedRewardQuery(
            organizationID: OrganizationID(organization),
            userID: UserID(user),
            status: status,
            since: since,
            paidInFullOnly: paidInFullOnly,
            beforeSequence: before,
            afterSequence: after,
            limit: limit
        )
    }

    @Test(
        "earned rewards: settled entries, or approvals not yet settled or rejected; lifetime sums",
        arguments: StoreBackend.enabled
    )
    func earnedRewardsFilters(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            let dayBefore: Int64 = -86_400_000
            let approvedThenSettled = Fixtures.ledgerEntry("t-1", .approved, event: "e-1")
            let pending = Fixtures.ledgerEntry("t-2", .approved, event: "e-2", 10)
            let approvedThenRejected = Fixtures.ledgerEntry("t-3", .approved, event: "e-3", 20)
            let settledPaid = Fixtures.ledgerEntry(
                "t-1",
                .settled,
                event: "e-4",
                payment: .paidInFull,
                paidAt: Fixtures.date(5_000)
            )
            let rejected = Fixtures.ledgerEntry("t-3", .rejected, event: "e-5", userCents: -175, 20)
            let settledUnpaid = Fixtures.ledgerEntry("t-4", .settled, event: "e-6", userCents: 300, 30)
            let oldSettled = Fixtures.ledgerEntry("t-5", .settled, event: "e-7", userCents: 1_000, dayBefore)
            let oldPending = Fixtures.ledgerEntry("t-6", .approved, event: "e-8", dayBefore)
            let clawback = Fixtures.ledgerEntry("t-4", .clawback, event: "e-9", userCents: -100, 40)
            let adjustment = Fixtures.ledgerEntry(
                "t-1",
                .adjustment,
                event: "a-1",
                userCents: 25,
                50,
                payment: .paidInFull
            )
            let otherUser = Fixtures.ledgerEntry("t-7", .settled, event: "e-10", user: "v")
            let otherUserPending = Fixtures.ledgerEntry("t-8", .approved, event: "e-11", user: "v")
            let otherOrganization = Fixtures.ledgerEntry("t-1", .settled, event: "e-4", in: "200", userCents: 7)
            // A settlement of the same transaction id in another organization does not settle this approval.
            let crossOrganization = Fixtures.ledgerEntry("t-9", .approved, event: "e-12", 60)
            let settledElsewhere = Fixtures.ledgerEntry("t-9", .settled, event: "e-13", in: "200")
            try await store.appendLedgerEntries(
                [
                    approvedThenSettled, pending, approvedThenRejected, settledPaid, rejected, settledUnpaid,
                    oldSettled, oldPending, clawback, adjustment, otherUser, otherUserPending, otherOrganization,
                    crossOrganization, settledElsewhere,
                ],
                notifications: []
            )

            func earned(_ query: EarnedRewardQuery) async throws -> [RewardLedgerEntry] {
                let entries = try await store.earnedRewards(query)
                #expect(entries.allSatisfy { $0.sequence > 0 })
                return entries.map(Fixtures.withoutSequence)
            }
            #expect(try await earned(Self.earned(.settled)) == [settledUnpaid, settledPaid])
            #expect(try await earned(Self.earned(.settled, paidInFullOnly: true)) == [settledPaid])
            #expect(
                try await earned(Self.earned(.settled, since: Fixtures.date(dayBefore)))
                    == [oldSettled, settledUnpaid, settledPaid]
            )
            #expect(try await earned(Self.earned(.settled, since: Fixtures.date(1))) == [settledUnpaid])
            #expect(try await earned(Self.earned(.approved)) == [crossOrganization, pending])
            #expect(try await earned(Self.earned(.approved, paidInFullOnly: true)) == [crossOrganization, pending])
            #expect(
                try await earned(Self.earned(.approved, since: Fixtures.date(dayBefore)))
                    == [crossOrganization, oldPending, pending]
            )
            #expect(try await earned(Self.earned(.approved, user: "v")) == [otherUserPending])
            #expect(try await earned(Self.earned(.settled, user: "v")) == [otherUser])
            #expect(try await earned(Self.earned(.settled, in: "200")) == [settledElsewhere, otherOrganization])
            #expect(try await earned(Self.earned(.approved, in: "200")) == [])
            #expect(try await earned(Self.earned(.settled, user: "nobody")) == [])

            let organization = OrganizationID("100")
            // settled 175 + 300 + 1,000, clawback -100, adjustment 25; approvals and rejections do not count.
            #expect(
                try await store.lifetimeRewardCents(
                    of: UserID("u"),
                    in: organization,
                    since: nil,
                    paidInFullOnly: false
                ) == 1_400
            )
            #expect(
                try await store.lifetimeRewardCents(of: UserID("u"), in: organization, since: nil, paidInFullOnly: true)
                    == 200
            )
            #expect(
                try await store.lifetimeRewardCents(
                    of: UserID("v"),
                    in: organization,
                    since: nil,
                    paidInFullOnly: false
                ) == 175
            )
            #expect(
                try await store.lifetimeRewardCents(
                    of: UserID("u"),
                    in: OrganizationID("200"),
                    since: nil,
                    paidInFullOnly: false
                )
                    == 182
            )
            #expect(
                try await store.lifetimeRewardCents(
                    of: UserID("nobody"),
                    in: organization,
                    since: nil,
                    paidInFullOnly: false
                ) == 0
            )
            // A window leaves out older movements: here the settlement of the day before, then the one at 0 ms.
            #expect(
                try await store.lifetimeRewardCents(
                    of: UserID("u"),
                    in: organization,
                    since: Fixtures.date(-1_000),
                    paidInFullOnly: false
                ) == 400
            )
            #expect(
                try await store.lifetimeRewardCents(
                    of: UserID("u"),
                    in: organization,
                    since: Fixtures.date(1),
                    paidInFullOnly: false
                ) == 225
            )
        }
    }

    @Test("earned rewards page by sequence in both directions, newest first", arguments: StoreBackend.enabled)
    func earnedRewardsPaging(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            var settled: [RewardLedgerEntry] = []
            for index in 0..<7 {
                let entry = Fixtures.ledgerEntry("t-\(index)", .settled, event: "s", Int64(index))
                settled.append(entry)
                // Other entries in between, so that the user's sequences are not contiguous.
                try await store.appendLedgerEntries(
                    [entry, Fixtures.ledgerEntry("t-\(index)", .approved, event: "a", Int64(index))],
                    notifications: []
                )
                try await store.appendLedgerEntries(
                    [Fixtures.ledgerEntry("t-\(index)", .settled, event: "s", user: "v")],
                    notifications: []
                )
            }
            func page(before: Int64? = nil, after: Int64? = nil, limit: Int) async throws -> [RewardLedgerEntry] {
                try await store.earnedRewards(Self.earned(.settled, before: before, after: after, limit: limit))
            }
            let first = try await page(limit: 3)
            #expect(first.map(Fixtures.withoutSequence) == [settled[6], settled[5], settled[4]])
            #expect(first.map(\.sequence) == first.map(\.sequence).sorted(by: >))
            let second = try await page(before: first.last?.sequence, limit: 3)
            #expect(second.map(Fixtures.withoutSequence) == [settled[3], settled[2], settled[1]])
            let third = try await page(before: second.last?.sequence, limit: 3)
            #expect(third.map(Fixtures.withoutSequence) == [settled[0]])
            #expect(try await page(before: third.last?.sequence, limit: 3) == [])

            // Back from the second page: the entries just above it, still newest first.
            let previous = try await page(after: second.first?.sequence, limit: 2)
            #expect(previous == [first[1], first[2]])
            #expect(try await page(after: first[1].sequence, limit: 3) == [first[0]])
            #expect(try await page(after: first[0].sequence, limit: 3) == [])
            #expect(try await page(after: 0, limit: 10).map(Fixtures.withoutSequence) == settled.reversed())
            #expect(
                try await page(before: first[0].sequence, after: second[1].sequence, limit: 10)
                    == [first[1], first[2], second[0]]
            )
        }
    }

    @Test(
        "appended ledger entries keep their first version and read back in insertion order",
        arguments: StoreBackend.enabled
    )
    func appendLedgerEntriesIsIdempotent(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            let organization = OrganizationID("100")
            let adjustment = Fixtures.ledgerEntry(
                "t-1",
                .adjustment,
                event: "a-1",
                userCents: -50,
                payment: .paidInFull,
                paidAt: Fixtures.date(7)
            )
            let settled = Fixtures.ledgerEntry("t-1", .settled, event: "e-1")
            let notification = Fixtures.notification("t-1/adjustment/a-1", event: .clawback)
            try await store.appendLedgerEntries([adjustment, settled], notifications: [notification])
            try await store.appendLedgerEntries([adjustment, settled], notifications: [notification])
            var changed = adjustment
            changed.userCents = 1
            let later = Fixtures.ledgerEntry("t-1", .clawback, event: "e-2")
            try await store.appendLedgerEntries([changed, later, later], notifications: [])
            try await store.appendLedgerEntries([], notifications: [])

            let entries = try await store.ledgerEntries(of: "t-1", in: organization)
            #expect(entries.map(Fixtures.withoutSequence) == [adjustment, settled, later])
            #expect(entries.map(\.sequence) == entries.map(\.sequence).sorted())
            #expect(Set(entries.map(\.sequence)).count == 3)
            #expect(try await store.ledgerEntries(of: "t-1", in: OrganizationID("200")) == [])
            #expect(try await store.ledgerEntries(of: "t-2", in: organization) == [])
            let stored = try await store.notifications(in: organization, event: nil, afterSequence: nil, limit: 10)
            #expect(stored.map(Fixtures.withoutSequence) == [notification])

            await #expect(throws: StoreError.missingReference("organization 999")) {
                try await store.appendLedgerEntries(
                    [
                        Fixtures.ledgerEntry("t-2", .settled, event: "e-3"),
                        Fixtures.ledgerEntry("t-2", .settled, event: "e-3", in: "999"),
                    ],
                    notifications: [Fixtures.notification("t-2/settled/e-3")]
                )
            }
            #expect(try await store.ledgerEntries(of: "t-2", in: organization) == [])
            #expect(
                try await store.notifications(in: organization, event: nil, afterSequence: nil, limit: 10).count == 1
            )
        }
    }

    @Test("deleting an organization deletes its processing data", arguments: StoreBackend.enabled)
    func processingDataCascades(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            for organization in ["100", "200"] {
                try await Self.process(
                    [Fixtures.inboxEvent("e-1", in: organization)],
                    writing: ProcessingChanges(
                        records: [Fixtures.record("t-1", in: organization)],
                        ledgerEntries: [Fixtures.ledgerEntry("t-1", .settled, in: organization)],
                        notifications: [Fixtures.notification("k", in: organization)],
                        flags: [Fixtures.flag("f-\(organization)", in: organization)]
                    ),
                    in: store
                )
                try await store.createAudits([Fixtures.audit("a-\(organization)", in: organization)], notifications: [])
                _ = try await store.markFraudulent([Fixtures.marker("t-1", in: organization)])
            }
            #expect(try await store.deleteOrganization(OrganizationID("100")))
            let gone = OrganizationID("100")
            #expect(try await store.transactionRecord(of: "t-1", in: gone) == nil)
            #expect(try await store.ledgerEntries(of: "t-1", in: gone) == [])
            #expect(try await store.notifications(in: gone, event: nil, afterSequence: nil, limit: 10) == [])
            #expect(try await store.transactionFlags(in: gone, limit: 10) == [])
            #expect(try await store.audit("a-100", in: nil) == nil)
            #expect(try await store.transactionRecord(of: "t-1", in: OrganizationID("200")) != nil)
            #expect(try await store.audit("a-200", in: nil) != nil)
            #expect(try await store.transactionFlags(in: nil, limit: 10).map(\.flagID) == ["f-200"])

            // The organization's ids are free again, and its marker is gone with it.
            try await Self.insertOrganizations("100", into: store)
            #expect(try await store.markFraudulent([Fixtures.marker("t-1", in: "100")]) == ["t-1"])
            try await store.createAudits([Fixtures.audit("a-100")], notifications: [])
        }
    }
}
