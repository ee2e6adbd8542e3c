import Foundation

/// The ledger entries a transaction still needs, given its events, its match and the entries it has. Entries are
/// keyed by the event that causes them, and each one moves the transaction's total from what the ledger holds to
/// what the events call for, so planning again after a crash or a repeat adds nothing.
struct RewardPlan {
    let transactionID: String
    let organizationID: OrganizationID
    let userID: UserID
    let offerID: OfferID
    let merchantID: MerchantID
    /// The matched offer's terms; `nil` when the only movements are an operator's, which only a fraud marker undoes.
    let terms: RewardTerms?
    let now: Date

    /// The new entries for `lifecycle`, given the transaction's `ledger`.
    func entries(
        for lifecycle: TransactionLifecycle,
        ledger: [RewardLedgerEntry],
        isFraudMarked: Bool
    ) -> [RewardLedgerEntry] {
        var planned: [RewardLedgerEntry] = []
        let approval = ledger.first { $0.movement == .approved }
        let isRejected = ledger.contains { $0.movement == .rejected }
        if isFraudMarked {
            let earnedMovements: Set<RewardMovement> = [.settled, .clawback, .adjustment]
            let earned = ledger.filter { earnedMovements.contains($0.movement) }.reduce(.zero) { $0 + $1.shares }
            let isSettled = ledger.contains { $0.movement == .settled }
            if let approval, !isRejected, !isSettled {
                planned.append(
                    self.entry(
                        .rejected,
                        source: "fraud",
                        amount: approval.transactionAmountCents,
                        shares: -approval.shares,
                        date: approval.transactionDate
                    )
                )
            }
            if !earned.isZero {
                planned.append(
                    self.entry(
                        .clawback,
                        source: "fraud",
                        amount: lifecycle.amountCents,
                        shares: -earned,
                        date: lifecycle.purchaseDate
                    )
                )
            }
            return planned
        }
        guard let terms else { return [] }
        var approvalShares = approval?.shares
        if approval == nil, lifecycle.status == .approved, let authorization = lifecycle.authorization {
            let shares = terms.shares(forPurchaseOf: authorization.amountCents)
            planned.append(
                self.entry(
                    .approved,
                    source: authorization.eventID,
                    amount: authorization.amountCents,
                    shares: shares,
                    date: authorization.date
                )
            )
            approvalShares = shares
        }
        if let cancellation = lifecycle.cancellation, lifecycle.settlements.isEmpty, !isRejected,
            let approvalShares, let approvedAmount = approval?.transactionAmountCents
        {
            planned.append(
                self.entry(
                    .rejected,
                    source: cancellation.step.eventID,
                    amount: approvedAmount,
                    shares: -approvalShares,
                    date: cancellation.step.date
                )
            )
        }
        // Settlements: each new one moves the settled total to the reward of the cumulative settled amount.
        let settledSources = Set(ledger.filter { $0.movement == .settled }.map(\.sourceID))
        var settledAmount = lifecycle.settlements.filter { settledSources.contains($0.eventID) }
            .reduce(0) { $0 + $1.amountCents }
        var settledShares = ledger.filter { $0.movement == .settled }.reduce(.zero) { $0 + $1.shares }
        for settlement in lifecycle.settlements where !settledSources.contains(settlement.eventID) {
            settledAmount += settlement.amountCents
            let target = terms.shares(forPurchaseOf: settledAmount)
            planned.append(
                self.entry(
                    .settled,
                    source: settlement.eventID,
                    amount: settlement.amountCents,
                    shares: target - settledShares,
                    date: settlement.date
                )
            )
            settledShares = target
        }
        // Returns: each new one moves the clawed-back total to what returning everything returned so far takes
        // back from the whole settled amount. A settlement that arrives after a return moves the target too; that
        // difference is booked on the settlement, so the end state does not depend on the order of arrival.
        guard settledAmount > 0 else { return planned }
        let clawbacks = ledger.filter { $0.movement == .clawback }
        let returnSources = Set(clawbacks.map(\.sourceID))
        var returnedAmount = lifecycle.returns.filter { returnSources.contains($0.eventID) }
            .reduce(0) { $0 + $1.amountCents }
        var clawedBack = clawbacks.reduce(.zero) { $0 + $1.shares }
        let settled = terms.shares(forPurchaseOf: settledAmount)
        for refund in lifecycle.returns where !returnSources.contains(refund.eventID) {
            returnedAmount += refund.amountCents
            let target = terms.shares(forPurchaseOf: max(settledAmount - returnedAmount, 0)) - settled
            planned.append(
                self.entry(
                    .clawback,
                    source: refund.eventID,
                    amount: refund.amountCents,
                    shares: target - clawedBack,
                    date: refund.date
                )
            )
            clawedBack = target
        }
        let target = terms.shares(forPurchaseOf: max(settledAmount - returnedAmount, 0)) - settled
        if returnedAmount > 0, target != clawedBack,
            let settlement = lifecycle.settlements.last(where: { !settledSources.contains($0.eventID) })
        {
            planned.append(
                self.entry(
                    .clawback,
                    source: settlement.eventID,
                    amount: 0,
                    shares: target - clawedBack,
                    date: settlement.date
                )
            )
        }
        return planned
    }

    private func entry(
        _ movement: RewardMovement,
        source: String,
        amount: Int64,
        shares: RewardShares,
        date: Date
    ) -> RewardLedgerEntry {
        RewardLedgerEntry(
            organizationID: self.organizationID,
            entryID: "\(self.transactionID)/\(movement.rawValue)/\(source)",
            transactionID: self.transactionID,
            userID: self.userID,
            offerID: self.offerID,
            merchantID: self.merchantID,
            movement: movement,
            sourceID: source,
            transactionAmountCents: amount,
            commissionCents: shares.commissionCents,
            issuerCents: shares.issuerCents,
            userCents: shares.userCents,
            transactionDate: date,
            createdAt: self.now
        )
    }
}

extension RewardLedgerEntry {
    /// The entry's amounts.
    public var shares: RewardShares {
        RewardShares(commissionCents: self.commissionCents, issuerCents: self.issuerCents, userCents: self.userCents)
    }
}
