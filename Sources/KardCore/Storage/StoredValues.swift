import Foundation

/// How both stores write domain values into columns, so that the engines store the same bytes.
public enum StoredValues {
    /// Milliseconds since 1970, rounded to the nearest millisecond (timestamps keep millisecond precision).
    public static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000).rounded())
    }

    /// The instant `milliseconds` after 1970.
    public static func date(milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1_000)
    }

    /// One encoder for every stored value: building one per value dominated catalog writes.
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
    private static let decoder = JSONDecoder()

    /// `value` as compact JSON text with sorted keys.
    public static func json(_ value: some Encodable) throws -> String {
        String(decoding: try self.encoder.encode(value), as: UTF8.self)
    }

    /// Decodes JSON text written by ``json(_:)``.
    public static func decodeJSON<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try self.decoder.decode(type, from: Data(text.utf8))
    }

    /// Scopes as one space-separated string.
    public static func scopesText(_ scopes: [Scope]) -> String {
        scopes.map(\.rawValue).joined(separator: " ")
    }

    /// Scopes from a space-separated string.
    public static func scopes(_ text: String) -> [Scope] {
        text.split(separator: " ", omittingEmptySubsequences: true).map { Scope(rawValue: String($0)) }
    }
}
