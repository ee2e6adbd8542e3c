/// A value of a catalog file: a JSON value, or a CSV cell placed where the JSON layout has it. Numbers keep their
/// text, so that `5.5` can be turned into basis points without going through a binary floating-point number.
enum CatalogFileValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([CatalogFileValue])
    /// Members in file order; a key may appear twice (reported by the validator).
    case object([CatalogFileMember])

    /// A short name of the value's type, for messages.
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}

/// One `"key": value` pair of an object.
struct CatalogFileMember: Sendable, Equatable {
    var key: String
    var value: CatalogFileValue

    init(_ key: String, _ value: CatalogFileValue) {
        self.key = key
        self.value = value
    }
}
