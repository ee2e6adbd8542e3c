import KardCore
import PostgresNIO

extension PostgresStore {
    /// What a foreign key violation is reported as: ``StoreError/missingReference(_:)`` naming the first of `ids` that
    /// `table` does not hold, as `"\(kind) \(id)"` (just `kind` when that cannot be told).
    ///
    /// Runs after the failed transaction rolled back, outside it, so that writes without violations pay nothing.
    /// - Parameter table: a table with a text `id` primary key (a constant, never user input).
    func missingReference(_ kind: String, table: String, among ids: [String]) async -> StoreError {
        var seen: Set<String> = []
        let candidates = ids.filter { seen.insert($0).inserted }
        do {
            let rows = try await self.client.query(
                """
                SELECT r.id FROM unnest(\(candidates)::text[]) WITH ORDINALITY AS r(id, position)
                WHERE NOT EXISTS (SELECT 1 FROM \(unescaped: table) AS t WHERE t.id = r.id)
                ORDER BY r.position
                LIMIT 1
                """,
                logger: self.logger
            ).collect()
            guard let id = try rows.first?.decode(String.self) else { return .missingReference(kind) }
            return .missingReference("\(kind) \(id)")
        } catch {
            return .missingReference(kind)
        }
    }
}
