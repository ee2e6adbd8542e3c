/// The authenticated issuer's organization (`GET /v2/issuer`), returned bare (no `data` wrapper).
public struct OrganizationResource: Codable, Sendable, Equatable {
    /// Always `organization`.
    public var type: String
    /// The organization id.
    public var id: String
    /// Its attributes.
    public var attributes: OrganizationAttributes

    /// Creates the resource.
    public init(id: String, attributes: OrganizationAttributes) {
        self.type = "organization"
        self.id = id
        self.attributes = attributes
    }
}

/// The attributes Kard exposes of an organization.
public struct OrganizationAttributes: Codable, Sendable, Equatable {
    /// Uppercase name without spaces.
    public var name: String
    /// Programs the organization runs.
    public var enrolledRewards: [EnrolledReward]
    /// Networks it supports (`VISA`, `MASTERCARD`, `AMERICAN_EXPRESS`, `DISCOVER`).
    public var cardNetworks: [String]
    /// Its bank identification numbers.
    public var bins: [String]
    /// Issuer share of affiliate commission, in percent.
    public var affiliateCommissionSplit: Double
    /// Issuer share of card-linked commission, in percent.
    public var cardlinkedCommissionSplit: Double
    /// Cardholder share of card-linked commission, in percent.
    public var cardlinkedUserCommissionSplit: Double

    /// Creates the attributes.
    public init(
        name: String,
        enrolledRewards: [EnrolledReward],
        cardNetworks: [String],
        bins: [String],
        affiliateCommissionSplit: Double,
        cardlinkedCommissionSplit: Double,
        cardlinkedUserCommissionSplit: Double
    ) {
        self.name = name
        self.enrolledRewards = enrolledRewards
        self.cardNetworks = cardNetworks
        self.bins = bins
        self.affiliateCommissionSplit = affiliateCommissionSplit
        self.cardlinkedCommissionSplit = cardlinkedCommissionSplit
        self.cardlinkedUserCommissionSplit = cardlinkedUserCommissionSplit
    }
}
