/// What a cardholder earns from an offer: the offer's total commission times the organization's issuer share
/// times its cardholder share, rounded down (basis points for a percent reward, cents for a flat one).
public struct CardholderReward: Sendable, Equatable {
    public var type: RewardType
    /// Basis points for `percent`, cents for `flat`.
    public var amount: Int64

    public init(type: RewardType, amount: Int64) {
        self.type = type
        self.amount = amount
    }

    /// The cardholder's share of `offer` under `splits`.
    public init(offer: Offer, splits: CommissionSplits) {
        self.init(type: offer.commissionType, totalCommission: offer.totalCommission, splits: splits)
    }

    /// The cardholder's share of the offer whose reward `terms` are these.
    public init(terms: RewardTerms) {
        self.init(type: terms.commissionType, totalCommission: terms.totalCommission, splits: terms.splits)
    }

    private init(type: RewardType, totalCommission: Int64, splits: CommissionSplits) {
        let issuerShare = totalCommission * Int64(splits.cardLinkedBasisPoints) / 10_000
        self.init(type: type, amount: issuerShare * Int64(splits.cardLinkedUserBasisPoints) / 10_000)
    }

    /// The amount in the wire unit: percent (`3.5`) for a percent reward, dollars (`2.5`) for a flat one.
    public var wireValue: Double { Double(self.amount) / 100 }

    /// The reward as shown to a cardholder: `3.5%` or `$2.50` (`$5` for whole dollars).
    public var formatted: String {
        let whole = self.amount / 100
        let fraction = self.amount % 100
        switch self.type {
        case .percent:
            if fraction == 0 { return "\(whole)%" }
            let digits =
                fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0\(fraction)" : String(fraction))
            return "\(whole).\(digits)%"
        case .flat:
            return fraction == 0 ? "$\(whole)" : "$\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
        }
    }
}
