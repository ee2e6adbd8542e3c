import KardCore
import KardPostgres
import KardSQLite
import Logging

/// Opens the store a ``DatabaseLocation`` names, keeps it usable for the duration of `body`, and closes it.
public enum StoreConnector {
    /// Runs `body` with an open store. PostgreSQL connections are served for exactly as long as `body` runs.
    public static func withStore<Result: Sendable>(
        _ location: DatabaseLocation,
        durability: SQLiteStore.Durability = .normal,
        logger: Logger,
        _ body: (any KardStore) async throws -> Result
    ) async throws -> Result {
        switch location {
        case .sqliteFile(let path):
            return try await self.withSQLite(try SQLiteStore(path: path, durability: durability), body)
        case .sqliteMemory:
            return try await self.withSQLite(try SQLiteStore(path: ":memory:"), body)
        case .postgres(let url):
            return try await PostgresStore.withStore(url: url, logger: logger) { store in try await body(store) }
        }
    }

    private static func withSQLite<Result: Sendable>(
        _ store: SQLiteStore,
        _ body: (any KardStore) async throws -> Result
    ) async throws -> Result {
        do {
            let result = try await body(store)
            try await store.shutdown()
            return result
        } catch {
            try? await store.shutdown()
            throw error
        }
    }
}
