import Foundation
import KardCore
import Testing

/// The decider's ledger, notifications, records and purchases over a transaction's life. Rules of matching (who
/// earns which offer) are in ``TransactionDeciderMatchingTests``.
@Suite("Transaction decider: rewards over a transaction's life")
struct TransactionDeciderTests {
    typealias F = ProcessingFixtures

    static let everyone = OfferID("hilltop-everyone")

    @Test("An approval writes one approved entry and an earnedRewardApproved notification")
    func approval() throws {
        let changes = try F.decider().decide(F.batch([try F.pending([F.approved("a1", tx: "tx1", 10_000)])]))

        let entry = try #require(changes.ledgerEntries.first)
        #expect(changes.ledgerEntries.count == 1)
        #expect(entry.movement == .approved)
        #expect(entry.entryID == "tx1/approved/a1")
        #expect(entry.sourceID == "a1")
        #expect(entry.transactionID == "tx1")
        #expect(entry.userID == UserID("u1"))
        #expect(entry.offerID == Self.everyone)
        #expect(entry.merchantID == F.hilltop)
        #expect(entry.transactionAmountCents == 10_000)
        #expect(entry.shares == F.tenPercent(10_000))
        #expect(entry.shares == RewardShares(commissionCents: 1_000, issuerCents: 700, userCents: 350))
        #expect(entry.transactionDate == F.purchaseDate)

        let notification = try #require(changes.notifications.first)
        #expect(changes.notifications.events == [.earnedRewardApproved])
        #expect(notification.sourceKey == entry.entryID)
        #expect(notification.userID == UserID("u1"))
        #expect(notification.transactionID == "tx1")
        #expect(notification.content.userCents == 350)
        #expect(notification.content.issuerCents == 700)
        #expect(notification.content.offerID == Self.everyone)
        #expect(notification.content.merchantName == "Hilltop BBQ")
        #expect(notification.content.transactionAmountCents == 10_000)
        #expect(notification.content.message.contains("$3.50"))

        let record = try #require(changes.records.first)
        #expect(changes.records.count == 1)
        #expect(record.status == .approved)
        #expect(record.amountCents == 10_000)
        #expect(record.transactionDate == F.purchaseDate)
        #expect(record.isRewarded)
        #expect(record.offerID == Self.everyone)
        #expect(record.merchantID == F.hilltop)
        #expect(record.createdAt == F.now)
        #expect(changes.flags.isEmpty)
    }

    @Test("The settlement of an approved purchase writes a settled entry worth the reward of the settled amount")
    func approvalThenSettlement() throws {
        let decider = F.decider()
        let approval = F.approved("a1", tx: "tx1", 10_000)
        let first = try decider.decide(F.batch([try F.pending([approval])]))

        // The store hands back the record and ledger it wrote.
        let settlement = F.settled("s1", tx: "tx1", 10_000)
        var pending = try F.pending([approval, settlement], record: first.records.first, ledger: first.ledgerEntries)
        pending.unprocessedEventIDs = ["s1"]
        let second = try decider.decide(F.batch([pending]))

        let entry = try #require(second.ledgerEntries.first)
        #expect(second.ledgerEntries.count == 1)
        #expect(entry.movement == .settled)
        #expect(entry.entryID == "tx1/settled/s1")
        #expect(entry.shares == RewardShares(commissionCents: 1_000, issuerCents: 700, userCents: 350))
        #expect(entry.transactionAmountCents == 10_000)
        #expect(entry.transactionDate == F.purchaseDate.addingTimeInterval(F.day / 2))
        #expect(second.notifications.events == [.earnedRewardSettled, .validTransaction])
        #expect(second.notifications.map(\.sourceKey) == ["tx1/settled/s1", "tx1/settled/s1/valid"])
        #expect(second.notifications.allSatisfy { $0.content.userCents == 350 })

        let record = try #require(second.records.first)
        #expect(record.status == .settled)
        #expect(record.isRewarded)
        #expect(record.offerID == Self.everyone)
        #expect(record.createdAt == F.now)
        #expect(record.explanation == first.records.first?.explanation)
        #expect(second.purchases.map(\.merchantID) == [F.hilltop])
    }

    @Test("Deciding a transaction again with what was written adds no entry, notification, purchase or flag")
    func exactlyOnce() throws {
        let decider = F.decider()
        let events = [
            F.approved("a1", tx: "tx1", 2_000_000),
            F.settled("s1", tx: "tx1", 2_000_000),
            F.final("r1", tx: "tx1", .returned, 500_000, at: F.now),
        ]
        let first = try decider.decide(F.batch([try F.pending(events)]))
        #expect(!first.ledgerEntries.isEmpty)
        #expect(!first.notifications.isEmpty)
        #expect(first.purchases.count == 1)
        #expect(first.flags.count == 1)

        let again = try decider.decide(
            F.batch([try F.pending(events, record: first.records.first, ledger: first.ledgerEntries)])
        )
        #expect(again.ledgerEntries.isEmpty)
        #expect(again.notifications.isEmpty)
        #expect(again.purchases.isEmpty)
        #expect(again.flags.isEmpty)
        #expect(again.records.count == 1)
        #expect(again.records.first?.status == first.records.first?.status)
        #expect(again.records.first?.isRewarded == first.records.first?.isRewarded)
    }

    @Test("A requeued transaction (every event unprocessed again) changes nothing")
    func requeue() throws {
        var harness = ProcessingHarness()
        try harness.send(F.approved("a1", tx: "tx1", 10_000))
        try harness.send(F.settled("s1", tx: "tx1", 10_000))
        let before = (harness.ledger, harness.notifications.count, harness.history)
        harness.requeue("tx1")
        let changes = try harness.process()
        #expect(changes.records.count == 1)
        #expect(changes.ledgerEntries.isEmpty)
        #expect(changes.notifications.isEmpty)
        #expect(changes.purchases.isEmpty)
        #expect(harness.ledger == before.0)
        #expect(harness.notifications.count == before.1)
        #expect(harness.history == before.2)
    }

    @Test(
        "Settlements of $75 and $25 earn exactly the reward of $100, in either order of arrival",
        arguments: [["s75", "s25"], ["s25", "s75"], ["both"]]
    )
    func partialSettlements(order: [String]) throws {
        let s75 = F.settled("s75", tx: "tx1", 7_500, settled: F.purchaseDate.addingTimeInterval(F.day))
        let s25 = F.settled("s25", tx: "tx1", 2_500, settled: F.purchaseDate.addingTimeInterval(2 * F.day))
        var harness = ProcessingHarness()
        try harness.send(F.approved("a1", tx: "tx1", 10_000))
        for step in order {
            switch step {
            case "s75": try harness.send(s75)
            case "s25": try harness.send(s25)
            default: try harness.send(s75, s25)
            }
        }
        let settled = harness.ledger.entries(.settled)
        #expect(settled.count == 2)
        #expect(Set(settled.map(\.sourceID)) == ["s75", "s25"])
        // Not the 262 + 87 = 349 of rewarding each settlement on its own.
        #expect(settled.total == RewardShares(commissionCents: 1_000, issuerCents: 700, userCents: 350))
        #expect(harness.records["tx1"]?.status == .settled)
        #expect(harness.records["tx1"]?.amountCents == 10_000)
        #expect(harness.notifications.filter { $0.event == .earnedRewardSettled }.count == 2)
    }

    @Test("The first of the partial settlements earns its own reward")
    func firstPartialSettlement() throws {
        var harness = ProcessingHarness()
        try harness.send(F.approved("a1", tx: "tx1", 10_000))
        let changes = try harness.send(F.settled("s75", tx: "tx1", 7_500))
        #expect(changes.ledgerEntries.map(\.shares) == [F.tenPercent(7_500)])
        #expect(F.tenPercent(7_500) == RewardShares(commissionCents: 750, issuerCents: 525, userCents: 262))
    }

    @Test("A settlement arriving before its approval earns once; the late approval adds nothing")
    func settlementBeforeApproval() throws {
        var harness = ProcessingHarness()
        let first = try harness.send(F.settled("s1", tx: "tx1", 10_000))
        #expect(first.ledgerEntries.map(\.movement) == [.settled])
        let late = try harness.send(F.approved("a1", tx: "tx1", 10_000))
        #expect(late.ledgerEntries.isEmpty)
        #expect(late.notifications.isEmpty)
        #expect(harness.ledger.total == F.tenPercent(10_000))
        #expect(harness.records["tx1"]?.status == .settled)
    }

    @Test("Single message (PIN debit): one settled entry, no approval")
    func singleMessage() throws {
        var harness = ProcessingHarness()
        let changes = try harness.send(F.settled("s1", tx: "tx1", 10_000))
        #expect(changes.ledgerEntries.map(\.movement) == [.settled])
        #expect(changes.ledgerEntries.first?.shares == F.tenPercent(10_000))
        #expect(changes.notifications.events == [.earnedRewardSettled, .validTransaction])
        #expect(changes.records.first?.status == .settled)
        #expect(changes.records.first?.transactionDate == F.purchaseDate)
        #expect(changes.purchases.map(\.date) == [F.purchaseDate])
    }

    @Test(
        "A reversal or decline after the approval rejects it: the negative of the approval",
        arguments: [
            TransactionStatus.reversed, .declined,
        ]
    )
    func cancellation(status: TransactionStatus) throws {
        var harness = ProcessingHarness()
        try harness.send(F.approved("a1", tx: "tx1", 10_000))
        let changes = try harness.send(F.final("c1", tx: "tx1", status, 10_000))

        let entry = try #require(changes.ledgerEntries.first)
        #expect(changes.ledgerEntries.count == 1)
        #expect(entry.movement == .rejected)
        #expect(entry.entryID == "tx1/rejected/c1")
        #expect(entry.shares == -F.tenPercent(10_000))
        #expect(entry.transactionAmountCents == 10_000)
        #expect(harness.ledger.total == .zero)
        #expect(changes.notifications.events == [.earnedRewardRejected])
        #expect(changes.notifications.first?.content.reason == "SETTLEMENT_REJECTED")
        let record = try #require(harness.records["tx1"])
        #expect(record.status == status)
        #expect(!record.isRewarded)
        #expect(record.offerID == Self.everyone)

        // Repeating the cancellation does nothing more.
        harness.requeue("tx1")
        let again = try harness.process()
        #expect(again.ledgerEntries.isEmpty)
        #expect(again.notifications.isEmpty)
    }

    @Test("A partial return claws back the returned share; the rest of the return takes back everything")
    func returns() throws {
        var harness = ProcessingHarness()
        try harness.send(F.approved("a1", tx: "tx1", 10_000), F.settled("s1", tx: "tx1", 10_000))
        #expect(harness.ledger.entries(.settled).total == F.tenPercent(10_000))

        let partial = try harness.send(F.final("r1", tx: "tx1", .returned, 4_000, at: F.now))
        let clawback = try #require(partial.ledgerEntries.first)
        #expect(partial.ledgerEntries.count == 1)
        #expect(clawback.movement == .clawback)
        #expect(clawback.entryID == "tx1/clawback/r1")
        #expect(clawback.transactionAmountCents == 4_000)
        // The reward of the $60 kept (600 / 420 / 210) minus that of the $100 (1000 / 700 / 350).
        #expect(clawback.shares == RewardShares(commissionCents: -400, issuerCents: -280, userCents: -140))
        #expect(partial.notifications.events == [.clawback])
        #expect(partial.notifications.first?.content.reason == "RETURN")
        #expect(partial.notifications.first?.content.message.contains("$1.40") == true)
        #expect(harness.records["tx1"]?.status == .settled)

        let rest = try harness.send(F.final("r2", tx: "tx1", .returned, 6_000, at: F.now.addingTimeInterval(60)))
        #expect(rest.ledgerEntries.map(\.movement) == [.clawback])
        #expect(rest.ledgerEntries.first?.shares == -F.tenPercent(6_000))
        let earnings = harness.ledger.filter { $0.movement.countsTowardEarnings }
        #expect(earnings.total == .zero)
        #expect(harness.records["tx1"]?.status == .returned)
    }

    @Test("A full return takes back everything the settlements earned")
    func fullReturn() throws {
        var harness = ProcessingHarness()
        try harness.send(F.settled("s1", tx: "tx1", 7_500), F.settled("s2", tx: "tx1", 2_500))
        let changes = try harness.send(F.final("r1", tx: "tx1", .returned, 10_000, at: F.now))
        #expect(changes.ledgerEntries.map(\.movement) == [.clawback])
        #expect(changes.ledgerEntries.first?.shares == -F.tenPercent(10_000))
        #expect(harness.ledger.total == .zero)
        #expect(harness.records["tx1"]?.status == .returned)
    }

    @Test("A return of a purchase never seen earns and takes nothing, and is decided again when the purchase comes")
    func returnWithoutPurchase() throws {
        var harness = ProcessingHarness()
        let first = try harness.send(F.final("r1", tx: "tx1", .returned, 2_000, at: F.now))
        #expect(first.ledgerEntries.isEmpty)
        #expect(first.notifications.isEmpty)
        #expect(first.purchases.isEmpty)
        let record = try #require(harness.records["tx1"])
        #expect(record.status == .returned)
        #expect(!record.isRewarded)
        #expect(!record.isPurchaseRecorded)
        #expect(!record.explanation.decidedOnPurchase)

        // The purchase arrives later: it earns, and the earlier return takes back its share of $20.
        let later = try harness.send(F.settled("s1", tx: "tx1", 10_000))
        #expect(later.ledgerEntries.map(\.movement) == [.settled, .clawback])
        #expect(later.ledgerEntries.first?.shares == F.tenPercent(10_000))
        // The reward of the $80 kept (800 / 560 / 280) minus that of the $100.
        #expect(
            later.ledgerEntries.last?.shares == RewardShares(commissionCents: -200, issuerCents: -140, userCents: -70)
        )
        #expect(later.purchases.count == 1)
        #expect(harness.records["tx1"]?.explanation.decidedOnPurchase == true)
    }

    @Test("Fraud marked after settlement takes back everything earned")
    func fraudAfterSettlement() throws {
        var harness = ProcessingHarness()
        try harness.send(F.approved("a1", tx: "tx1", 10_000))
        try harness.send(F.settled("s1", tx: "tx1", 10_000))
        harness.markFraud("tx1")
        let changes = try harness.process()

        let clawback = try #require(changes.ledgerEntries.first { $0.movement == .clawback })
        #expect(clawback.entryID == "tx1/clawback/fraud")
        #expect(clawback.shares == -F.tenPercent(10_000))
        #expect(harness.ledger.filter { $0.movement.countsTowardEarnings }.total == .zero)
        #expect(changes.ledgerEntries.allSatisfy { $0.shares.userCents <= 0 })
        let clawbackNotice = try #require(changes.notifications.first { $0.event == .clawback })
        #expect(clawbackNotice.content.reason == "FRAUDULENT")
        let record = try #require(harness.records["tx1"])
        #expect(!record.isRewarded)
        #expect(record.explanation.summary.hasPrefix("Marked fraudulent"))

        harness.requeue("tx1")
        let again = try harness.process()
        #expect(again.ledgerEntries.isEmpty)
        #expect(again.notifications.isEmpty)
        #expect(harness.records["tx1"]?.explanation.summary.components(separatedBy: "Marked fraudulent").count == 2)
    }

    @Test("Fraud marked after the approval only withdraws the approval")
    func fraudAfterApproval() throws {
        var harness = ProcessingHarness()
        try harness.send(F.approved("a1", tx: "tx1", 10_000))
        harness.markFraud("tx1")
        let changes = try harness.process()
        #expect(changes.ledgerEntries.map(\.entryID) == ["tx1/rejected/fraud"])
        #expect(changes.ledgerEntries.first?.shares == -F.tenPercent(10_000))
        #expect(changes.notifications.events == [.earnedRewardRejected])
        #expect(changes.notifications.first?.content.reason == "FRAUDULENT")
        // A settlement arriving after the marker earns nothing.
        let settled = try harness.send(F.settled("s1", tx: "tx1", 10_000))
        #expect(settled.ledgerEntries.isEmpty)
        #expect(settled.notifications.isEmpty)
        #expect(harness.records["tx1"]?.isRewarded == false)
    }

    @Test("Fraud marked before any reward writes nothing")
    func fraudBeforeReward() throws {
        let pending = try F.pending(
            [F.approved("a1", tx: "tx1", 10_000), F.settled("s1", tx: "tx1", 10_000)],
            isFraudMarked: true
        )
        let changes = try F.decider().decide(F.batch([pending]))
        #expect(changes.ledgerEntries.isEmpty)
        #expect(changes.notifications.isEmpty)
        let record = try #require(changes.records.first)
        #expect(!record.isRewarded)
        #expect(record.status == .settled)
        #expect(record.explanation.summary.hasPrefix("Marked fraudulent"))
    }

    @Test("The purchase is added to the history once per transaction, when it settles")
    func purchaseRecordedOnce() throws {
        var harness = ProcessingHarness()
        let approval = try harness.send(F.approved("a1", tx: "tx1", 10_000))
        #expect(approval.purchases.isEmpty)
        #expect(harness.records["tx1"]?.isPurchaseRecorded == false)
        let settlement = try harness.send(F.settled("s1", tx: "tx1", 10_000))
        #expect(
            settlement.purchases == [
                MerchantPurchase(
                    organizationID: F.organizationID,
                    userID: UserID("u1"),
                    merchantID: F.hilltop,
                    date: F.purchaseDate
                )
            ]
        )
        #expect(harness.records["tx1"]?.isPurchaseRecorded == true)
        let second = try harness.send(F.settled("s2", tx: "tx1", 1_000))
        #expect(second.purchases.isEmpty)
        let refund = try harness.send(F.final("r1", tx: "tx1", .returned, 1_000))
        #expect(refund.purchases.isEmpty)
        #expect(harness.history[F.key()]?[F.hilltop]?.count == 1)
    }

    @Test("A purchase at a merchant without offers still joins the history; an unknown merchant's does not")
    func purchasesWithoutOffers() throws {
        let changes = try F.decider().decide(
            F.batch([
                try F.pending([F.settled("s1", tx: "bagels", 1_000, description: "PLAIN BAGELS #4")]),
                try F.pending([F.settled("s2", tx: "unknown", 1_000, description: "NOWHERE STORE")]),
            ])
        )
        #expect(changes.ledgerEntries.isEmpty)
        #expect(changes.notifications.isEmpty)
        #expect(changes.purchases.map(\.merchantID) == [F.bagels])
        let bagels = try #require(changes.records.first { $0.transactionID == "bagels" })
        #expect(bagels.merchantID == F.bagels)
        #expect(bagels.offerID == nil)
        #expect(!bagels.isRewarded)
        #expect(bagels.explanation.summary.contains("no offer"))
        let unknown = try #require(changes.records.first { $0.transactionID == "unknown" })
        #expect(unknown.merchantID == nil)
        #expect(unknown.offerID == nil)
        #expect(!unknown.isPurchaseRecorded)
        #expect(unknown.explanation.summary.contains("NOWHERE STORE"))
    }

    @Test("An amount above the monitoring threshold raises one flag, announced under flag/<flagID>")
    func abnormalAmount() throws {
        var harness = ProcessingHarness()
        let changes = try harness.send(F.approved("big", tx: "tx-big", 1_000_001))
        let flag = try #require(changes.flags.first)
        #expect(changes.flags.count == 1)
        #expect(flag.kind == .abnormalAmount)
        #expect(flag.transactionID == "tx-big")
        #expect(flag.userID == UserID("u1"))
        #expect(flag.day == "2026-05-19")
        #expect(flag.flagID == "org1/u1/ABNORMAL_AMOUNT/2026-05-19")
        #expect(flag.detail.contains("$10000.01"))
        let notice = try #require(changes.notifications.first { $0.sourceKey == "flag/\(flag.flagID)" })
        #expect(notice.event == .failedTransaction)
        #expect(notice.content.reason == "SUSPECTED_FRAUD")
        #expect(notice.transactionID == "tx-big")
        // The purchase still earns its reward.
        #expect(changes.ledgerEntries.map(\.movement) == [.approved])

        let settlement = try harness.send(F.settled("big-s", tx: "tx-big", 1_000_001))
        #expect(settlement.flags.isEmpty)
        #expect(!settlement.notifications.contains { $0.sourceKey.hasPrefix("flag/") })
    }

    @Test("An amount at the threshold, or below a custom one, raises no flag")
    func amountAtThreshold() throws {
        let atThreshold = try F.decider().decide(F.batch([try F.pending([F.approved("a", tx: "t", 1_000_000)])]))
        #expect(atThreshold.flags.isEmpty)
        #expect(!atThreshold.notifications.contains { $0.event == .failedTransaction })
        let custom = F.decider(thresholds: MonitoringThresholds(abnormalAmountCents: 5_000))
        let flagged = try custom.decide(F.batch([try F.pending([F.approved("a", tx: "t", 5_001)])]))
        #expect(flagged.flags.map(\.kind) == [.abnormalAmount])
    }

    @Test("A matchedTransaction (no status, the issuer's offer id) is a settled purchase of that offer")
    func matchedTransaction() throws {
        // At the Peachtree store, where the 15 % in-store offer would otherwise win.
        let event = F.event(
            "m1",
            tx: "tx1",
            nil,
            10_000,
            kind: .matchedTransaction,
            date: F.purchaseDate,
            merchant: TransactionMerchant(street: "123 Peachtree St", zipCode: "30303"),
            matchedOfferID: "hilltop-everyone"
        )
        let changes = try F.decider().decide(F.batch([try F.pending([event])]))
        #expect(changes.ledgerEntries.map(\.movement) == [.settled])
        #expect(changes.ledgerEntries.first?.offerID == Self.everyone)
        #expect(changes.ledgerEntries.first?.shares == F.tenPercent(10_000))
        #expect(changes.notifications.events == [.earnedRewardSettled, .validTransaction])
        let record = try #require(changes.records.first)
        #expect(record.status == .settled)
        #expect(record.isRewarded)
        #expect(record.offerID == Self.everyone)
        #expect(record.explanation.offers.map(\.offerID) == [Self.everyone])
        #expect(record.explanation.merchants.first?.reason.contains("hilltop-everyone") == true)
    }

    @Test("A matchedTransaction whose offer is unknown earns nothing")
    func matchedTransactionUnknownOffer() throws {
        let event = F.event("m1", tx: "tx1", nil, 10_000, kind: .matchedTransaction, matchedOfferID: "gone")
        let changes = try F.decider().decide(F.batch([try F.pending([event])]))
        #expect(changes.ledgerEntries.isEmpty)
        #expect(changes.records.first?.offerID == nil)
        #expect(changes.records.first?.merchantID == F.hilltop)
    }
}
