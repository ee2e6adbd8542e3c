/// The identifier of a catalog record: a merchant, an offer or a location. Kard uses 24-hexadecimal-digit
/// MongoDB ids; operators may use any id of 1 to 64 letters, digits, `-` and `_` in their catalog files.
public struct CatalogID<Kind>: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.rawValue)
    }

    public var description: String { self.rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Tag of merchant ids.
public enum MerchantKind: Sendable {}
/// Tag of offer ids.
public enum OfferKind: Sendable {}
/// Tag of location ids.
public enum LocationKind: Sendable {}

public typealias MerchantID = CatalogID<MerchantKind>
public typealias OfferID = CatalogID<OfferKind>
public typealias LocationID = CatalogID<LocationKind>
