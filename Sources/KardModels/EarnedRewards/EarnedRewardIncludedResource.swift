/// A resource of an earned-rewards `included` list (`TransactionIncludedResource`), told apart by its `type`: a
/// merchant or an offer.
///
/// A resource of any other type still decodes, as ``unknown(type:id:)``; it encodes back as `{"type", "id"}` only.
public enum EarnedRewardIncludedResource: Codable, Sendable, Equatable {
    /// A merchant (`merchant`).
    case merchant(EarnedRewardMerchantResource)
    /// An offer (`offer`).
    case offer(EarnedRewardOfferResource)
    /// A resource of a type this version does not know.
    case unknown(type: String, id: String?)

    /// The included merchant, or `nil` for other resources.
    public var merchant: EarnedRewardMerchantResource? {
        if case .merchant(let merchant) = self { merchant } else { nil }
    }

    /// The included offer, or `nil` for other resources.
    public var offer: EarnedRewardOfferResource? {
        if case .offer(let offer) = self { offer } else { nil }
    }

    /// The resource's `type`.
    public var type: String {
        switch self {
        case .merchant(let merchant): merchant.type
        case .offer(let offer): offer.type
        case .unknown(let type, _): type
        }
    }

    /// The resource's `id`.
    public var id: String? {
        switch self {
        case .merchant(let merchant): merchant.id
        case .offer(let offer): offer.id
        case .unknown(_, let id): id
        }
    }

    /// Decodes a resource by its `type`.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` when `type` is missing, or a merchant or offer is malformed.
    public init(from decoder: any Decoder) throws {
        let tag = try ResourceTag(from: decoder)
        switch tag.type {
        case EarnedRewardMerchantResource.resourceType:
            self = .merchant(try EarnedRewardMerchantResource(from: decoder))
        case EarnedRewardOfferResource.resourceType:
            self = .offer(try EarnedRewardOfferResource(from: decoder))
        default:
            self = .unknown(type: tag.type, id: tag.id)
        }
    }

    /// Encodes the resource.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: `EncodingError` from the encoder.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .merchant(let merchant):
            try merchant.encode(to: encoder)
        case .offer(let offer):
            try offer.encode(to: encoder)
        case .unknown(let type, let id):
            try ResourceTag(type: type, id: id).encode(to: encoder)
        }
    }
}

/// The merchant of an earned reward: `{"type": "merchant", "id", "attributes": {"name", "assets"}}`.
public struct EarnedRewardMerchantResource: Codable, Sendable, Equatable {
    /// Always `merchant`.
    public var type: String
    /// The merchant id.
    public var id: String
    /// The merchant's name and images.
    public var attributes: EarnedRewardMerchantAttributes

    /// The `type` of an included merchant.
    public static let resourceType = "merchant"

    /// Creates a merchant resource.
    ///
    /// - Parameters:
    ///   - id: The merchant id.
    ///   - attributes: The merchant's name and images.
    public init(id: String, attributes: EarnedRewardMerchantAttributes) {
        self.type = Self.resourceType
        self.id = id
        self.attributes = attributes
    }
}

/// The attributes of an included merchant (`TransactionMerchantAttributes`).
public struct EarnedRewardMerchantAttributes: Codable, Sendable, Equatable {
    /// The merchant name.
    public var name: String
    /// The merchant's images (logo, banner), with attribution-signed URLs to load as they are.
    public var assets: [MerchantAsset]?

    /// Creates merchant attributes.
    ///
    /// - Parameters:
    ///   - name: The merchant name.
    ///   - assets: The merchant's images.
    public init(name: String, assets: [MerchantAsset]? = nil) {
        self.name = name
        self.assets = assets
    }
}

/// An image of a merchant (`MerchantAsset`).
public struct MerchantAsset: Codable, Sendable, Equatable {
    /// What the image shows.
    public var type: MerchantAssetType
    /// The attribution-signed URL of the image.
    public var url: String
    /// Alt text, for accessibility.
    public var alt: String?

    /// Creates an asset.
    ///
    /// - Parameters:
    ///   - type: What the image shows.
    ///   - url: The attribution-signed URL of the image.
    ///   - alt: Alt text.
    public init(type: MerchantAssetType, url: String, alt: String? = nil) {
        self.type = type
        self.url = url
        self.alt = alt
    }
}

/// The offer of an earned reward: `{"type": "offer", "id", "attributes": {"purchaseChannel"}}`.
public struct EarnedRewardOfferResource: Codable, Sendable, Equatable {
    /// Always `offer`.
    public var type: String
    /// The offer id.
    public var id: String
    /// How the offer is redeemed.
    public var attributes: EarnedRewardOfferAttributes

    /// The `type` of an included offer.
    public static let resourceType = "offer"

    /// Creates an offer resource.
    ///
    /// - Parameters:
    ///   - id: The offer id.
    ///   - attributes: How the offer is redeemed.
    public init(id: String, attributes: EarnedRewardOfferAttributes) {
        self.type = Self.resourceType
        self.id = id
        self.attributes = attributes
    }
}

/// The attributes of an included offer (`TransactionOfferAttributes`).
public struct EarnedRewardOfferAttributes: Codable, Sendable, Equatable {
    /// The ways the offer is redeemed (`ONLINE`, `INSTORE`).
    public var purchaseChannel: [OfferChannel]

    /// Creates offer attributes.
    ///
    /// - Parameter purchaseChannel: The ways the offer is redeemed.
    public init(purchaseChannel: [OfferChannel]) {
        self.purchaseChannel = purchaseChannel
    }
}
