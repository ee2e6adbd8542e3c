import Foundation

/// Why a transaction did or did not earn a reward: every merchant it could be, every offer of those merchants,
/// and the outcome of each, in words an operator can read. Stored with the transaction record as JSON.
public struct MatchExplanation: Sendable, Equatable, Codable {
    /// The catalog version the decision was made on.
    public var catalogVersion: Int64
    /// When the decision was made.
    public var decidedAt: Date
    /// The normalised descriptor the merchant was looked up by (`BAAS PRO SHOPS`).
    public var descriptor: String
    public var merchants: [MerchantCandidate]
    public var offers: [OfferVerdict]
    /// The chosen offer, when one matched.
    public var matchedOfferID: OfferID?
    /// The chosen offer's reward terms at the time of the match: what every settlement and return is computed on.
    public var terms: RewardTerms?
    /// Whether the decision was made on a purchase (an authorization or a settlement). A decision made on a refund
    /// alone is made again when the purchase arrives.
    public var decidedOnPurchase: Bool
    /// The purchase amount the decision was made on. A transaction that matched nothing is decided again when a
    /// settlement makes the purchase larger (a tip may reach an offer's minimum spend).
    public var purchaseCents: Int64
    /// One sentence: what was decided and why.
    public var summary: String

    public init(
        catalogVersion: Int64,
        decidedAt: Date,
        descriptor: String,
        merchants: [MerchantCandidate] = [],
        offers: [OfferVerdict] = [],
        matchedOfferID: OfferID? = nil,
        terms: RewardTerms? = nil,
        decidedOnPurchase: Bool = true,
        purchaseCents: Int64 = 0,
        summary: String
    ) {
        self.catalogVersion = catalogVersion
        self.decidedAt = decidedAt
        self.descriptor = descriptor
        self.merchants = merchants
        self.offers = offers
        self.matchedOfferID = matchedOfferID
        self.terms = terms
        self.decidedOnPurchase = decidedOnPurchase
        self.purchaseCents = purchaseCents
        self.summary = summary
    }

    /// A merchant the transaction was identified with, and how (`MID 4445012345678`, `descriptor "SQ *HILLTOP BBQ"
    /// matches alias "HILLTOP BBQ"`).
    public struct MerchantCandidate: Sendable, Equatable, Codable {
        public var merchantID: MerchantID
        public var name: String
        public var reason: String

        public init(merchantID: MerchantID, name: String, reason: String) {
            self.merchantID = merchantID
            self.name = name
            self.reason = reason
        }
    }

    /// The outcome of one offer of a candidate merchant.
    public struct OfferVerdict: Sendable, Equatable, Codable {
        public var offerID: OfferID
        public var name: String
        /// Whether every rule held.
        public var qualifies: Bool
        /// The rule that failed (`minimum spend $50.00 not reached: $12.00`) or, when it qualifies, the reward
        /// maths (`5% of $100.00 = $5.00 commission; issuer 70% = $3.50; cardholder 50% = $1.75`).
        public var reason: String
        /// The machine-readable reason a qualifying offer was refused, when one was.
        public var rejection: RewardRejection?

        public init(
            offerID: OfferID,
            name: String,
            qualifies: Bool,
            reason: String,
            rejection: RewardRejection? = nil
        ) {
            self.offerID = offerID
            self.name = name
            self.qualifies = qualifies
            self.reason = reason
            self.rejection = rejection
        }
    }
}

/// Why a transaction at an offer's merchant earned nothing: the `reason` values of the `earnedRewardRejected`
/// notification, plus the platform's own.
public enum RewardRejection: String, Sendable, Equatable, Codable, CaseIterable {
    case userNotEnrolled = "USER_NOT_ENROLLED"
    case userNotInAudienceSegment = "USER_NOT_IN_AUDIENCE_SEGMENT"
    case maximumRedemptionLimitReached = "MAX_REDEMPTION_LIMIT_REACHED"
    case settlementRejected = "SETTLEMENT_REJECTED"
    case aggregatorCardOverlap = "AGGREGATOR_CARD_OVERLAP"
    /// The issuer marked the transaction fraudulent.
    case fraudulent = "FRAUDULENT"
    /// The purchase did not meet the offer's terms (window, channel, location, MCC, minimum spend).
    case termsNotMet = "TERMS_NOT_MET"
}
