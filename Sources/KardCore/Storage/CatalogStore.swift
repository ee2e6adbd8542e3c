/// Persistence of the offer catalog.
public protocol CatalogStore: Sendable {
    /// Inserts the records, replacing those with the same ids, all in one transaction, and advances the catalog
    /// version. Records not named are left as they are (an import never deletes).
    func upsertCatalog(_ catalog: Catalog) async throws

    /// The whole catalog, each list ordered by id.
    func loadCatalog() async throws -> Catalog

    /// A number that grows with every catalog change, so that a process can tell its in-memory index is stale.
    func catalogVersion() async throws -> Int64
}
