import Foundation

/// Keeps the current ``CatalogIndex`` and rebuilds it when the stored catalog version moves. The version is
/// checked at most once per ``checkInterval``, so a discovery read normally costs no database round trip;
/// a write made through this process calls ``invalidate()`` and is seen at once.
public actor CatalogIndexCache {
    /// How long an index is trusted before the stored version is checked again.
    public static let checkInterval: TimeInterval = 1

    private let store: any CatalogStore
    private let clock: any WallClock
    private var current: CatalogIndex?
    private var checkedAt: Date?

    public init(store: any CatalogStore, clock: any WallClock) {
        self.store = store
        self.clock = clock
    }

    /// The index of the current catalog.
    public func index() async throws -> CatalogIndex {
        let now = self.clock.now()
        if let current, let checkedAt, now.timeIntervalSince(checkedAt) < Self.checkInterval, checkedAt <= now {
            return current
        }
        let version = try await self.store.catalogVersion()
        if let current = self.current, current.version == version {
            self.checkedAt = now
            return current
        }
        let catalog = try await self.store.loadCatalog()
        let index = CatalogIndex(catalog: catalog, version: version)
        if (self.current?.version ?? Int64.min) <= version {
            self.current = index
            self.checkedAt = now
        }
        return index
    }

    /// Forgets the index, so that the next read loads the catalog again.
    public func invalidate() {
        self.current = nil
        self.checkedAt = nil
    }
}
