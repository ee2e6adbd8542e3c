/// A v2 offer (`OfferDataUnion`, type `standardOffer`): `{"type", "id", "attributes", "relationships"?}`.
public struct OfferResource: Codable, Sendable, Equatable {
    /// Always `standardOffer`.
    public var type: String
    /// Kard's offer id (a Mongo ObjectId).
    public var id: String
    /// The offer's attributes.
    public var attributes: StandardOfferAttributes
    /// The offer's categories.
    public var relationships: OfferRelationships?

    /// The `type` of an offer.
    public static let resourceType = "standardOffer"

    /// Creates an offer resource.
    public init(id: String, attributes: StandardOfferAttributes, relationships: OfferRelationships? = nil) {
        self.type = Self.resourceType
        self.id = id
        self.attributes = attributes
        self.relationships = relationships
    }
}

/// The attributes of a v2 offer (`StandardOfferFields`).
public struct StandardOfferAttributes: Codable, Sendable, Equatable {
    /// The offer name.
    public var name: String
    /// Terms and conditions.
    public var terms: String
    /// Where the offer can be redeemed.
    public var purchaseChannel: [OfferChannel]
    /// The cardholder's reward.
    public var userReward: OfferReward
    /// Logos and banners; their URLs carry attribution tokens.
    public var assets: [OfferAsset]
    /// When the offer starts (UTC).
    public var startDate: KardDate
    /// When the offer ends (UTC).
    public var expirationDate: KardDate
    /// Whether the offer is personalised for this user.
    public var isTargeted: Bool
    /// How many times a cardholder can redeem the offer, if limited.
    public var maxRedemptions: Int?
    /// The smallest purchase that earns the reward.
    public var minTransactionAmount: OfferAmount?
    /// The largest purchase the reward is computed on.
    public var maxTransactionAmount: OfferAmount?
    /// The smallest reward.
    public var minRewardAmount: OfferAmount?
    /// The largest reward.
    public var maxRewardAmount: OfferAmount?
    /// The merchant's website.
    public var websiteUrl: String?
    /// A description of the offer.
    public var description: String?
    /// UI components, present when `supportedComponents` was sent.
    public var components: OfferComponents?

    /// Creates offer attributes.
    public init(
        name: String,
        terms: String,
        purchaseChannel: [OfferChannel],
        userReward: OfferReward,
        assets: [OfferAsset],
        startDate: KardDate,
        expirationDate: KardDate,
        isTargeted: Bool,
        maxRedemptions: Int? = nil,
        minTransactionAmount: OfferAmount? = nil,
        maxTransactionAmount: OfferAmount? = nil,
        minRewardAmount: OfferAmount? = nil,
        maxRewardAmount: OfferAmount? = nil,
        websiteUrl: String? = nil,
        description: String? = nil,
        components: OfferComponents? = nil
    ) {
        self.name = name
        self.terms = terms
        self.purchaseChannel = purchaseChannel
        self.userReward = userReward
        self.assets = assets
        self.startDate = startDate
        self.expirationDate = expirationDate
        self.isTargeted = isTargeted
        self.maxRedemptions = maxRedemptions
        self.minTransactionAmount = minTransactionAmount
        self.maxTransactionAmount = maxTransactionAmount
        self.minRewardAmount = minRewardAmount
        self.maxRewardAmount = maxRewardAmount
        self.websiteUrl = websiteUrl
        self.description = description
        self.components = components
    }
}

/// A cardholder reward (`Commission`): `{"type": "PERCENT", "value": 5.7}` or a flat amount.
public struct OfferReward: Codable, Sendable, Equatable {
    /// Percent or flat.
    public var type: CommissionType
    /// The percentage, or the flat amount.
    public var value: Double

    /// Creates a reward.
    public init(type: CommissionType, value: Double) {
        self.type = type
        self.value = value
    }
}

/// A money threshold of an offer (`Amount`): `{"type": "CENTS", "value": 500}`.
public struct OfferAmount: Codable, Sendable, Equatable {
    /// Always `CENTS`.
    public var type: OfferAmountType
    /// The amount in cents.
    public var value: Int

    /// Creates an amount.
    public init(type: OfferAmountType = .cents, value: Int) {
        self.type = type
        self.value = value
    }
}

/// An image of an offer (`Asset`).
public struct OfferAsset: Codable, Sendable, Equatable {
    /// What the image shows.
    public var type: OfferAssetType
    /// The image URL, with an attribution token.
    public var url: String
    /// Alt text.
    public var alt: String

    /// Creates an asset.
    public init(type: OfferAssetType, url: String, alt: String) {
        self.type = type
        self.url = url
        self.alt = alt
    }
}

/// The relationships of an offer (`CategoryRelationshipObject`): `{"category": {"data": [{"type": "category", "id"}]}}`.
public struct OfferRelationships: Codable, Sendable, Equatable {
    /// The offer's categories.
    public var category: RelationshipList

    /// Creates the relationships.
    public init(category: RelationshipList) {
        self.category = category
    }
}
