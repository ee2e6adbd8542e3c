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
    var lapsedBefore: Date { OfferTargeting.lapsedCutoff(at: self.now) }
}

extension OfferTargeting {
    /// At `date`, a customer whose last purchase is before the returned instant is lapsed: ``lapsedAfterMonths``
    /// calendar months earlier, in UTC.
    public static func lapsedCutoff(at date: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar.date(byAdding: .month, value: -self.lapsedAfterMonths, to: date) ?? date
    }
}
