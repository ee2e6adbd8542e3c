/// One reason an input was refused, with the path of the offending field relative to the object checked
/// (for example `zipCode` or `phoneNumbers/1/number`), so that the API layer can build a JSON pointer.
public struct ValidationIssue: Sendable, Equatable, Error {
    public var field: String
    public var detail: String

    public init(field: String, detail: String) {
        self.field = field
        self.detail = detail
    }
}
