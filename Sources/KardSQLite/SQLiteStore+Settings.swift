import GRDB
import KardCore

extension SQLiteStore {
    public func setting(_ key: String) async throws -> String? {
        try await self.read { db in
            try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM settings WHERE key = ?"), arguments: [key])
        }
    }

    /// Inserts and reads back in one immediate transaction; across processes SQLite's write lock serialises callers.
    public func insertSettingIfAbsent(_ key: String, value: String) async throws -> String {
        try await self.write { db in
            try db.cachedStatement(sql: "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING")
                .execute(arguments: [key, value])
            let stored = try String.fetchOne(
                db.cachedStatement(sql: "SELECT value FROM settings WHERE key = ?"),
                arguments: [key]
            )
            return stored ?? value
        }
    }

    public func storeSetting(_ key: String, value: String) async throws {
        try await self.write { db in
            try db.cachedStatement(
                sql:
                    "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
            ).execute(arguments: [key, value])
        }
    }
}
