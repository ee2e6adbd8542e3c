/// How an organization shares the commission merchants pay, in basis points (1 % = 100).
public struct CommissionSplits: Sendable, Equatable, Codable {
    /// The issuer's share of affiliate commission.
    public var affiliateBasisPoints: Int
    /// The issuer's share of card-linked commission.
    public var cardLinkedBasisPoints: Int
    /// The cardholder's share of card-linked commission.
    public var cardLinkedUserBasisPoints: Int

    public init(affiliateBasisPoints: Int, cardLinkedBasisPoints: Int, cardLinkedUserBasisPoints: Int) {
        self.affiliateBasisPoints = affiliateBasisPoints
        self.cardLinkedBasisPoints = cardLinkedBasisPoints
        self.cardLinkedUserBasisPoints = cardLinkedUserBasisPoints
    }

    /// The splits a new issuer starts with: 70 % of commission to the issuer, half of it passed to the cardholder.
    public static let standard = CommissionSplits(
        affiliateBasisPoints: 7_000,
        cardLinkedBasisPoints: 7_000,
        cardLinkedUserBasisPoints: 5_000
    )
}
