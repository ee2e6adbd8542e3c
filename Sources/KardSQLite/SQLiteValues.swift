import Foundation
import GRDB
import KardCore

/// Conversions between domain values and SQLite columns.
enum SQLiteValues {

    /// Decodes the JSON text in `column` of `row`.
    static func decodeJSON<T: Decodable>(_ type: T.Type, column: String, of row: Row) throws -> T {
        try StoredValues.decodeJSON(type, from: try row.decode(String.self, forColumn: column))
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
