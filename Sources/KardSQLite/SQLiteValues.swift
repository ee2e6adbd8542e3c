import Foundation
import GRDB
import KardCore

/// Conversions between domain values and SQLite columns.
enum SQLiteValues {

    /// Decodes the JSON text in `column` of `row`.
    static func decodeJSON<T: Decodable>(_ type: T.Type, column: String, of row: Row) throws -> T {
        try StoredValues.decodeJSON(type, from: try row.decode(String.self, forColumn: column))
    }

    /// The `String`-backed enum value in `column` of `row`.
    /// - Throws: ``SQLiteStoreError/corruptValue(_:)`` when the text is no case of `type`.
    static func decodeRawValue<T: RawRepresentable>(
        _ type: T.Type,
        column: String,
        of row: Row
    ) throws -> T where T.RawValue == String {
        let text = try row.decode(String.self, forColumn: column)
        guard let value = T(rawValue: text) else {
            throw SQLiteStoreError.corruptValue("\(column) \(text)")
        }
        return value
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

    /// Whether `error` is a violated foreign key.
    static func isForeignKeyViolation(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY
    }

    /// Runs `body`, reporting a foreign key violation as ``StoreError/missingReference(_:)`` with `what`.
    static func mapMissingReference<T>(_ what: @autoclosure () -> String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch  where Self.isForeignKeyViolation(error) {
            throw StoreError.missingReference(what())
        }
    }

    /// `?, ?, …` for `count` values.
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// The `SET` list of an `ON CONFLICT … DO UPDATE` replacing every column of `columns` but `key`.
    static func replacingAssignments(_ columns: [String], key: String = "id") -> String {
        columns.filter { $0 != key }.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
    }
}
