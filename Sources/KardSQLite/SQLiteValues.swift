import Foundation
import GRDB
import KardCore

/// Conversions between domain values and SQLite columns.
enum SQLiteValues {
    /// Milliseconds since 1970, rounded to the nearest millisecond.
    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000).rounded())
    }

    /// The instant `milliseconds` after 1970.
    static func date(milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1_000)
    }

    /// `value` as compact JSON text.
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Decodes JSON text stored by ``json(_:)``.
    static func decodeJSON<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// Decodes the JSON text in `column` of `row`.
    static func decodeJSON<T: Decodable>(_ type: T.Type, column: String, of row: Row) throws -> T {
        try Self.decodeJSON(type, from: try row.decode(String.self, forColumn: column))
    }

    /// Scopes as one space-separated string.
    static func scopesText(_ scopes: [Scope]) -> String {
        scopes.map(\.rawValue).joined(separator: " ")
    }

    /// Scopes from a space-separated string.
    static func scopes(_ text: String) -> [Scope] {
        text.split(separator: " ", omittingEmptySubsequences: true).map { Scope(rawValue: String($0)) }
    }

    /// Whether `error` is a violated unique or primary key constraint.
    static func isUniqueViolation(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE
            || error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY
    }

    /// Runs `body`, reporting a unique violation as ``StoreError/duplicate(_:)`` with `what`.
    static func mapDuplicate<T>(_ what: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch  where Self.isUniqueViolation(error) {
            throw StoreError.duplicate(what)
        }
    }
}
