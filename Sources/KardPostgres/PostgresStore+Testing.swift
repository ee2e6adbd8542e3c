import PostgresNIO

/// Hooks for the store tests (reached through `@testable import`); not part of the public API.
extension PostgresStore {
    /// Creates an empty database, so that each test gets its own.
    /// - Parameter name: lowercase letters, digits and underscores only.
    func createDatabase(named name: String) async throws {
        try Self.checkDatabaseName(name)
        try await self.client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: self.logger)
    }

    /// Drops a database, closing other sessions on it.
    func dropDatabase(named name: String) async throws {
        try Self.checkDatabaseName(name)
        try await self.client.query(
            PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"),
            logger: self.logger
        )
    }

    /// Records a migration as applied without running anything, as a newer build would have.
    func recordMigration(named name: String) async throws {
        _ = try await self.client.query("INSERT INTO schema_migrations (name) VALUES (\(name))", logger: self.logger)
            .collect()
    }

    private static func checkDatabaseName(_ name: String) throws {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789_")
        guard !name.isEmpty, name.count <= 63, name.allSatisfy(allowed.contains) else {
            throw PostgresURLError("the database name \(name) may only hold lowercase letters, digits and underscores")
        }
    }
}
