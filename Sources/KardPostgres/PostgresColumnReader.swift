import Foundation
import KardCore
import PostgresNIO

/// Reads the columns of a row one after the other, in the order of the query's select list.
struct PostgresColumnReader {
    private let row: PostgresRandomAccessRow
    private var index = 0

    init(_ row: PostgresRow) {
        self.row = row.makeRandomAccess()
    }

    /// The next column's value.
    /// - Throws: ``PostgresStoreError/corruptValue(_:)`` past the last column, or postgres-nio's decoding error.
    mutating func next<T: PostgresDecodable>(_ type: T.Type = T.self) throws -> T {
        guard self.index < self.row.count else {
            throw PostgresStoreError.corruptValue("the row has only \(self.row.count) columns")
        }
        defer { self.index += 1 }
        return try self.row[self.index].decode(T.self)
    }

    /// The next column's text as a `String`-backed enum value.
    /// - Throws: ``PostgresStoreError/corruptValue(_:)`` when the text is no case of `type`.
    mutating func nextRawValue<T: RawRepresentable>(_ type: T.Type = T.self) throws -> T where T.RawValue == String {
        let text = try self.next(String.self)
        guard let value = T(rawValue: text) else {
            throw PostgresStoreError.corruptValue("\(T.self) \(text)")
        }
        return value
    }

    /// The next column, milliseconds since 1970 (see ``PostgresValues/milliseconds(_:)``), as a date.
    mutating func nextDate() throws -> Date {
        StoredValues.date(milliseconds: try self.next(Int64.self))
    }

    /// The next column's JSON text, decoded.
    mutating func nextJSON<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try StoredValues.decodeJSON(type, from: try self.next(String.self))
    }
}
