import Foundation

/// Decides which offer, if any, a transaction earns, and keeps the reason for every merchant and offer considered
/// (ARCHITECTURE §4, Matching). Pure: everything it needs is passed in.
public struct TransactionMatcher: Sendable {
    public let index: CatalogIndex

    public init(index: CatalogIndex) {
        self.index = index
    }

    /// Who made the purchase and what is known of them.
    public struct Cardholder: Sendable {
        public var user: User?
        public var userID: UserID
        /// The user's purchases per merchant (this transaction's own purchase not included).
        public var history: [MerchantID: PurchaseSummary]
        /// The user's other rewarded transactions per offer.
        public var redemptions: [OfferID: Set<String>]

        public init(
            user: User?,
            userID: UserID,
            history: [MerchantID: PurchaseSummary],
            redemptions: [OfferID: Set<String>]
        ) {
            self.user = user
            self.userID = userID
            self.history = history
            self.redemptions = redemptions
        }
    }

    /// The decision for a transaction, in `organization`, made at `now`.
    public func decide(
        _ lifecycle: TransactionLifecycle,
        transactionID: String,
        cardholder: Cardholder,
        organization: Organization,
        now: Date
    ) -> MatchExplanation {
        let event = lifecycle.describingEvent
        let descriptor = MerchantDescriptor(event.description)
        var explanation = MatchExplanation(
            catalogVersion: self.index.version,
            decidedAt: now,
            descriptor: descriptor.text,
            decidedOnPurchase: lifecycle.hasPurchase,
            purchaseCents: lifecycle.purchaseCents,
            summary: ""
        )
        explanation.merchants = self.candidates(for: event, descriptor: descriptor)
        guard !explanation.merchants.isEmpty else {
            explanation.summary =
                "No catalog merchant has the MID or a name matching \"\(event.description)\"; no offer applies."
            return explanation
        }
        let purchaseDate = lifecycle.purchaseDate
        var qualifying: [(offer: Offer, userCents: Int64)] = []
        for candidate in explanation.merchants {
            var offers = self.index.offersByMerchant[candidate.merchantID] ?? []
            if let matchedOfferID = event.matchedOfferID {
                offers = offers.filter { $0.id.rawValue == matchedOfferID }
            }
            for offer in offers.sorted(by: { $0.id < $1.id }) {
                let verdict = self.verdict(
                    for: offer,
                    lifecycle: lifecycle,
                    cardholder: cardholder,
                    splits: organization.commissionSplits,
                    purchaseDate: purchaseDate,
                    transactionID: transactionID
                )
                explanation.offers.append(verdict)
                if verdict.qualifies {
                    let terms = RewardTerms(offer: offer, splits: organization.commissionSplits)
                    qualifying.append((offer, terms.shares(forPurchaseOf: lifecycle.purchaseCents).userCents))
                }
            }
        }
        let best = qualifying.min { ($1.userCents, $0.offer.id) < ($0.userCents, $1.offer.id) }
        if let best {
            explanation.matchedOfferID = best.offer.id
            explanation.terms = RewardTerms(offer: best.offer, splits: organization.commissionSplits)
            let others = qualifying.count > 1 ? " (the best of \(qualifying.count) qualifying offers)" : ""
            explanation.summary = "Matched offer \(best.offer.id) \"\(best.offer.name)\"\(others)."
        } else if explanation.offers.isEmpty {
            let names = explanation.merchants.map(\.name).joined(separator: ", ")
            explanation.summary =
                "Identified \(names), which has no offer\(event.matchedOfferID == nil ? "" : " with the issuer's matchedOfferId"); no reward."
        } else {
            let reasons = explanation.offers.map { "\($0.offerID): \($0.reason)" }.joined(separator: "; ")
            explanation.summary = "No offer qualifies: \(reasons)."
        }
        return explanation
    }

    /// The merchants the event names, each with how it was recognised.
    func candidates(for event: TransactionEvent, descriptor: MerchantDescriptor) -> [MatchExplanation.MerchantCandidate]
    {
        var found: [MatchExplanation.MerchantCandidate] = []
        func add(_ merchantID: MerchantID, _ reason: String) {
            guard !found.contains(where: { $0.merchantID == merchantID }),
                let merchant = self.index.merchants[merchantID]
            else { return }
            found.append(.init(merchantID: merchantID, name: merchant.name, reason: reason))
        }
        if let matchedOfferID = event.matchedOfferID, let offer = self.index.offers[OfferID(matchedOfferID)] {
            add(offer.merchantID, "the issuer matched the transaction to offer \(matchedOfferID)")
        }
        for mid in [event.merchant?.id, event.merchant?.visaMerchantID].compactMap({ $0 }) {
            for merchantID in self.index.merchantLookup.merchants(mid: mid) { add(merchantID, "MID \(mid)") }
        }
        let descriptors = [("description", event.description), ("merchant.name", event.merchant?.name)]
        for (field, text) in descriptors {
            guard let text else { continue }
            let words = field == "description" ? descriptor : MerchantDescriptor(text)
            for match in self.index.merchantLookup.merchants(descriptor: words) {
                add(match.merchantID, "\(field) \"\(text)\" matches the name \"\(match.name)\"")
            }
        }
        return found
    }

    /// Whether `offer` holds for the purchase, with the first rule that fails or the reward maths.
    func verdict(
        for offer: Offer,
        lifecycle: TransactionLifecycle,
        cardholder: Cardholder,
        splits: CommissionSplits,
        purchaseDate: Date,
        transactionID: String
    ) -> MatchExplanation.OfferVerdict {
        func refuse(_ reason: String, _ rejection: RewardRejection) -> MatchExplanation.OfferVerdict {
            .init(offerID: offer.id, name: offer.name, qualifies: false, reason: reason, rejection: rejection)
        }
        let event = lifecycle.describingEvent
        guard let user = cardholder.user else {
            return refuse("user \(cardholder.userID) is not enrolled (no such user)", .userNotEnrolled)
        }
        guard user.isCardLinkedEnrolled else {
            return refuse("user \(user.id) is not enrolled in CARDLINKED", .userNotEnrolled)
        }
        guard offer.isLive(at: purchaseDate) else {
            return refuse(
                "the purchase on \(UTCDay.string(purchaseDate)) is outside the offer's window "
                    + "\(UTCDay.string(offer.startDate)) to \(UTCDay.string(offer.expirationDate))",
                .termsNotMet
            )
        }
        if !offer.mccs.isEmpty {
            guard let mcc = event.mcc, offer.mccs.contains(mcc) else {
                return refuse(
                    "MCC \(event.mcc ?? "(none)") is not one of the offer's MCCs \(offer.mccs.joined(separator: ", "))",
                    .termsNotMet
                )
            }
        }
        if let evidence = PurchaseChannelEvidence.channel(of: event), !offer.purchaseChannels.contains(evidence.channel)
        {
            let channels = offer.purchaseChannels.map(\.rawValue).joined(separator: ", ")
            return refuse(
                "the purchase was \(evidence.channel.rawValue) (\(evidence.reason)); the offer is \(channels) only",
                .termsNotMet
            )
        }
        if !offer.locationIDs.isEmpty {
            let locations = offer.locationIDs.compactMap { self.index.locations[$0] }
            guard let merchant = event.merchant, LocationEvidence.match(merchant, among: locations) != nil else {
                return refuse(
                    "the offer holds at \(offer.locationIDs.count) location(s) only and the purchase address "
                        + "(\(LocationEvidence.describe(event.merchant))) is not one of them",
                    .termsNotMet
                )
            }
        }
        if let minimum = offer.minimumSpendCents, lifecycle.purchaseCents < minimum {
            return refuse(
                "minimum spend \(Money.format(minimum)) not reached: \(Money.format(lifecycle.purchaseCents))",
                .termsNotMet
            )
        }
        if let refusal = self.targetingRefusal(offer, cardholder: cardholder, purchaseDate: purchaseDate) {
            return refuse(refusal, .userNotInAudienceSegment)
        }
        let limit = offer.redeemableOnce ? 1 : offer.maximumRedemptions
        if let limit {
            let earlier = cardholder.redemptions[offer.id, default: []].subtracting([transactionID]).count
            if earlier >= limit {
                return refuse(
                    "the user has earned this offer \(earlier) time(s); the limit is \(limit)",
                    .maximumRedemptionLimitReached
                )
            }
        }
        let terms = RewardTerms(offer: offer, splits: splits)
        return .init(
            offerID: offer.id,
            name: offer.name,
            qualifies: true,
            reason: terms.explain(forPurchaseOf: lifecycle.purchaseCents)
        )
    }

    /// Why the offer's targeting does not hold for the user at the purchase date, or `nil` when it holds.
    func targetingRefusal(_ offer: Offer, cardholder: Cardholder, purchaseDate: Date) -> String? {
        let summary = cardholder.history[offer.merchantID]
        switch offer.targeting {
        case .everyone:
            return nil
        case .newCustomers:
            guard let summary, summary.firstPurchaseAt < purchaseDate else { return nil }
            return
                "the offer is for new customers and the user bought there on \(UTCDay.string(summary.firstPurchaseAt))"
        case .lapsedCustomers:
            guard let summary, summary.firstPurchaseAt < purchaseDate else {
                return "the offer is for lapsed customers and the user never bought there before"
            }
            guard summary.lastPurchaseAt < OfferTargeting.lapsedCutoff(at: purchaseDate) else {
                return "the offer is for lapsed customers and the user bought there on "
                    + "\(UTCDay.string(summary.lastPurchaseAt)), within \(OfferTargeting.lapsedAfterMonths) months"
            }
            return nil
        case .users(let users):
            return users.contains(cardholder.userID) ? nil : "the offer targets a list of users without this one"
        }
    }
}
