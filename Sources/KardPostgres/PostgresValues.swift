import Foundation
import KardCore
import PostgresNIO

/// Conversions between domain values and PostgreSQL columns.
///
/// Timestamps travel as integer milliseconds since 1970 and are converted by the server
/// (``timestamp(_:)`` and ``milliseconds(_:)``), so that no floating-point rounding can move them.
enum PostgresValues {
    /// SQL turning an `int8` expression of milliseconds since 1970 into a `timestamptz`.
    static func timestamp(_ milliseconds: String) -> String {
        "(TIMESTAMPTZ 'epoch' + (\(milliseconds)) * INTERVAL '1 millisecond')"
    }

    /// SQL turning a `timestamptz` column into `int8` milliseconds since 1970.
    static func milliseconds(_ column: String) -> String {
        "(EXTRACT(EPOCH FROM \(column)) * 1000)::int8"
    }

    /// A text-format array literal (`{"a",NULL}`) for a list that may hold NULLs, bound as text and cast with
    /// `::text[]` (postgres-nio cannot bind an array of optionals).
    static func textArrayLiteral(_ values: [String?]) -> String {
        let elements = values.map { value -> String in
            guard let value else { return "NULL" }
            var quoted = "\""
            for character in value {
                if character == "\"" || character == "\\" { quoted.append("\\") }
                quoted.append(character)
            }
            quoted.append("\"")
            return quoted
        }
        return "{" + elements.joined(separator: ",") + "}"
    }

    /// A text-format array literal for a list of optional integers, bound as text and cast with `::int8[]`.
    static func integerArrayLiteral(_ values: [Int64?]) -> String {
        self.textArrayLiteral(values.map { $0.map(String.init) })
    }

    /// The `SET` list of an `ON CONFLICT … DO UPDATE` replacing every column of `columns` but `key`.
    static func replacingAssignments(_ columns: [String], key: String = "id") -> String {
        columns.filter { $0 != key }.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
    }

    /// Whether `error` is the server's foreign key violation (SQLSTATE 23503).
    static func isForeignKeyViolation(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError else { return false }
        return error.serverInfo?[.sqlState] == "23503"
    }

    /// Whether `error` is the server's unique violation (SQLSTATE 23505).
    static func isUniqueViolation(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError else { return false }
        return error.serverInfo?[.sqlState] == "23505"
    }

    /// Runs `body`, reporting a unique violation as ``StoreError/duplicate(_:)`` with `what`.
    @discardableResult
    static func mapDuplicate<T>(
        _ what: String,
        isolation: isolated (any Actor)? = #isolation,
        _ body: () async throws -> T
    ) async throws -> T {
        do {
            return try await body()
        } catch  where Self.isUniqueViolation(error) {
            throw StoreError.duplicate(what)
        }
    }
}
