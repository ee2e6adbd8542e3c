/// Kard's enumerations are open: a value this version does not know still decodes, as its raw string.
public protocol OpenEnum: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral
where RawValue == String {
    /// Creates a value from its raw string.
    init(rawValue: String)
}

extension OpenEnum {
    /// Creates a value from a string literal.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// Decodes any string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the raw string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.rawValue)
    }
}

/// A rewards program (`CARDLINKED`, `AFFILIATE`).
public struct EnrolledReward: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Card-linked offers.
    public static let cardLinked: EnrolledReward = "CARDLINKED"
    /// Affiliate offers.
    public static let affiliate: EnrolledReward = "AFFILIATE"
}
