import KardCore
import PostgresNIO

extension PostgresStore {
    public func setting(_ key: String) async throws -> String? {
        let rows = try await self.client.query("SELECT value FROM settings WHERE key = \(key)", logger: self.logger)
            .collect()
        return try rows.first?.decode(String.self)
    }

    /// `INSERT … ON CONFLICT DO NOTHING RETURNING`, then a read when another caller won. The insert waits for a
    /// concurrent uncommitted insert of the same key, so the read (a fresh snapshot) sees the winner's value.
    public func insertSettingIfAbsent(_ key: String, value: String) async throws -> String {
        try await self.client.withConnection { connection in
            let inserted = try await connection.query(
                """
                INSERT INTO settings (key, value) VALUES (\(key), \(value))
                ON CONFLICT (key) DO NOTHING
                RETURNING value
                """,
                logger: self.logger
            ).collect()
            if let row = inserted.first { return try row.decode(String.self) }
            let stored = try await connection.query(
                "SELECT value FROM settings WHERE key = \(key)",
                logger: self.logger
            ).collect()
            if let row = stored.first { return try row.decode(String.self) }
            // Only reachable if the row was deleted in between; an upsert always returns the stored row.
            let upserted = try await connection.query(
                """
                INSERT INTO settings (key, value) VALUES (\(key), \(value))
                ON CONFLICT (key) DO UPDATE SET value = settings.value
                RETURNING value
                """,
                logger: self.logger
            ).collect()
            guard let row = upserted.first else { return value }
            return try row.decode(String.self)
        }
    }

    public func storeSetting(_ key: String, value: String) async throws {
        try await self.client.query(
            """
            INSERT INTO settings (key, value) VALUES (\(key), \(value))
            ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """,
            logger: self.logger
        )
    }
}
