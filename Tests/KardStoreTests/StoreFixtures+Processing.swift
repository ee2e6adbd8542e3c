import Foundation
import KardCore
import Synchronization
import Testing

/// Test data of the processing stores: records, ledger entries, notifications, audits, flags, fraud markers.
extension Fixtures {
    /// A match explanation with every field set, including text that needs quoting in JSON.
    static func explanation(_ summary: String = "matched", offer: String? = "o-1") -> MatchExplanation {
        MatchExplanation(
            catalogVersion: 7,
            decidedAt: self.date(500),
            descriptor: "SQ *HILLTOP BBQ",
            merchants: [
                MatchExplanation.MerchantCandidate(
                    merchantID: MerchantID("m-1"),
                    name: "Hilltop \"BBQ\" — ü",
                    reason: #"descriptor "SQ *HILLTOP BBQ" matches alias "HILLTOP BBQ""#
                )
            ],
            offers: [
                MatchExplanation.OfferVerdict(
                    offerID: OfferID("o-1"),
                    name: "5% back",
                    qualifies: true,
                    reason: "5% of $100.00 = $5.00 commission"
                ),
                MatchExplanation.OfferVerdict(
                    offerID: OfferID("o-2"),
                    name: "Spend $50",
                    qualifies: false,
                    reason: "minimum spend $50.00 not reached: $12.00",
                    rejection: .termsNotMet
                ),
            ],
            matchedOfferID: offer.map(OfferID.init),
            summary: summary
        )
    }

    /// A transaction record dated `offset` milliseconds after ``date(_:)``.
    static func record(
        _ transactionID: String,
        in organization: String = "100",
        user: String = "u",
        status: TransactionStatus = .approved,
        amount: Int64 = 10_000,
        _ offset: Int64 = 0,
        merchant: String? = "m-1",
        offer: String? = "o-1",
        isRewarded: Bool = false,
        summary: String = "matched"
    ) -> TransactionRecord {
        TransactionRecord(
            organizationID: OrganizationID(organization),
            transactionID: transactionID,
            userID: UserID(user),
            status: status,
            amountCents: amount,
            transactionDate: self.date(offset),
            merchantID: merchant.map(MerchantID.init),
            offerID: offer.map(OfferID.init),
            isRewarded: isRewarded,
            isPurchaseRecorded: isRewarded,
            explanation: self.explanation(summary, offer: offer),
            createdAt: self.date(1_000),
            updatedAt: self.date(2_000)
        )
    }

    /// A ledger entry with id `{transaction}/{movement}/{event}`, dated `offset` milliseconds after ``date(_:)``.
    static func ledgerEntry(
        _ transactionID: String,
        _ movement: RewardMovement,
        event: String = "e",
        in organization: String = "100",
        user: String = "u",
        userCents: Int64 = 175,
        _ offset: Int64 = 0,
        payment: IssuerPayment = .unpaid,
        paidAt: Date? = nil
    ) -> RewardLedgerEntry {
        RewardLedgerEntry(
            organizationID: OrganizationID(organization),
            entryID: "\(transactionID)/\(movement.rawValue)/\(event)",
            transactionID: transactionID,
            userID: UserID(user),
            offerID: OfferID("o-1"),
            merchantID: MerchantID("m-1"),
            movement: movement,
            sourceID: event,
            transactionAmountCents: 10_000,
            commissionCents: userCents * 4,
            issuerCents: userCents * 2,
            userCents: userCents,
            transactionDate: self.date(offset),
            payment: payment,
            paidAt: paidAt,
            createdAt: self.date(offset + 60_000)
        )
    }

    /// Notification content with every field set.
    static var fullContent: NotificationContent {
        var content = NotificationContent(message: "You earned $1.75 at Hilltop \"BBQ\" — ü {x}")
        content.merchantID = MerchantID("m-1")
        content.merchantName = "Hilltop BBQ"
        content.offerID = OfferID("o-1")
        content.transactionAmountCents = 10_000
        content.transactionDate = self.date(-1_000)
        content.cardProductID = "cp-1"
        content.userCents = 175
        content.issuerCents = 350
        content.userReward = .percent
        content.userRewardAmount = 500
        content.purchaseChannels = [.inStore, .online]
        content.categoryName = "Food & Drink"
        content.reason = RewardRejection.termsNotMet.rawValue
        content.audit = NotificationContent.AuditSnapshot(audit: self.fullAudit("a-full"))
        return content
    }

    /// A notification with a new random id, created `offset` milliseconds after ``date(_:)``.
    static func notification(
        _ sourceKey: String,
        in organization: String = "100",
        event: NotificationEvent = .earnedRewardApproved,
        user: String? = "u",
        transaction: String? = "t-1",
        message: String? = nil,
        _ offset: Int64 = 0
    ) -> OutboxNotification {
        OutboxNotification(
            organizationID: OrganizationID(organization),
            notificationID: UUID().uuidString,
            sourceKey: sourceKey,
            event: event,
            userID: user.map(UserID.init),
            transactionID: transaction,
            content: message.map(NotificationContent.init(message:)) ?? self.fullContent,
            createdAt: self.date(offset)
        )
    }

    /// An audit with only the required fields, created `offset` milliseconds after ``date(_:)``.
    static func audit(
        _ auditID: String,
        in organization: String = "100",
        transaction: String = "t-1",
        status: AuditStatus = .new,
        _ offset: Int64 = 0
    ) -> Audit {
        Audit(
            organizationID: OrganizationID(organization),
            auditID: auditID,
            transactionID: transaction,
            code: 3006,
            merchantName: "Hilltop BBQ",
            description: "missing cash back",
            status: status,
            createdAt: self.date(offset),
            updatedAt: self.date(offset)
        )
    }

    /// An audit with every optional field set.
    static func fullAudit(_ auditID: String, in organization: String = "100") -> Audit {
        Audit(
            organizationID: OrganizationID(organization),
            auditID: auditID,
            userID: UserID("u"),
            transactionID: "t-1",
            code: 3005,
            merchantName: "Hilltop \"BBQ\" — ü",
            description: "wrong amount, {NULL} \\ x",
            merchantID: MerchantID("m-1"),
            transactionAmountCents: 12_345,
            preferredContactEmail: "ops@example.com",
            submitterName: "O'Brien",
            status: .inProgress,
            resolutionCode: 2,
            resolutionDescription: "paid manually",
            resolvedAt: self.date(9_000),
            createdAt: self.date(-5_000),
            updatedAt: self.date(9_001)
        )
    }

    /// A flag created `offset` milliseconds after ``date(_:)``.
    static func flag(
        _ flagID: String,
        in organization: String = "100",
        user: String = "u",
        kind: TransactionFlagKind = .dailyVolume,
        day: String = "2023-11-14",
        transaction: String? = nil,
        _ offset: Int64 = 0
    ) -> TransactionFlag {
        TransactionFlag(
            organizationID: OrganizationID(organization),
            flagID: flagID,
            userID: UserID(user),
            kind: kind,
            day: day,
            transactionID: transaction,
            detail: "14 transactions on \(day); the limit is 10",
            createdAt: self.date(offset)
        )
    }

    static func marker(_ transactionID: String, in organization: String = "100", user: String = "u") -> FraudMarker {
        FraudMarker(
            organizationID: OrganizationID(organization),
            transactionID: transactionID,
            userID: UserID(user),
            markedAt: self.date(3_000)
        )
    }

    /// `entry` as it was given: without its sequence.
    static func withoutSequence(_ entry: RewardLedgerEntry) -> RewardLedgerEntry {
        var entry = entry
        entry.sequence = 0
        return entry
    }

    /// `notification` as it was given: without its sequence.
    static func withoutSequence(_ notification: OutboxNotification) -> OutboxNotification {
        var notification = notification
        notification.sequence = 0
        return notification
    }
}

/// What `decide` closures saw, shared safely with the test.
final class Recorder<Value: Sendable>: Sendable {
    private let values = Mutex<[Value]>([])

    func append(_ value: Value) {
        self.values.withLock { $0.append(value) }
    }

    var all: [Value] {
        self.values.withLock { $0 }
    }
}

/// The transactions being decided right now, and those that were handed to a decision while another had them.
final class DecidingSet: Sendable {
    private let state = Mutex<(current: Set<String>, overlaps: [String])>(([], []))

    func enter(_ ids: [String]) {
        self.state.withLock { state in
            for id in ids where !state.current.insert(id).inserted { state.overlaps.append(id) }
        }
    }

    func leave(_ ids: [String]) {
        self.state.withLock { $0.current.subtract(ids) }
    }

    var overlaps: [String] {
        self.state.withLock { $0.overlaps }
    }
}

/// A failure thrown by a test's `decide`.
struct DecideFailure: Error, Equatable {}

extension StoreConformance {
    /// Appends `events` and processes every pending transaction once with a `decide` returning `changes`.
    /// - Returns: the batch `decide` saw.
    @discardableResult
    static func process(
        _ events: [StoredTransactionEvent],
        writing changes: ProcessingChanges,
        in store: any KardStore
    ) async throws -> ProcessingBatch? {
        if !events.isEmpty { _ = try await store.appendTransactionEvents(events) }
        let batches = Recorder<ProcessingBatch>()
        _ = try await store.processPendingTransactions(limit: 1_000) { batch in
            batches.append(batch)
            return changes
        }
        return batches.all.first
    }

    /// Stores `records` as decisions of one new event each (`{transaction}/{event}`).
    static func storeRecords(
        _ records: [TransactionRecord],
        event: String = "r",
        in store: any KardStore
    ) async throws {
        let events = records.map { record in
            Fixtures.inboxEvent(
                "\(record.transactionID)/\(event)",
                of: record.transactionID,
                in: record.organizationID.rawValue,
                user: record.userID.rawValue
            )
        }
        try await Self.process(events, writing: ProcessingChanges(records: records), in: store)
    }
}
