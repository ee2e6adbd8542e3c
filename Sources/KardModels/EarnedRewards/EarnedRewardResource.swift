/// One earned reward (the `RewardedTransactionUnion`), told apart by its `type`: a settled, rewarded transaction
/// (`rewardedTransaction`) or an approved one not settled yet (`approvedTransaction`).
///
/// A resource of any other type still decodes, as ``unknown(type:id:)``, so new kinds of rewards do not break older
/// clients; it encodes back as `{"type", "id"}` only.
public enum EarnedRewardResource: Codable, Sendable, Equatable {
    /// A settled transaction that earned a reward (`rewardedTransaction`).
    case rewarded(RewardedTransactionResource)
    /// An approved transaction with no settled counterpart yet (`approvedTransaction`).
    case approved(ApprovedTransactionResource)
    /// A resource of a type this version does not know.
    case unknown(type: String, id: String?)

    /// The settled reward, or `nil` for other resources.
    public var rewarded: RewardedTransactionResource? {
        if case .rewarded(let resource) = self { resource } else { nil }
    }

    /// The approved reward, or `nil` for other resources.
    public var approved: ApprovedTransactionResource? {
        if case .approved(let resource) = self { resource } else { nil }
    }

    /// The resource's `type`.
    public var type: String {
        switch self {
        case .rewarded(let resource): resource.type
        case .approved(let resource): resource.type
        case .unknown(let type, _): type
        }
    }

    /// The resource's `id`, Kard's id of the matched transaction.
    public var id: String? {
        switch self {
        case .rewarded(let resource): resource.id
        case .approved(let resource): resource.id
        case .unknown(_, let id): id
        }
    }

    /// The user, merchant and offer of a known reward.
    public var relationships: EarnedRewardRelationships? {
        switch self {
        case .rewarded(let resource): resource.relationships
        case .approved(let resource): resource.relationships
        case .unknown: nil
        }
    }

    /// Decodes a reward by its `type`.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` when `type` is missing, or a known reward is malformed.
    public init(from decoder: any Decoder) throws {
        let tag = try ResourceTag(from: decoder)
        switch tag.type {
        case RewardedTransactionResource.resourceType:
            self = .rewarded(try RewardedTransactionResource(from: decoder))
        case ApprovedTransactionResource.resourceType:
            self = .approved(try ApprovedTransactionResource(from: decoder))
        default:
            self = .unknown(type: tag.type, id: tag.id)
        }
    }

    /// Encodes the reward.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: `EncodingError` from the encoder.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .rewarded(let resource):
            try resource.encode(to: encoder)
        case .approved(let resource):
            try resource.encode(to: encoder)
        case .unknown(let type, let id):
            try ResourceTag(type: type, id: id).encode(to: encoder)
        }
    }
}

/// A settled transaction that earned the user a reward: `{"type": "rewardedTransaction", "id", "attributes",
/// "relationships"}`.
public struct RewardedTransactionResource: Codable, Sendable, Equatable {
    /// Always `rewardedTransaction`.
    public var type: String
    /// Kard's id of the matched transaction.
    public var id: String
    /// The transaction and its reward.
    public var attributes: RewardedTransactionAttributes
    /// The user, merchant and offer.
    public var relationships: EarnedRewardRelationships

    /// The `type` of a settled reward.
    public static let resourceType = "rewardedTransaction"

    /// Creates a settled reward.
    ///
    /// - Parameters:
    ///   - id: Kard's id of the matched transaction.
    ///   - attributes: The transaction and its reward.
    ///   - relationships: The user, merchant and offer.
    public init(id: String, attributes: RewardedTransactionAttributes, relationships: EarnedRewardRelationships) {
        self.type = Self.resourceType
        self.id = id
        self.attributes = attributes
        self.relationships = relationships
    }
}

/// The attributes of a settled reward (`RewardedTransactionAttributes`).
public struct RewardedTransactionAttributes: Codable, Sendable, Equatable {
    /// Always `SETTLED`.
    public var status: EarnedRewardStatus
    /// The issuer's transaction id (the `transactionId` of the transaction events).
    public var transactionId: String
    /// The transaction amount in cents.
    public var transactionAmountInCents: Int
    /// When the transaction happened.
    public var transactionTimestamp: KardDate
    /// Whether Kard has paid the issuer for this reward.
    public var paidToIssuer: PaidToIssuerStatus
    /// The reward earned by the user.
    public var commissionEarned: CommissionEarned
    /// The month the reward was paid out to the issuer, once paid.
    public var payoutTimestamp: KardDate?
    /// UI components built from the offer state saved with the transaction, such as a progress bar for progressive
    /// and punch-card offers; absent when there is no saved state.
    public var components: OfferComponents?

    /// Creates the attributes of a settled reward.
    ///
    /// - Parameters:
    ///   - status: Always `SETTLED`.
    ///   - transactionId: The issuer's transaction id.
    ///   - transactionAmountInCents: The transaction amount in cents.
    ///   - transactionTimestamp: When the transaction happened.
    ///   - paidToIssuer: Whether Kard has paid the issuer.
    ///   - commissionEarned: The reward earned by the user.
    ///   - payoutTimestamp: The month the reward was paid out to the issuer.
    ///   - components: UI components of the reward.
    public init(
        status: EarnedRewardStatus = .settled,
        transactionId: String,
        transactionAmountInCents: Int,
        transactionTimestamp: KardDate,
        paidToIssuer: PaidToIssuerStatus,
        commissionEarned: CommissionEarned,
        payoutTimestamp: KardDate? = nil,
        components: OfferComponents? = nil
    ) {
        self.status = status
        self.transactionId = transactionId
        self.transactionAmountInCents = transactionAmountInCents
        self.transactionTimestamp = transactionTimestamp
        self.paidToIssuer = paidToIssuer
        self.commissionEarned = commissionEarned
        self.payoutTimestamp = payoutTimestamp
        self.components = components
    }
}

/// An approved transaction that will earn a reward once settled: `{"type": "approvedTransaction", "id",
/// "attributes", "relationships"}`.
public struct ApprovedTransactionResource: Codable, Sendable, Equatable {
    /// Always `approvedTransaction`.
    public var type: String
    /// Kard's id of the matched transaction.
    public var id: String
    /// The transaction.
    public var attributes: ApprovedTransactionAttributes
    /// The user, merchant and offer.
    public var relationships: EarnedRewardRelationships

    /// The `type` of an approved reward.
    public static let resourceType = "approvedTransaction"

    /// Creates an approved reward.
    ///
    /// - Parameters:
    ///   - id: Kard's id of the matched transaction.
    ///   - attributes: The transaction.
    ///   - relationships: The user, merchant and offer.
    public init(id: String, attributes: ApprovedTransactionAttributes, relationships: EarnedRewardRelationships) {
        self.type = Self.resourceType
        self.id = id
        self.attributes = attributes
        self.relationships = relationships
    }
}

/// The attributes of an approved reward (`ApprovedTransactionAttributes`).
public struct ApprovedTransactionAttributes: Codable, Sendable, Equatable {
    /// Always `APPROVED`.
    public var status: EarnedRewardStatus
    /// The issuer's transaction id (the `transactionId` of the transaction events).
    public var transactionId: String
    /// The transaction amount in cents.
    public var transactionAmountInCents: Int
    /// When the transaction happened.
    public var transactionTimestamp: KardDate

    /// Creates the attributes of an approved reward.
    ///
    /// - Parameters:
    ///   - status: Always `APPROVED`.
    ///   - transactionId: The issuer's transaction id.
    ///   - transactionAmountInCents: The transaction amount in cents.
    ///   - transactionTimestamp: When the transaction happened.
    public init(
        status: EarnedRewardStatus = .approved,
        transactionId: String,
        transactionAmountInCents: Int,
        transactionTimestamp: KardDate
    ) {
        self.status = status
        self.transactionId = transactionId
        self.transactionAmountInCents = transactionAmountInCents
        self.transactionTimestamp = transactionTimestamp
    }
}

/// The relationships of an earned reward (`RewardedTransactionRelationships`): `{"user": {"data": {"type": "user",
/// "id"}}, "merchant": {…}, "offer": {…}}`.
public struct EarnedRewardRelationships: Codable, Sendable, Equatable {
    /// The user (`type` `user`, the issuer's user id).
    public var user: RelationshipSingle
    /// The merchant (`type` `merchant`), in `included` when asked for.
    public var merchant: RelationshipSingle
    /// The offer (`type` `offer`), in `included` when asked for.
    public var offer: RelationshipSingle

    /// Creates the relationships.
    ///
    /// - Parameters:
    ///   - user: The user.
    ///   - merchant: The merchant.
    ///   - offer: The offer.
    public init(user: RelationshipSingle, merchant: RelationshipSingle, offer: RelationshipSingle) {
        self.user = user
        self.merchant = merchant
        self.offer = offer
    }

    /// Creates the relationships from the three ids.
    ///
    /// - Parameters:
    ///   - userId: The issuer's user id.
    ///   - merchantId: The merchant id.
    ///   - offerId: The offer id.
    public init(userId: String, merchantId: String, offerId: String) {
        self.user = RelationshipSingle(type: "user", id: userId)
        self.merchant = RelationshipSingle(type: "merchant", id: merchantId)
        self.offer = RelationshipSingle(type: "offer", id: offerId)
    }
}

/// A to-one relationship (`RelationshipSingle`): `{"data": {"type", "id"}}`.
public struct RelationshipSingle: Codable, Sendable, Equatable {
    /// The related resource.
    public var data: ResourceIdentifier

    /// Creates a relationship.
    ///
    /// - Parameter data: The related resource.
    public init(data: ResourceIdentifier) {
        self.data = data
    }

    /// Creates a relationship to a resource.
    ///
    /// - Parameters:
    ///   - type: The resource type, such as `user`.
    ///   - id: The resource id.
    public init(type: String, id: String) {
        self.data = ResourceIdentifier(type: type, id: id)
    }
}

/// The reward a transaction earned (`CommissionEarnedDetails`): `{"user": {"type": "cents", "value"}}`.
public struct CommissionEarned: Codable, Sendable, Equatable {
    /// The user's share.
    public var user: CommissionValue

    /// Creates the reward.
    ///
    /// - Parameter user: The user's share.
    public init(user: CommissionValue) {
        self.user = user
    }
}

/// An amount of commission (`CommissionValue`): `{"type": "cents", "value": 220}`.
public struct CommissionValue: Codable, Sendable, Equatable {
    /// Always `cents`.
    public var type: CommissionValueType
    /// The amount in cents.
    public var value: Int

    /// Creates an amount.
    ///
    /// - Parameters:
    ///   - type: The unit, `cents`.
    ///   - value: The amount.
    public init(type: CommissionValueType = .cents, value: Int) {
        self.type = type
        self.value = value
    }
}
