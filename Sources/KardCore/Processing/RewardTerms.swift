/// The reward terms of a matched offer, as they were when the transaction matched: later settlements and returns
/// of the transaction are computed on these terms even if the offer changes or ends.
public struct RewardTerms: Sendable, Equatable, Codable {
    public var commissionType: RewardType
    /// Basis points for `PERCENT`, cents for `FLAT`.
    public var totalCommission: Int64
    /// The largest purchase amount the commission is computed on.
    public var maximumTransactionCents: Int64?
    /// The largest commission for one purchase.
    public var maximumRewardCents: Int64?
    public var splits: CommissionSplits

    public init(offer: Offer, splits: CommissionSplits) {
        self.commissionType = offer.commissionType
        self.totalCommission = offer.totalCommission
        self.maximumTransactionCents = offer.maximumTransactionCents
        self.maximumRewardCents = offer.maximumRewardCents
        self.splits = splits
    }

    /// The shares of the commission a purchase of `amountCents` earns: the commission is the percentage of the
    /// amount (capped at ``maximumTransactionCents``) or the flat amount for any purchase, capped at
    /// ``maximumRewardCents``; the issuer's share and the cardholder's share of it are each rounded down.
    public func shares(forPurchaseOf amountCents: Int64) -> RewardShares {
        guard amountCents > 0 else { return .zero }
        let commission: Int64
        switch self.commissionType {
        case .percent:
            let base = min(amountCents, self.maximumTransactionCents ?? amountCents)
            commission = base * self.totalCommission / 10_000
        case .flat:
            commission = self.totalCommission
        }
        let capped = min(commission, self.maximumRewardCents ?? commission)
        let issuer = capped * Int64(self.splits.cardLinkedBasisPoints) / 10_000
        let user = issuer * Int64(self.splits.cardLinkedUserBasisPoints) / 10_000
        return RewardShares(commissionCents: capped, issuerCents: issuer, userCents: user)
    }

    /// The maths of ``shares(forPurchaseOf:)`` in words: `5% of $100.00 = $5.00 commission; issuer 70% = $3.50;
    /// cardholder 50% of that = $1.75`.
    public func explain(forPurchaseOf amountCents: Int64) -> String {
        let shares = self.shares(forPurchaseOf: amountCents)
        var base: String
        switch self.commissionType {
        case .percent:
            let computedOn = min(amountCents, self.maximumTransactionCents ?? amountCents)
            base = "\(Self.percent(self.totalCommission)) of \(Money.format(computedOn))"
            if computedOn < amountCents { base += " (the offer's maximum purchase)" }
        case .flat:
            base = "flat \(Money.format(self.totalCommission))"
        }
        if let cap = self.maximumRewardCents, shares.commissionCents == cap, cap > 0 {
            base += ", capped at \(Money.format(cap))"
        }
        return "\(base) = \(Money.format(shares.commissionCents)) commission; issuer "
            + "\(Self.percent(Int64(self.splits.cardLinkedBasisPoints))) = \(Money.format(shares.issuerCents)); "
            + "cardholder \(Self.percent(Int64(self.splits.cardLinkedUserBasisPoints))) of that = "
            + Money.format(shares.userCents)
    }

    static func percent(_ basisPoints: Int64) -> String {
        let fraction = basisPoints % 100
        if fraction == 0 { return "\(basisPoints / 100)%" }
        return "\(basisPoints / 100).\(fraction < 10 ? "0" : "")\(fraction % 10 == 0 ? fraction / 10 : fraction)%"
    }
}

/// How a commission divides: the whole, the issuer's share (the cardholder's included) and the cardholder's share.
public struct RewardShares: Sendable, Equatable {
    public var commissionCents: Int64
    public var issuerCents: Int64
    public var userCents: Int64

    public init(commissionCents: Int64, issuerCents: Int64, userCents: Int64) {
        self.commissionCents = commissionCents
        self.issuerCents = issuerCents
        self.userCents = userCents
    }

    public static let zero = RewardShares(commissionCents: 0, issuerCents: 0, userCents: 0)

    public static func - (lhs: Self, rhs: Self) -> Self {
        RewardShares(
            commissionCents: lhs.commissionCents - rhs.commissionCents,
            issuerCents: lhs.issuerCents - rhs.issuerCents,
            userCents: lhs.userCents - rhs.userCents
        )
    }

    public static func + (lhs: Self, rhs: Self) -> Self {
        RewardShares(
            commissionCents: lhs.commissionCents + rhs.commissionCents,
            issuerCents: lhs.issuerCents + rhs.issuerCents,
            userCents: lhs.userCents + rhs.userCents
        )
    }

    public static prefix func - (shares: Self) -> Self { .zero - shares }

    public var isZero: Bool { self == .zero }
}

/// Formats cents for people: `$1,234.50` is written `$1234.50`.
public enum Money {
    public static func format(_ cents: Int64) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return "\(sign)$\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
