/// Collects the issues of one read, in the order found.
final class CatalogIssueLog {
    private(set) var issues: [CatalogIssue] = []

    func add(row: Int, field: String, _ detail: String) {
        self.issues.append(CatalogIssue(row: row, field: field, detail: detail))
    }
}
