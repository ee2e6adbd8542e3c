/// A resource of an answer's `included` list, told apart by its `type`: an offer (`standardOffer`) or a category.
///
/// A resource of any other type still decodes, as ``unknown(type:id:)``, so new kinds of included resources do not
/// break older clients; it encodes back as `{"type", "id"}` only.
public enum IncludedResource: Codable, Sendable, Equatable {
    /// An offer (`standardOffer`).
    case offer(OfferResource)
    /// A category.
    case category(CategoryResource)
    /// A resource of a type this version does not know.
    case unknown(type: String, id: String?)

    /// The included offer, or `nil` for other resources.
    public var offer: OfferResource? {
        if case .offer(let offer) = self { offer } else { nil }
    }

    /// The included category, or `nil` for other resources.
    public var category: CategoryResource? {
        if case .category(let category) = self { category } else { nil }
    }

    /// The resource's `type`.
    public var type: String {
        switch self {
        case .offer(let offer): offer.type
        case .category(let category): category.type
        case .unknown(let type, _): type
        }
    }

    /// The resource's `id`.
    public var id: String? {
        switch self {
        case .offer(let offer): offer.id
        case .category(let category): category.id
        case .unknown(_, let id): id
        }
    }

    /// Decodes a resource by its `type`.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` when `type` is missing, or an offer or category is malformed.
    public init(from decoder: any Decoder) throws {
        let tag = try ResourceTag(from: decoder)
        switch tag.type {
        case OfferResource.resourceType:
            self = .offer(try OfferResource(from: decoder))
        case CategoryResource.resourceType:
            self = .category(try CategoryResource(from: decoder))
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
        case .offer(let offer):
            try offer.encode(to: encoder)
        case .category(let category):
            try category.encode(to: encoder)
        case .unknown(let type, let id):
            try ResourceTag(type: type, id: id).encode(to: encoder)
        }
    }
}
