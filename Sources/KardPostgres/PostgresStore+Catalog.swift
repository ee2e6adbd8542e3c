import KardCore
import PostgresNIO

extension PostgresStore {
    /// Advances the catalog version (and recreates its row if it went missing).
    static let bumpCatalogVersion: PostgresQuery = """
        INSERT INTO catalog_version (id, version) VALUES (1, 1)
        ON CONFLICT (id) DO UPDATE SET version = catalog_version.version + 1
        """

    /// One transaction: the version first (its row lock makes concurrent imports take turns), then multi-row upserts
    /// of merchants, offers and locations, ``batchSize`` rows a statement. When an id appears more than once in
    /// `catalog`, its last record is stored.
    /// - Throws: ``StoreError/missingReference(_:)`` (`merchant …`) when an offer or location names a merchant that
    ///   is neither stored nor in `catalog`; nothing of the call is stored then.
    public func upsertCatalog(_ catalog: Catalog) async throws {
        let merchants = CatalogRecords.lastByID(catalog.merchants)
        let offers = CatalogRecords.lastByID(catalog.offers)
        let locations = CatalogRecords.lastByID(catalog.locations)
        let queries =
            try Self.batches(merchants).map(Self.upsertMerchantsQuery)
            + Self.batches(offers).map(Self.upsertOffersQuery)
            + Self.batches(locations).map(Self.upsertLocationsQuery)
        do {
            try await self.withTransaction { connection in
                _ = try await connection.query(Self.bumpCatalogVersion, logger: self.logger).collect()
                for query in queries {
                    _ = try await connection.query(query, logger: self.logger).collect()
                }
            }
        } catch  where PostgresValues.isForeignKeyViolation(error) {
            let named = Set(merchants.map(\.id))
            let referenced = (offers.map(\.merchantID) + locations.map(\.merchantID)).filter { !named.contains($0) }
            throw await self.missingReference("merchant", table: "merchants", among: referenced.map(\.rawValue))
        }
    }

    /// Reads the three tables in one repeatable-read transaction, so that they come from the same catalog version.
    public func loadCatalog() async throws -> Catalog {
        try await self.withTransaction { connection in
            try await connection.query(
                "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY",
                logger: self.logger
            )
            let merchants = try await connection.query(
                "\(unescaped: Self.merchantSelect) ORDER BY id",
                logger: self.logger
            ).collect().map(Self.merchant(from:))
            let offers = try await connection.query("\(unescaped: Self.offerSelect) ORDER BY id", logger: self.logger)
                .collect().map(Self.offer(from:))
            let locations = try await connection.query(
                "\(unescaped: Self.locationSelect) ORDER BY id",
                logger: self.logger
            ).collect().map(Self.location(from:))
            return Catalog(merchants: merchants, offers: offers, locations: locations)
        }
    }

    public func catalogVersion() async throws -> Int64 {
        let rows = try await self.client.query("SELECT version FROM catalog_version WHERE id = 1", logger: self.logger)
            .collect()
        return try rows.first?.decode(Int64.self) ?? 0
    }
}
