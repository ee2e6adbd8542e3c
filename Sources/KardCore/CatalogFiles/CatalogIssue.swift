/// One problem found in a catalog file.
///
/// `row` is the 1-based line a CSV record starts on, or the 1-based index of a JSON record within its list; 0
/// means the file as a whole (a syntax error, a bad header). `field` names the record and the field, such as
/// `offers[3].startDate` (the third offer of the file) or `locations[2].address.state`.
public struct CatalogIssue: Sendable, Equatable, CustomStringConvertible {
    public var row: Int
    public var field: String
    public var detail: String

    public init(row: Int, field: String, detail: String) {
        self.row = row
        self.field = field
        self.detail = detail
    }

    /// `row 12, offers[3].startDate: detail`, without the parts that are absent.
    public var description: String {
        var prefix: [String] = []
        if self.row > 0 { prefix.append("row \(self.row)") }
        if !self.field.isEmpty { prefix.append(self.field) }
        return prefix.isEmpty ? self.detail : "\(prefix.joined(separator: ", ")): \(self.detail)"
    }
}
