import GRDB
import KardCore

extension SQLiteStore {
    static let upsertMerchantSQL = SQLiteStore.upsertSQL("merchants", columns: SQLiteStore.merchantColumns)
    static let upsertOfferSQL = SQLiteStore.upsertSQL("offers", columns: SQLiteStore.offerColumns)
    static let upsertLocationSQL = SQLiteStore.upsertSQL("locations", columns: SQLiteStore.locationColumns)

    /// Advances the catalog version (and recreates its row if it went missing).
    static let bumpCatalogVersionSQL = """
        INSERT INTO catalog_version (id, version) VALUES (1, 1)
        ON CONFLICT (id) DO UPDATE SET version = version + 1
        """

    /// One immediate transaction of cached statements: the version, then merchants (so that offers and locations may
    /// name merchants of the same call), offers and locations, each by id. When an id appears more than once in
    /// `catalog`, its last record is stored.
    /// - Throws: ``StoreError/missingReference(_:)`` (`merchant …`) when an offer or location names a merchant that
    ///   is neither stored nor in `catalog`; nothing of the call is stored then.
    public func upsertCatalog(_ catalog: Catalog) async throws {
        let merchants = try CatalogRecords.lastByID(catalog.merchants).map(Self.merchantValues)
        let offers = try CatalogRecords.lastByID(catalog.offers).map { ($0.merchantID, try Self.offerValues($0)) }
        let locations = try CatalogRecords.lastByID(catalog.locations).map {
            ($0.merchantID, try Self.locationValues($0))
        }
        try await self.write { db in
            try db.cachedStatement(sql: Self.bumpCatalogVersionSQL).execute()
            let upsertMerchant = try db.cachedStatement(sql: Self.upsertMerchantSQL)
            for arguments in merchants {
                try upsertMerchant.execute(arguments: arguments)
            }
            for (statement, rows) in [(Self.upsertOfferSQL, offers), (Self.upsertLocationSQL, locations)] {
                let upsert = try db.cachedStatement(sql: statement)
                for (merchantID, arguments) in rows {
                    try SQLiteValues.mapMissingReference("merchant \(merchantID)") {
                        try upsert.execute(arguments: arguments)
                    }
                }
            }
        }
    }

    /// Reads the three tables in one read transaction, so that they come from the same catalog version.
    public func loadCatalog() async throws -> Catalog {
        try await self.read { db in
            Catalog(
                merchants: try Row.fetchAll(
                    db.cachedStatement(sql: Self.selectAllSQL("merchants", columns: Self.merchantColumns))
                ).map(Self.merchant(from:)),
                offers: try Row.fetchAll(
                    db.cachedStatement(sql: Self.selectAllSQL("offers", columns: Self.offerColumns))
                ).map(Self.offer(from:)),
                locations: try Row.fetchAll(
                    db.cachedStatement(sql: Self.selectAllSQL("locations", columns: Self.locationColumns))
                ).map(Self.location(from:))
            )
        }
    }

    public func catalogVersion() async throws -> Int64 {
        try await self.read { db in
            try Int64.fetchOne(db.cachedStatement(sql: "SELECT version FROM catalog_version WHERE id = 1")) ?? 0
        }
    }
}
