import Foundation
import KardCore
import Testing

extension StoreConformance {
    @Test(
        "marking a transaction fraudulent requeues its events once; the batch shows the marker",
        arguments: StoreBackend.enabled
    )
    func fraudMarkersRequeue(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            try await Self.process(
                [
                    Fixtures.inboxEvent("e-1", of: "t-1"), Fixtures.inboxEvent("e-2", of: "t-1"),
                    Fixtures.inboxEvent("e-3", of: "t-2"),
                ],
                writing: ProcessingChanges(),
                in: store
            )
            #expect(try await store.unprocessedEventCount() == 0)

            // t-3 has no events yet: it is marked all the same.
            #expect(
                try await store.markFraudulent([Fixtures.marker("t-1"), Fixtures.marker("t-3")]) == ["t-1", "t-3"]
            )
            #expect(try await store.unprocessedEventCount() == 2)
            let batch = try #require(try await Self.process([], writing: ProcessingChanges(), in: store))
            #expect(batch.transactions.map(\.transactionID) == ["t-1"])
            #expect(batch.transactions.first?.isFraudMarked == true)
            #expect(batch.transactions.first?.unprocessedEventIDs == ["e-1", "e-2"])

            // Marked again: skipped, not requeued.
            #expect(try await store.markFraudulent([Fixtures.marker("t-1"), Fixtures.marker("t-2")]) == ["t-2"])
            #expect(try await store.unprocessedEventCount() == 1)
            let next = try #require(try await Self.process([], writing: ProcessingChanges(), in: store))
            #expect(next.transactions.map(\.transactionID) == ["t-2"])
            #expect(next.transactions.first?.isFraudMarked == true)

            // The same transaction id in another organization is another transaction.
            #expect(try await store.markFraudulent([Fixtures.marker("t-1", in: "200")]) == ["t-1"])
            #expect(try await store.unprocessedEventCount() == 0)
            #expect(try await store.markFraudulent([]) == [])

            await #expect(throws: StoreError.missingReference("organization 999")) {
                _ = try await store.markFraudulent([
                    Fixtures.marker("t-2", in: "200"), Fixtures.marker("t-1", in: "999"),
                ])
            }
            // Nothing of the failed call was stored: t-2 of 200 can still be marked.
            #expect(try await store.markFraudulent([Fixtures.marker("t-2", in: "200")]) == ["t-2"])
        }
    }

    @Test("daily activity counts each user's transactions and returns in [start, end)", arguments: StoreBackend.enabled)
    func dailyActivity(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            let hour: Int64 = 3_600_000
            let day = 24 * hour
            try await Self.storeRecords(
                [
                    Fixtures.record("t-1", status: .approved, 0),
                    Fixtures.record("t-2", status: .returned, hour),
                    Fixtures.record("t-3", status: .returned, 2 * hour),
                    Fixtures.record("t-4", status: .settled, day),
                    Fixtures.record("t-5", status: .returned, -1),
                    Fixtures.record("t-6", user: "v", status: .settled, 3 * hour),
                    Fixtures.record("t-7", in: "200", status: .returned, hour),
                ],
                in: store
            )
            let u = UserKey(organizationID: OrganizationID("100"), userID: UserID("u"))
            let v = UserKey(organizationID: OrganizationID("100"), userID: UserID("v"))
            let namesake = UserKey(organizationID: OrganizationID("200"), userID: UserID("u"))
            #expect(
                try await store.dailyActivity(from: Fixtures.date(0), to: Fixtures.date(day)) == [
                    u: DailyActivity(transactions: 3, returns: 2),
                    v: DailyActivity(transactions: 1, returns: 0),
                    namesake: DailyActivity(transactions: 1, returns: 1),
                ]
            )
            #expect(
                try await store.dailyActivity(from: Fixtures.date(day), to: Fixtures.date(2 * day)) == [
                    u: DailyActivity(transactions: 1, returns: 0)
                ]
            )
            #expect(try await store.dailyActivity(from: Fixtures.date(-day), to: Fixtures.date(-day + 1)) == [:])

            // A record rewritten as returned counts as a return.
            try await Self.storeRecords(
                [Fixtures.record("t-6", user: "v", status: .returned, 3 * hour)],
                event: "returned",
                in: store
            )
            #expect(
                try await store.dailyActivity(from: Fixtures.date(0), to: Fixtures.date(day))[v]
                    == DailyActivity(transactions: 1, returns: 1)
            )
        }
    }

    @Test(
        "flags are stored once per organization, user, kind and day, with the notifications of those stored",
        arguments: StoreBackend.enabled
    )
    func flagsAreDeduplicated(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            func notification(of flag: TransactionFlag) -> OutboxNotification {
                Fixtures.notification(
                    "flag/" + flag.flagID,
                    in: flag.organizationID.rawValue,
                    event: .failedTransaction,
                    user: flag.userID.rawValue,
                    transaction: flag.transactionID
                )
            }
            let volume = Fixtures.flag("f-1", 0)
            let sameDay = Fixtures.flag("f-2", 1)
            let returns = Fixtures.flag("f-3", kind: .dailyReturns, 10)
            var stored = try await store.recordFlags(
                [volume, sameDay, returns],
                notifications: [volume, sameDay, returns].map(notification(of:))
            )
            #expect(stored == [volume, returns])

            let again = Fixtures.flag("f-7", 50)
            let nextDay = Fixtures.flag("f-4", day: "2023-11-15", 20)
            let elsewhere = Fixtures.flag("f-5", in: "200", 5)
            let amount = Fixtures.flag("f-6", user: "v", kind: .abnormalAmount, transaction: "t-9", 20)
            stored = try await store.recordFlags(
                [again, nextDay, elsewhere, amount, volume],
                notifications: [again, nextDay, elsewhere, amount].map(notification(of:))
            )
            #expect(stored == [nextDay, elsewhere, amount])
            #expect(try await store.recordFlags([], notifications: []) == [])

            #expect(
                try await store.transactionFlags(in: nil, limit: 10) == [amount, nextDay, returns, elsewhere, volume]
            )
            #expect(
                try await store.transactionFlags(in: OrganizationID("100"), limit: 10) == [
                    amount, nextDay, returns, volume,
                ]
            )
            #expect(try await store.transactionFlags(in: OrganizationID("100"), limit: 2) == [amount, nextDay])
            #expect(try await store.transactionFlags(in: OrganizationID("200"), limit: 10) == [elsewhere])
            #expect(try await store.transactionFlags(in: OrganizationID("999"), limit: 10) == [])

            let keys = try await store.notifications(
                in: OrganizationID("100"),
                event: nil,
                afterSequence: nil,
                limit: 10
            ).map(\.sourceKey)
            #expect(keys == ["flag/f-1", "flag/f-3", "flag/f-4", "flag/f-6"])
            let elsewhereKeys = try await store.notifications(
                in: OrganizationID("200"),
                event: nil,
                afterSequence: nil,
                limit: 10
            ).map(\.sourceKey)
            #expect(elsewhereKeys == ["flag/f-5"])

            await #expect(throws: StoreError.missingReference("organization 999")) {
                _ = try await store.recordFlags(
                    [Fixtures.flag("f-8", day: "2023-11-16"), Fixtures.flag("f-9", in: "999")],
                    notifications: []
                )
            }
            #expect(try await store.transactionFlags(in: nil, limit: 10).count == 5)
        }
    }
}
