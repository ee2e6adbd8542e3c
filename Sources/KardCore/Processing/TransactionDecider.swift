import Foundation

/// Decides a batch of claimed transactions: folds each one's events into its lifecycle, matches it (once, on its
/// first purchase event), plans the ledger entries it still needs with their notifications, feeds the merchant
/// history and flags abnormal amounts. Pure: it reads only the batch and the catalog index, so the store can call
/// it inside its database transaction.
public struct TransactionDecider: Sendable {
    public let index: CatalogIndex
    public let now: Date
    public let ids: any IDGenerator
    public let thresholds: MonitoringThresholds

    public init(index: CatalogIndex, now: Date, ids: any IDGenerator, thresholds: MonitoringThresholds = .standard) {
        self.index = index
        self.now = now
        self.ids = ids
        self.thresholds = thresholds
    }

    /// The changes for `batch`. Transactions of one user are decided in batch order, each seeing the purchases and
    /// rewards of those before it.
    public func decide(_ batch: ProcessingBatch) throws -> ProcessingChanges {
        var changes = ProcessingChanges()
        var history = batch.purchaseHistory
        var redemptions = batch.rewardedTransactions
        let matcher = TransactionMatcher(index: self.index)
        let notifications = RewardNotifications(index: self.index, ids: self.ids, now: self.now)
        for pending in batch.transactions {
            let events = try pending.events.map { try StoredValues.decodeJSON(TransactionEvent.self, from: $0.payload) }
            guard let lifecycle = TransactionLifecycle(events: events),
                let organization = batch.organizations[pending.organizationID]
            else { continue }
            let event = lifecycle.describingEvent
            let key = UserKey(organizationID: pending.organizationID, userID: event.userID)
            var explanation: MatchExplanation
            let isNewDecision: Bool
            if let previous = pending.record?.explanation, Self.stands(previous, for: lifecycle) {
                explanation = previous
                isNewDecision = false
            } else {
                explanation = matcher.decide(
                    lifecycle,
                    transactionID: pending.transactionID,
                    cardholder: .init(
                        user: batch.users[key],
                        userID: event.userID,
                        history: history[key] ?? [:],
                        redemptions: redemptions[key] ?? [:]
                    ),
                    organization: organization,
                    now: self.now
                )
                isNewDecision = true
            }
            let merchantID =
                explanation.matchedOfferID.flatMap { self.index.offers[$0]?.merchantID }
                ?? pending.record?.merchantID ?? explanation.merchants.first?.merchantID
            var entries: [RewardLedgerEntry] = []
            // A reward an audit granted to a transaction that matched nothing is still taken back by a fraud marker.
            let granted = pending.isFraudMarked ? pending.ledger.last : nil
            if let offerID = explanation.matchedOfferID ?? granted?.offerID,
                let merchantID = merchantID ?? granted?.merchantID
            {
                let plan = RewardPlan(
                    transactionID: pending.transactionID,
                    organizationID: pending.organizationID,
                    userID: event.userID,
                    offerID: offerID,
                    merchantID: merchantID,
                    terms: explanation.terms,
                    now: self.now
                )
                entries = plan.entries(for: lifecycle, ledger: pending.ledger, isFraudMarked: pending.isFraudMarked)
                changes.ledgerEntries += entries
                changes.notifications += entries.flatMap {
                    notifications.notifications(for: $0, event: event, terms: explanation.terms)
                }
            } else if isNewDecision, lifecycle.hasPurchase,
                let refusal = notifications.refusal(
                    of: explanation,
                    organization: pending.organizationID,
                    user: event.userID,
                    transactionID: pending.transactionID,
                    event: event,
                    amountCents: lifecycle.purchaseCents,
                    date: lifecycle.purchaseDate
                )
            {
                changes.notifications.append(refusal)
            }
            let ledger = pending.ledger + entries
            let isRewarded =
                !pending.isFraudMarked && explanation.matchedOfferID != nil
                && (ledger.contains { $0.movement == .settled }
                    || (ledger.contains { $0.movement == .approved } && !ledger.contains { $0.movement == .rejected }))
            if pending.isFraudMarked, !explanation.summary.hasPrefix("Marked fraudulent") {
                explanation.summary = "Marked fraudulent by the issuer: no reward. " + explanation.summary
            }
            var isPurchaseRecorded = pending.record?.isPurchaseRecorded ?? false
            // A purchase counts in the merchant history once settled: an authorization may still be reversed.
            if !isPurchaseRecorded, !lifecycle.settlements.isEmpty, let merchantID {
                changes.purchases.append(
                    MerchantPurchase(
                        organizationID: pending.organizationID,
                        userID: event.userID,
                        merchantID: merchantID,
                        date: lifecycle.purchaseDate
                    )
                )
                history[key, default: [:]][merchantID] = Self.adding(
                    lifecycle.purchaseDate,
                    to: history[key]?[merchantID]
                )
                isPurchaseRecorded = true
            }
            if isRewarded, let offerID = explanation.matchedOfferID {
                redemptions[key, default: [:]][offerID, default: []].insert(pending.transactionID)
            }
            if isNewDecision, lifecycle.purchaseCents > self.thresholds.abnormalAmountCents {
                let (flag, notification) = self.abnormalAmountFlag(
                    pending: pending,
                    user: event.userID,
                    lifecycle: lifecycle
                )
                changes.flags.append(flag)
                changes.notifications.append(notification)
            }
            changes.records.append(
                TransactionRecord(
                    organizationID: pending.organizationID,
                    transactionID: pending.transactionID,
                    userID: event.userID,
                    status: lifecycle.status,
                    amountCents: lifecycle.amountCents,
                    transactionDate: lifecycle.purchaseDate,
                    merchantID: merchantID,
                    offerID: explanation.matchedOfferID,
                    isRewarded: isRewarded,
                    isPurchaseRecorded: isPurchaseRecorded,
                    explanation: explanation,
                    createdAt: pending.record?.createdAt ?? self.now,
                    updatedAt: self.now
                )
            )
        }
        return changes
    }

    /// Whether an earlier decision still holds: it was made on a purchase, and it matched an offer or the purchase
    /// has not grown since (a decision made on a refund alone is made again once the purchase arrives).
    static func stands(_ previous: MatchExplanation, for lifecycle: TransactionLifecycle) -> Bool {
        guard lifecycle.hasPurchase else { return true }
        guard previous.decidedOnPurchase else { return false }
        return previous.matchedOfferID != nil || lifecycle.purchaseCents <= previous.purchaseCents
    }

    private static func adding(_ date: Date, to summary: PurchaseSummary?) -> PurchaseSummary {
        guard let summary else { return PurchaseSummary(firstPurchaseAt: date, lastPurchaseAt: date, count: 1) }
        return PurchaseSummary(
            firstPurchaseAt: min(summary.firstPurchaseAt, date),
            lastPurchaseAt: max(summary.lastPurchaseAt, date),
            count: summary.count + 1
        )
    }

    private func abnormalAmountFlag(
        pending: PendingTransaction,
        user: UserID,
        lifecycle: TransactionLifecycle
    ) -> (TransactionFlag, OutboxNotification) {
        let day = UTCDay.string(lifecycle.purchaseDate)
        let flag = TransactionFlag(
            organizationID: pending.organizationID,
            flagID: TransactionFlag.id(
                organization: pending.organizationID,
                user: user,
                kind: .abnormalAmount,
                day: day
            ),
            userID: user,
            kind: .abnormalAmount,
            day: day,
            transactionID: pending.transactionID,
            detail: "transaction \(pending.transactionID) of \(Money.format(lifecycle.purchaseCents)) is above "
                + Money.format(self.thresholds.abnormalAmountCents),
            createdAt: self.now
        )
        return (flag, flag.notification(id: self.ids.uuid().uuidString.lowercased()))
    }
}
