/// The two layouts of a catalog file (see `docs/catalog-format.md`).
public enum CatalogFileFormat: String, Sendable, CaseIterable {
    /// One JSON object: `{"merchants": […], "offers": […], "locations": […]}`.
    case json
    /// One RFC 4180 CSV file with a header row and a `kind` column (`merchant`, `offer`, `location`).
    case csv

    /// The format a file name's extension names (`.json`, `.csv`, in any letter case), or `nil`.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}
