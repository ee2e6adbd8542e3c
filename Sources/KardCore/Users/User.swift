import Foundation

/// A cardholder enrolled by an issuer. The same record serves the v2 and the legacy API.
public struct User: Sendable, Equatable {
    public var organizationID: OrganizationID
    public var id: UserID
    public var profile: UserProfile
    /// Cards registered through the legacy API; v2 carries card data on each transaction instead.
    public var cards: [Card]
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        organizationID: OrganizationID,
        id: UserID,
        profile: UserProfile,
        cards: [Card] = [],
        createdAt: Date,
        updatedAt: Date
    ) {
        self.organizationID = organizationID
        self.id = id
        self.profile = profile
        self.cards = cards
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Whether the user takes part in card-linked offers (and so can earn card-linked rewards).
    public var isCardLinkedEnrolled: Bool { self.profile.enrolledRewards.contains(.cardLinked) }
}
