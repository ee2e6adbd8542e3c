import Foundation

/// Who is asking, and what is known of them: what eligibility and targeting decide on.
public struct DiscoveryContext: Sendable {
    public var user: User
    /// The user's purchases per merchant.
    public var history: [MerchantID: PurchaseSummary]
    public var now: Date

    public init(user: User, history: [MerchantID: PurchaseSummary], now: Date) {
        self.user = user
        self.history = history
        self.now = now
    }

    /// Whether `offer` is meant for this user now: the user is enrolled in card-linked offers, the offer is live,
    /// and its targeting holds (new customer: no purchase at the merchant; lapsed: none in the last 6 months but
    /// one before; a user list: the user is on it).
    public func isEligible(for offer: Offer) -> Bool {
        guard self.user.isCardLinkedEnrolled, offer.isLive(at: self.now) else { return false }
        return self.targetingHolds(offer.targeting, merchant: offer.merchantID)
    }

    func targetingHolds(_ targeting: OfferTargeting, merchant: MerchantID) -> Bool {
        switch targeting {
        case .everyone:
            return true
        case .newCustomers:
            return self.history[merchant] == nil
        case .lapsedCustomers:
            guard let summary = self.history[merchant] else { return false }
            return summary.lastPurchaseAt < self.lapsedBefore
        case .users(let users):
            return users.contains(self.user.id)
        }
    }

    /// Purchases before this instant are old enough for a lapsed customer.
    var lapsedBefore: Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar.date(
            byAdding: .month,
            value: -OfferTargeting.lapsedAfterMonths,
            to: self.now
        ) ?? self.now
    }
}
