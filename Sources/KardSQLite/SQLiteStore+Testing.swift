import Foundation
import GRDB
import KardCore

/// Hooks for the store tests (reached through `@testable import`); not part of the public API.
extension SQLiteStore {
    /// Records a migration as applied without running anything, as a newer build would have.
    func recordMigration(named name: String) async throws {
        try await self.write { db in
            try db.execute(
                sql: "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                arguments: [name, StoredValues.milliseconds(Date())]
            )
        }
    }
}
