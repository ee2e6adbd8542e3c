import Foundation

/// An issuer organization: a bank, fintech or program manager, or a child organization acting under one.
public struct Organization: Sendable, Equatable {
    public var id: OrganizationID
    /// Display name. Top-level issuers use Kard's convention (uppercase, no spaces); children may use spaces.
    public var name: String
    /// The parent organization for a child; `nil` for a top-level issuer.
    public var parentID: OrganizationID?
    /// The issuer's own reference for a child organization.
    public var externalID: String?
    public var bins: [String]
    public var cardNetworks: [CardNetwork]
    public var enrolledRewards: [RewardProgram]
    public var commissionSplits: CommissionSplits
    /// Sandbox issuers get demo personas and a demo catalog.
    public var isSandbox: Bool
    /// Where earned-reward notifications are delivered, when configured.
    public var webhookURL: String?
    /// The shared secret that signs outbound webhooks (HMAC-SHA256). Needed in clear to sign, so not hashed.
    public var webhookKey: String
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: OrganizationID,
        name: String,
        parentID: OrganizationID? = nil,
        externalID: String? = nil,
        bins: [String] = [],
        cardNetworks: [CardNetwork] = CardNetwork.allCases,
        enrolledRewards: [RewardProgram] = [.cardLinked],
        commissionSplits: CommissionSplits = .standard,
        isSandbox: Bool = false,
        webhookURL: String? = nil,
        webhookKey: String,
        createdAt: Date,
        updatedAt: Date
    ) {
        self.id = id
        self.name = name
        self.parentID = parentID
        self.externalID = externalID
        self.bins = bins
        self.cardNetworks = cardNetworks
        self.enrolledRewards = enrolledRewards
        self.commissionSplits = commissionSplits
        self.isSandbox = isSandbox
        self.webhookURL = webhookURL
        self.webhookKey = webhookKey
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
