/// A numeric code on the wire whose values this version may not all know (audit and resolution codes): any
/// integer decodes, and known ones have named constants.
public protocol OpenIntegerCode: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByIntegerLiteral,
    CustomStringConvertible
where RawValue == Int {
    /// Creates a code from its number.
    init(rawValue: Int)
}

extension OpenIntegerCode {
    /// Creates a code from an integer literal.
    public init(integerLiteral value: Int) {
        self.init(rawValue: value)
    }

    /// The number, as text.
    public var description: String { String(self.rawValue) }

    /// Decodes an integer.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(Int.self))
    }

    /// Encodes the integer.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.rawValue)
    }
}
