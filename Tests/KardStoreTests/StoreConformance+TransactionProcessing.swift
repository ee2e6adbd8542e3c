import Foundation
import KardCore
import Testing

extension StoreConformance {
    @Test(
        "a decision is written and the claimed events marked processed; a second call finds nothing",
        arguments: StoreBackend.enabled
    )
    func processingWritesTheDecision(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            let organization = OrganizationID("100")
            let events = [
                Fixtures.inboxEvent("e-1", of: "t-1"),
                Fixtures.inboxEvent("e-2", of: "t-2", user: "v"),
                Fixtures.inboxEvent("e-3", of: "t-1", amount: 2_000),
            ]
            _ = try await store.appendTransactionEvents(events)
            #expect(try await store.unprocessedEventCount() == 3)

            let record = Fixtures.record("t-1", status: .settled, isRewarded: true)
            let declined = Fixtures.record("t-2", user: "v", status: .declined, merchant: nil, offer: nil)
            let approved = Fixtures.ledgerEntry("t-1", .approved, event: "e-1")
            let settled = Fixtures.ledgerEntry(
                "t-1",
                .settled,
                event: "e-3",
                payment: .paidInFull,
                paidAt: Fixtures.date(99)
            )
            let notification = Fixtures.notification("t-1/settled/e-3", event: .earnedRewardSettled)
            let flag = Fixtures.flag("f-1", transaction: "t-1")
            let changes = ProcessingChanges(
                records: [record, declined],
                ledgerEntries: [approved, settled],
                notifications: [notification],
                purchases: [Fixtures.purchase(by: "u", at: "m-1", 5), Fixtures.purchase(by: "u", at: "m-1", 9)],
                flags: [flag]
            )
            let batches = Recorder<ProcessingBatch>()
            let processed = try await store.processPendingTransactions(limit: 10) { batch in
                batches.append(batch)
                return changes
            }
            #expect(processed == 2)
            #expect(batches.all.count == 1)
            let batch = try #require(batches.all.first)
            try #require(batch.transactions.count == 2)
            #expect(batch.transactions.map(\.transactionID) == ["t-1", "t-2"])
            let first = batch.transactions[0]
            #expect(first.organizationID == organization)
            #expect(first.events == [events[0], events[2]])
            #expect(first.unprocessedEventIDs == ["e-1", "e-3"])
            #expect(first.record == nil)
            #expect(first.ledger.isEmpty)
            #expect(!first.isFraudMarked)
            #expect(batch.transactions[1].events == [events[1]])
            #expect(batch.transactions[1].unprocessedEventIDs == ["e-2"])
            #expect(batch.organizations == [organization: Fixtures.organization("100")])
            #expect(batch.users.isEmpty)

            #expect(try await store.unprocessedEventCount() == 0)
            #expect(try await store.transactionRecord(of: "t-1", in: organization) == record)
            #expect(try await store.transactionRecord(of: "t-2", in: organization) == declined)
            #expect(try await store.transactionRecord(of: "t-1", in: OrganizationID("200")) == nil)
            let ledger = try await store.ledgerEntries(of: "t-1", in: organization)
            #expect(ledger.map(Fixtures.withoutSequence) == [approved, settled])
            try #require(ledger.count == 2)
            #expect(ledger[0].sequence > 0 && ledger[0].sequence < ledger[1].sequence)
            let stored = try await store.notifications(in: organization, event: nil, afterSequence: nil, limit: 10)
            #expect(stored.map(Fixtures.withoutSequence) == [notification])
            #expect(
                try await store.purchaseHistory(of: UserID("u"), in: organization) == [
                    MerchantID("m-1"): PurchaseSummary(
                        firstPurchaseAt: Fixtures.date(5),
                        lastPurchaseAt: Fixtures.date(9),
                        count: 2
                    )
                ]
            )
            #expect(try await store.transactionFlags(in: organization, limit: 10) == [flag])

            let again = Recorder<ProcessingBatch>()
            let processedAgain = try await store.processPendingTransactions(limit: 10) { batch in
                again.append(batch)
                return changes
            }
            #expect(processedAgain == 0)
            #expect(again.all.isEmpty)
            #expect(try await store.ledgerEntries(of: "t-1", in: organization).count == 2)
        }
    }

    @Test(
        "a batch carries each transaction's record, ledger and fraud marker, and its organizations and users",
        arguments: StoreBackend.enabled
    )
    func processingBatchContents(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            let later = Fixtures.card("c-1", lastFour: "1111", createdAt: Fixtures.date(50))
            let earlier = Fixtures.card("c-2", lastFour: "2222", createdAt: Fixtures.date(10))
            let user = Fixtures.user("u", in: "100", profile: Fixtures.fullProfile, cards: [later, earlier])
            let namesake = Fixtures.user("u", in: "200")
            let bystander = Fixtures.user("w", in: "100")
            _ = try await store.insertUsers([user, bystander])
            _ = try await store.insertUsers([namesake])
            try await store.recordPurchases([
                Fixtures.purchase(by: "u", at: "m-1", 1), Fixtures.purchase(by: "u", at: "m-1", 3),
                Fixtures.purchase(by: "u", at: "m-2", 2), Fixtures.purchase(by: "w", at: "m-1", 4),
            ])
            try await Self.storeRecords(
                [
                    Fixtures.record("t-10", isRewarded: true),
                    Fixtures.record("t-11", isRewarded: true),
                    Fixtures.record("t-12", offer: nil, isRewarded: true),
                    Fixtures.record("t-13", offer: "o-2"),
                    Fixtures.record("t-14", offer: "o-2", isRewarded: true),
                    Fixtures.record("t-15", in: "200", offer: "o-3", isRewarded: true),
                    Fixtures.record("t-16", user: "w", isRewarded: true),
                ],
                in: store
            )

            // t-1 was decided once; a new event arrives. t-3 is marked fraudulent before its event arrives.
            let first = Fixtures.inboxEvent("e-1", of: "t-1")
            let record = Fixtures.record("t-1", summary: "first decision")
            let entry = Fixtures.ledgerEntry("t-1", .approved, event: "e-1")
            try await Self.process(
                [first],
                writing: ProcessingChanges(records: [record], ledgerEntries: [entry]),
                in: store
            )
            #expect(try await store.markFraudulent([Fixtures.marker("t-3", in: "200")]) == ["t-3"])
            let events = [
                Fixtures.inboxEvent("e-2", of: "t-1"),
                Fixtures.inboxEvent("e-3", of: "t-2", user: "gone"),
                Fixtures.inboxEvent("e-4", of: "t-3", in: "200"),
            ]
            let batch = try #require(try await Self.process(events, writing: ProcessingChanges(), in: store))

            #expect(batch.transactions.map(\.transactionID) == ["t-1", "t-2", "t-3"])
            try #require(batch.transactions.count == 3)
            let decided = batch.transactions[0]
            #expect(decided.events == [first, events[0]])
            #expect(decided.unprocessedEventIDs == ["e-2"])
            #expect(decided.record == record)
            #expect(decided.ledger.map(Fixtures.withoutSequence) == [entry])
            #expect(decided.ledger.allSatisfy { $0.sequence > 0 })
            #expect(!decided.isFraudMarked)
            #expect(batch.transactions[1].record == nil)
            #expect(!batch.transactions[1].isFraudMarked)
            #expect(batch.transactions[2].organizationID == OrganizationID("200"))
            #expect(batch.transactions[2].isFraudMarked)

            #expect(
                batch.organizations == [
                    OrganizationID("100"): Fixtures.organization("100"),
                    OrganizationID("200"): Fixtures.organization("200"),
                ]
            )
            let userKey = UserKey(user)
            let namesakeKey = UserKey(namesake)
            var expectedUser = user
            expectedUser.cards = [earlier, later]
            #expect(batch.users == [userKey: expectedUser, namesakeKey: namesake])

            let batchUsers: Set<UserKey> = [
                userKey, namesakeKey, UserKey(organizationID: OrganizationID("100"), userID: UserID("gone")),
            ]
            #expect(
                batch.purchaseHistory[userKey] == [
                    MerchantID("m-1"): PurchaseSummary(
                        firstPurchaseAt: Fixtures.date(1),
                        lastPurchaseAt: Fixtures.date(3),
                        count: 2
                    ),
                    MerchantID("m-2"): PurchaseSummary(
                        firstPurchaseAt: Fixtures.date(2),
                        lastPurchaseAt: Fixtures.date(2),
                        count: 1
                    ),
                ]
            )
            #expect(batch.purchaseHistory.filter { !$0.value.isEmpty }.keys.allSatisfy(batchUsers.contains))
            #expect(
                batch.rewardedTransactions[userKey] == [
                    OfferID("o-1"): ["t-10", "t-11"], OfferID("o-2"): ["t-14"],
                ]
            )
            #expect(batch.rewardedTransactions[namesakeKey] == [OfferID("o-3"): ["t-15"]])
            #expect(batch.rewardedTransactions.filter { !$0.value.isEmpty }.keys.allSatisfy(batchUsers.contains))
        }
    }

    @Test("a decide that throws stores nothing and leaves the events pending", arguments: StoreBackend.enabled)
    func processingRollsBackWhenDecideThrows(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            let organization = OrganizationID("100")
            _ = try await store.appendTransactionEvents([
                Fixtures.inboxEvent("e-1", of: "t-1"), Fixtures.inboxEvent("e-2", of: "t-2"),
            ])
            let changes = ProcessingChanges(
                records: [Fixtures.record("t-1")],
                ledgerEntries: [Fixtures.ledgerEntry("t-1", .approved, event: "e-1")],
                notifications: [Fixtures.notification("t-1/approved/e-1")],
                purchases: [Fixtures.purchase(by: "u", at: "m-1")],
                flags: [Fixtures.flag("f-1")]
            )
            let calls = Recorder<Int>()
            await #expect(throws: DecideFailure.self) {
                _ = try await store.processPendingTransactions(limit: 10) { batch in
                    calls.append(batch.transactions.count)
                    throw DecideFailure()
                }
            }
            #expect(calls.all == [2])
            #expect(try await store.unprocessedEventCount() == 2)
            #expect(try await store.transactionRecord(of: "t-1", in: organization) == nil)
            #expect(try await store.ledgerEntries(of: "t-1", in: organization) == [])
            #expect(try await store.notifications(in: organization, event: nil, afterSequence: nil, limit: 10) == [])
            #expect(try await store.purchaseHistory(of: UserID("u"), in: organization) == [:])
            #expect(try await store.transactionFlags(in: nil, limit: 10) == [])

            // The same transactions are offered again, still unprocessed, and can now be decided.
            let batch = try #require(try await Self.process([], writing: changes, in: store))
            #expect(batch.transactions.map(\.transactionID) == ["t-1", "t-2"])
            #expect(batch.transactions.map(\.unprocessedEventIDs) == [["e-1"], ["e-2"]])
            #expect(try await store.unprocessedEventCount() == 0)
            #expect(try await store.transactionRecord(of: "t-1", in: organization) == Fixtures.record("t-1"))
        }
    }

    @Test(
        "a change naming a missing organization fails the call and stores nothing",
        arguments: StoreBackend.enabled
    )
    func processingMissingOrganization(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            _ = try await store.appendTransactionEvents([Fixtures.inboxEvent("e-1", of: "t-1")])
            let changes = ProcessingChanges(
                records: [Fixtures.record("t-1")],
                ledgerEntries: [
                    Fixtures.ledgerEntry("t-1", .approved, event: "e-1"),
                    Fixtures.ledgerEntry("t-1", .approved, event: "e-1", in: "999"),
                ]
            )
            await #expect(throws: StoreError.missingReference("organization 999")) {
                _ = try await store.processPendingTransactions(limit: 10) { _ in changes }
            }
            #expect(try await store.unprocessedEventCount() == 1)
            #expect(try await store.transactionRecord(of: "t-1", in: OrganizationID("100")) == nil)
            #expect(try await store.ledgerEntries(of: "t-1", in: OrganizationID("100")) == [])
        }
    }

    @Test(
        "deciding again skips stored ledger entries and notifications, upserts the record, adds purchases",
        arguments: StoreBackend.enabled
    )
    func processingIsIdempotent(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            let organization = OrganizationID("100")
            let approved = Fixtures.ledgerEntry("t-1", .approved, event: "e-1")
            let notification = Fixtures.notification("t-1/approved/e-1")
            let first = Fixtures.record("t-1", status: .approved, isRewarded: true)
            try await Self.process(
                [Fixtures.inboxEvent("e-1", of: "t-1")],
                writing: ProcessingChanges(
                    records: [first],
                    ledgerEntries: [approved],
                    notifications: [notification],
                    purchases: [Fixtures.purchase(by: "u", at: "m-1", 5)]
                ),
                in: store
            )

            #expect(try await store.requeueTransaction("t-1", in: organization))
            #expect(try await store.unprocessedEventCount() == 1)
            var changedApproval = approved
            changedApproval.userCents = 999
            let settled = Fixtures.ledgerEntry("t-1", .settled, event: "e-1")
            let resent = Fixtures.notification("t-1/approved/e-1", event: .clawback)
            let second = Fixtures.record("t-1", status: .settled, amount: 12_000, isRewarded: true, summary: "again")
            let batch = try #require(
                try await Self.process(
                    [],
                    writing: ProcessingChanges(
                        records: [second],
                        ledgerEntries: [changedApproval, settled, settled],
                        notifications: [resent, Fixtures.notification("t-1/settled/e-1")],
                        purchases: [Fixtures.purchase(by: "u", at: "m-1", 8)]
                    ),
                    in: store
                )
            )
            #expect(batch.transactions.first?.unprocessedEventIDs == ["e-1"])
            #expect(batch.transactions.first?.record == first)
            #expect(batch.transactions.first?.ledger.map(Fixtures.withoutSequence) == [approved])

            #expect(try await store.transactionRecord(of: "t-1", in: organization) == second)
            #expect(
                try await store.ledgerEntries(of: "t-1", in: organization).map(Fixtures.withoutSequence) == [
                    approved, settled,
                ]
            )
            let notifications = try await store.notifications(
                in: organization,
                event: nil,
                afterSequence: nil,
                limit: 10
            )
            #expect(notifications.map(\.sourceKey) == ["t-1/approved/e-1", "t-1/settled/e-1"])
            #expect(notifications.first.map(Fixtures.withoutSequence) == notification)
            #expect(
                try await store.purchaseHistory(of: UserID("u"), in: organization)[MerchantID("m-1")]
                    == PurchaseSummary(firstPurchaseAt: Fixtures.date(5), lastPurchaseAt: Fixtures.date(8), count: 2)
            )
            #expect(try await store.unprocessedEventCount() == 0)
        }
    }

    @Test(
        "requeueing marks a transaction's events pending; events arriving after a claim stay pending",
        arguments: StoreBackend.enabled
    )
    func processingRequeueAndLateEvents(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            let organization = OrganizationID("100")
            try await Self.process(
                [Fixtures.inboxEvent("e-1", of: "t-1"), Fixtures.inboxEvent("e-2", of: "t-1")],
                writing: ProcessingChanges(),
                in: store
            )
            #expect(try await store.unprocessedEventCount() == 0)
            #expect(try await !store.requeueTransaction("missing", in: organization))
            #expect(try await !store.requeueTransaction("t-1", in: OrganizationID("200")))
            #expect(try await store.unprocessedEventCount() == 0)
            #expect(try await store.requeueTransaction("t-1", in: organization))
            #expect(try await store.requeueTransaction("t-1", in: organization))
            #expect(try await store.unprocessedEventCount() == 2)
            let requeued = try #require(try await Self.process([], writing: ProcessingChanges(), in: store))
            #expect(requeued.transactions.map(\.unprocessedEventIDs) == [["e-1", "e-2"]])

            // An event of a processed transaction: only it is unprocessed, the others are still listed.
            let late = Fixtures.inboxEvent("e-3", of: "t-1")
            let batch = try #require(try await Self.process([late], writing: ProcessingChanges(), in: store))
            #expect(batch.transactions.first?.events.map(\.eventID) == ["e-1", "e-2", "e-3"])
            #expect(batch.transactions.first?.unprocessedEventIDs == ["e-3"])

            // An event appended while its transaction is being decided is not marked processed by that decision.
            let appends = Recorder<Task<[String: InboxAppendOutcome], any Error>>()
            let racing = Fixtures.inboxEvent("e-4", of: "t-1")
            #expect(try await store.requeueTransaction("t-1", in: organization))
            let processed = try await store.processPendingTransactions(limit: 10) { batch in
                #expect(batch.transactions.first?.unprocessedEventIDs == ["e-1", "e-2", "e-3"])
                appends.append(Task { try await store.appendTransactionEvents([racing]) })
                Thread.sleep(forTimeInterval: 0.3)
                return ProcessingChanges()
            }
            #expect(processed == 1)
            for append in appends.all {
                #expect(try await append.value == ["e-4": .appended])
            }
            #expect(try await store.unprocessedEventCount() == 1)
            let next = try #require(try await Self.process([], writing: ProcessingChanges(), in: store))
            #expect(next.transactions.map(\.transactionID) == ["t-1"])
            #expect(next.transactions.first?.unprocessedEventIDs == ["e-4"])
        }
    }

    @Test(
        "a call takes at most `limit` transactions, the oldest unprocessed event first",
        arguments: StoreBackend.enabled
    )
    func processingLimitAndOrder(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            _ = try await store.appendTransactionEvents([
                Fixtures.inboxEvent("e-1", of: "t-a"),
                Fixtures.inboxEvent("e-2", of: "t-b", in: "200"),
                Fixtures.inboxEvent("e-3", of: "t-a"),
                Fixtures.inboxEvent("e-4", of: "t-c"),
                Fixtures.inboxEvent("e-5", of: "t-d"),
            ])
            let batches = Recorder<[String]>()
            func run(_ limit: Int) async throws -> Int {
                try await store.processPendingTransactions(limit: limit) { batch in
                    batches.append(batch.transactions.map(\.transactionID))
                    return ProcessingChanges()
                }
            }
            #expect(try await run(2) == 2)
            #expect(try await store.unprocessedEventCount() == 2)
            #expect(try await run(2) == 2)
            #expect(try await run(2) == 0)
            #expect(batches.all == [["t-a", "t-b"], ["t-c", "t-d"]])

            // A requeued transaction's events are older than a new event of another transaction.
            _ = try await store.appendTransactionEvents([Fixtures.inboxEvent("e-6", of: "t-c")])
            #expect(try await store.requeueTransaction("t-b", in: OrganizationID("200")))
            #expect(try await run(1) == 1)
            #expect(try await run(5) == 1)
            #expect(batches.all.suffix(2) == [["t-b"], ["t-c"]])
        }
    }

    @Test(
        "concurrent calls never hand the same transaction to two decisions",
        arguments: StoreBackend.enabled
    )
    func processingConcurrentClaims(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            let count = 24
            var events: [StoredTransactionEvent] = []
            for round in 0..<2 {
                for index in 0..<count {
                    events.append(Fixtures.inboxEvent("e-\(index)-\(round)", of: "t-\(index)", amount: round))
                }
            }
            _ = try await store.appendTransactionEvents(events)
            let handed = Recorder<String>()
            let deciding = DecidingSet()
            @Sendable func drain() async throws -> Int {
                var total = 0
                while true {
                    let processed = try await store.processPendingTransactions(limit: 4) { batch in
                        let ids = batch.transactions.map(\.transactionID)
                        deciding.enter(ids)
                        ids.forEach(handed.append)
                        Thread.sleep(forTimeInterval: 0.02)
                        deciding.leave(ids)
                        return ProcessingChanges(records: batch.transactions.map { Fixtures.record($0.transactionID) })
                    }
                    if processed == 0 { return total }
                    total += processed
                }
            }
            async let first = drain()
            async let second = drain()
            async let third = drain()
            let total = try await first + second + third
            // Every event of a transaction exists before the first claim, so each is decided exactly once.
            #expect(deciding.overlaps == [], "handed to two decisions at once")
            #expect(total == count)
            #expect(handed.all.count == count)
            #expect(Set(handed.all) == Set((0..<count).map { "t-\($0)" }))
            #expect(try await store.unprocessedEventCount() == 0)
        }
    }
}
