import Foundation

/// The outbox notifications that announce ledger movements and matching decisions.
struct RewardNotifications {
    let index: CatalogIndex
    let ids: any IDGenerator
    let now: Date

    /// The notifications of a new ledger entry: approved → `earnedRewardApproved`; settled → `earnedRewardSettled`
    /// and `validTransaction` (none for a settlement that adds nothing); rejected → `earnedRewardRejected`;
    /// clawback → `clawback`.
    func notifications(
        for entry: RewardLedgerEntry,
        event: TransactionEvent?,
        terms: RewardTerms?
    ) -> [OutboxNotification] {
        let merchantName = self.index.merchants[entry.merchantID]?.name ?? entry.merchantID.rawValue
        var content = self.content(for: entry, event: event, merchantName: merchantName, terms: terms)
        let reward = Money.format(abs(entry.userCents))
        switch entry.movement {
        case .approved:
            content.message = "You will earn a \(reward) reward on your transaction at \(merchantName)"
            return [self.notification(.earnedRewardApproved, key: entry.entryID, entry: entry, content: content)]
        case .settled:
            guard entry.userCents != 0 || entry.issuerCents != 0 else { return [] }
            content.message = "You have earned a \(reward) reward on your transaction at \(merchantName)"
            var valid = content
            valid.message =
                "Transaction \(entry.transactionID) at \(merchantName) earned \(Money.format(entry.issuerCents)) "
                + "for the issuer, \(Money.format(entry.userCents)) of it for the cardholder"
            return [
                self.notification(.earnedRewardSettled, key: entry.entryID, entry: entry, content: content),
                self.notification(.validTransaction, key: entry.entryID + "/valid", entry: entry, content: valid),
            ]
        case .rejected:
            let fraudulent = entry.sourceID == "fraud"
            content.reason = (fraudulent ? RewardRejection.fraudulent : .settlementRejected).rawValue
            content.message =
                fraudulent
                ? "The reward on your transaction at \(merchantName) was withdrawn: the transaction was reported as fraudulent"
                : "The reward on your transaction at \(merchantName) was cancelled: the transaction did not settle"
            return [self.notification(.earnedRewardRejected, key: entry.entryID, entry: entry, content: content)]
        case .clawback:
            content.reason = entry.sourceID == "fraud" ? RewardRejection.fraudulent.rawValue : "RETURN"
            content.message =
                "\(reward) of the reward on your transaction at \(merchantName) was taken back"
                + (entry.sourceID == "fraud" ? ": the transaction was reported as fraudulent" : " after a return")
            return [self.notification(.clawback, key: entry.entryID, entry: entry, content: content)]
        case .adjustment:
            content.message =
                "The reward on your transaction at \(merchantName) was adjusted by \(Money.format(entry.userCents))"
            return [self.notification(.earnedRewardSettled, key: entry.entryID, entry: entry, content: content)]
        }
    }

    /// The notification of a decision that a transaction at an offer's merchant earns nothing: a rejection with
    /// the user-level reason (not enrolled, not in the audience, redemption limit), else a failed transaction.
    func refusal(
        of explanation: MatchExplanation,
        organization: OrganizationID,
        user: UserID,
        transactionID: String,
        event: TransactionEvent,
        amountCents: Int64,
        date: Date
    ) -> OutboxNotification? {
        // The offer that came closest: refused for the user's redemptions, else the audience, else the terms.
        let closest = explanation.offers.filter { $0.rejection != nil }.max {
            Self.closeness($0.rejection) < Self.closeness($1.rejection)
        }
        guard explanation.matchedOfferID == nil, let verdict = closest, let rejection = verdict.rejection,
            let offer = self.index.offers[verdict.offerID]
        else { return nil }
        let merchantName = self.index.merchants[offer.merchantID]?.name ?? offer.merchantID.rawValue
        var content = NotificationContent(message: "No reward at \(merchantName): \(verdict.reason)")
        content.reason = rejection.rawValue
        content.merchantID = offer.merchantID
        content.merchantName = merchantName
        content.offerID = offer.id
        content.transactionAmountCents = amountCents
        content.transactionDate = date
        content.cardProductID = event.cardProductID
        let userLevel: Set<RewardRejection> = [
            .userNotEnrolled, .userNotInAudienceSegment, .maximumRedemptionLimitReached,
        ]
        return OutboxNotification(
            organizationID: organization,
            notificationID: self.ids.uuid().uuidString.lowercased(),
            sourceKey: "\(transactionID)/decision",
            event: userLevel.contains(rejection) ? .earnedRewardRejected : .failedTransaction,
            userID: user,
            transactionID: transactionID,
            content: content,
            createdAt: self.now
        )
    }

    /// How far down the rules an offer got before `rejection` refused it.
    static func closeness(_ rejection: RewardRejection?) -> Int {
        switch rejection {
        case .maximumRedemptionLimitReached: 3
        case .userNotInAudienceSegment: 2
        case .termsNotMet: 1
        default: 0
        }
    }

    private func content(
        for entry: RewardLedgerEntry,
        event: TransactionEvent?,
        merchantName: String,
        terms: RewardTerms?
    ) -> NotificationContent {
        var content = NotificationContent(message: "")
        content.merchantID = entry.merchantID
        content.merchantName = merchantName
        content.offerID = entry.offerID
        content.transactionAmountCents = entry.transactionAmountCents
        content.transactionDate = entry.transactionDate
        content.cardProductID = event?.cardProductID
        content.userCents = entry.userCents
        content.issuerCents = entry.issuerCents
        if let offer = self.index.offers[entry.offerID] {
            content.purchaseChannels = offer.purchaseChannels
        }
        if let terms {
            let reward = CardholderReward(terms: terms)
            content.userReward = reward.type
            content.userRewardAmount = reward.amount
        }
        if let merchant = self.index.merchants[entry.merchantID] {
            content.categoryName = merchant.category.rawValue
        }
        return content
    }

    private func notification(
        _ event: NotificationEvent,
        key: String,
        entry: RewardLedgerEntry,
        content: NotificationContent
    ) -> OutboxNotification {
        OutboxNotification(
            organizationID: entry.organizationID,
            notificationID: self.ids.uuid().uuidString.lowercased(),
            sourceKey: key,
            event: event,
            userID: entry.userID,
            transactionID: entry.transactionID,
            content: content,
            createdAt: self.now
        )
    }
}
