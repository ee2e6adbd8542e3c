import Foundation
import KardCore

/// An in-memory stand-in for ``TransactionProcessingStore`` as its documentation describes it: it keeps the events
/// of every transaction, hands the decider the transactions with unprocessed events (oldest first) together with
/// their record, ledger, users, purchase history and rewarded transactions, and writes the changes back
/// idempotently (a ledger entry id or notification source key stored already is skipped; records are upserted;
/// purchases feed the history).
struct ProcessingHarness {
    typealias F = ProcessingFixtures

    var decider = F.decider()
    var users: [UserKey: User] = [F.key(): F.user()]
    var history: [UserKey: [MerchantID: PurchaseSummary]] = [:]
    private(set) var events: [String: [StoredTransactionEvent]] = [:]
    private var arrival: [String: Int] = [:]
    private var unprocessed: Set<String> = []
    private(set) var records: [String: TransactionRecord] = [:]
    private(set) var ledger: [RewardLedgerEntry] = []
    private(set) var notifications: [OutboxNotification] = []
    private(set) var flags: [TransactionFlag] = []
    private(set) var purchases: [MerchantPurchase] = []
    var fraudMarked: Set<String> = []

    /// Stores `events` and processes everything pending; returns what the decider produced (before deduplication).
    @discardableResult
    mutating func send(_ events: TransactionEvent...) throws -> ProcessingChanges {
        try self.receive(events)
        return try self.process()
    }

    /// Stores `events` without processing them.
    mutating func receive(_ events: [TransactionEvent]) throws {
        for event in events {
            self.events[event.transactionID, default: []].append(try F.stored(event))
            self.arrival[event.eventID] = self.arrival.count
            self.unprocessed.insert(event.eventID)
        }
    }

    /// Marks every event of the transaction unprocessed (what the store does after a fraud marker or an audit).
    mutating func requeue(_ transactionID: String) {
        for event in self.events[transactionID] ?? [] { self.unprocessed.insert(event.eventID) }
    }

    mutating func markFraud(_ transactionID: String) {
        self.fraudMarked.insert(transactionID)
        self.requeue(transactionID)
    }

    func ledger(of transactionID: String) -> [RewardLedgerEntry] {
        self.ledger.filter { $0.transactionID == transactionID }
    }

    /// The batch the store would hand the decider now.
    func batch() -> ProcessingBatch {
        let pending = self.events.compactMap { transactionID, events -> (Int, PendingTransaction)? in
            let waiting = events.filter { self.unprocessed.contains($0.eventID) }
            guard let oldest = waiting.compactMap({ self.arrival[$0.eventID] }).min() else { return nil }
            return (
                oldest,
                PendingTransaction(
                    organizationID: F.organizationID,
                    transactionID: transactionID,
                    events: events,
                    unprocessedEventIDs: Set(waiting.map(\.eventID)),
                    record: self.records[transactionID],
                    ledger: self.ledger(of: transactionID),
                    isFraudMarked: self.fraudMarked.contains(transactionID)
                )
            )
        }
        .sorted { $0.0 < $1.0 }.map(\.1)
        var rewarded: [UserKey: [OfferID: Set<String>]] = [:]
        for record in self.records.values where record.isRewarded {
            guard let offerID = record.offerID else { continue }
            rewarded[UserKey(organizationID: record.organizationID, userID: record.userID), default: [:]][
                offerID,
                default: []
            ].insert(record.transactionID)
        }
        return ProcessingBatch(
            transactions: pending,
            organizations: [F.organizationID: F.organization],
            users: self.users,
            purchaseHistory: self.history,
            rewardedTransactions: rewarded
        )
    }

    /// Decides the pending transactions and writes the changes; returns the changes as the decider produced them.
    @discardableResult
    mutating func process() throws -> ProcessingChanges {
        let batch = self.batch()
        guard !batch.transactions.isEmpty else { return ProcessingChanges() }
        let changes = try self.decider.decide(batch)
        for record in changes.records { self.records[record.transactionID] = record }
        for entry in changes.ledgerEntries where !self.ledger.contains(where: { $0.entryID == entry.entryID }) {
            self.ledger.append(entry)
        }
        for notification in changes.notifications
        where !self.notifications.contains(where: { $0.sourceKey == notification.sourceKey }) {
            self.notifications.append(notification)
        }
        for flag in changes.flags where !self.flags.contains(where: { $0.flagID == flag.flagID }) {
            self.flags.append(flag)
        }
        for purchase in changes.purchases {
            self.purchases.append(purchase)
            let key = UserKey(organizationID: purchase.organizationID, userID: purchase.userID)
            let old = self.history[key]?[purchase.merchantID]
            self.history[key, default: [:]][purchase.merchantID] = PurchaseSummary(
                firstPurchaseAt: min(old?.firstPurchaseAt ?? purchase.date, purchase.date),
                lastPurchaseAt: max(old?.lastPurchaseAt ?? purchase.date, purchase.date),
                count: (old?.count ?? 0) + 1
            )
        }
        for pending in batch.transactions { self.unprocessed.subtract(pending.unprocessedEventIDs) }
        return changes
    }
}
