#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An ISO 8601 date-time as it travels on the wire (`2026-01-01T00:00:00.000Z`, `2025-01-01T00:00:00Z`,
/// `2025-01-01T05:00:00+05:00`).
///
/// The text is kept exactly as received, so decoding and encoding again is lossless; equality compares that text,
/// not the instant. Create one from a `Date` to get Kard's own form: UTC with milliseconds.
public struct KardDate: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The date-time text.
    public let rawValue: String

    /// Creates a date-time from its text, unchecked.
    ///
    /// - Parameter rawValue: The ISO 8601 text.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates a date-time from a string literal, unchecked.
    ///
    /// - Parameter value: The ISO 8601 text.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// Creates the text of an instant in UTC with milliseconds, such as `2026-01-01T00:00:00.000Z`.
    ///
    /// - Parameter date: The instant.
    public init(_ date: Date) {
        self.rawValue = date.formatted(Self.withFractionalSeconds)
    }

    /// The instant, or `nil` when the text is not an ISO 8601 date-time with a zone designator.
    ///
    /// Fractional seconds of any length, `Z` and `±hh:mm` offsets are accepted.
    public var date: Date? {
        if let date = try? Self.withFractionalSeconds.parse(self.rawValue) {
            return date
        }
        return try? Self.withoutFractionalSeconds.parse(self.rawValue)
    }

    /// The date-time text.
    public var description: String { self.rawValue }

    /// Decodes a JSON string.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` when the value is not a string.
    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the text as a JSON string.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: `EncodingError` from the encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.rawValue)
    }

    private static let withFractionalSeconds = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let withoutFractionalSeconds = Date.ISO8601FormatStyle()
}
