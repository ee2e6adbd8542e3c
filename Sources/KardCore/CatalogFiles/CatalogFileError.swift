/// A catalog file was refused: every problem found in it, in file order. Nothing of the file should be stored.
public struct CatalogFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// All the problems, never empty.
    public var issues: [CatalogIssue]

    public init(issues: [CatalogIssue]) {
        self.issues = issues
    }

    public var description: String {
        self.issues.map(\.description).joined(separator: "\n")
    }
}
