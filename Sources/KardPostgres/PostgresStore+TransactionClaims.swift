import Foundation
import KardCore
import PostgresNIO

extension PostgresStore {
    /// SQL for a transaction's advisory lock key (`int8`) from two text expressions: the same key for the same
    /// organization and transaction in every process (an unrelated transaction sharing it is only skipped or waited
    /// for, never decided wrongly).
    static func transactionLockKey(organization: String, transaction: String) -> String {
        "hashtextextended(\(organization) || '/' || \(transaction), 0)"
    }

    /// Takes the advisory locks of `keys` for the rest of the transaction, waiting for them, in ascending key order
    /// (so that two callers locking overlapping sets cannot deadlock; ``processPendingTransactions(limit:decide:)``
    /// only tries locks and never waits).
    func lockTransactions(_ keys: [TransactionKey], on connection: PostgresConnection) async throws {
        guard !keys.isEmpty else { return }
        let organizations = keys.map(\.organizationID)
        let transactions = keys.map(\.transactionID)
        let lockKey = Self.transactionLockKey(organization: "k.organization_id", transaction: "k.transaction_id")
        _ = try await connection.query(
            """
            SELECT pg_advisory_xact_lock(l.key)
            FROM (
                SELECT DISTINCT \(unescaped: lockKey) AS key
                FROM unnest(\(organizations)::text[], \(transactions)::text[]) AS k(organization_id, transaction_id)
                ORDER BY key
            ) AS l
            """,
            logger: self.logger
        ).collect()
    }

    /// Step 1 of ``processPendingTransactions(limit:decide:)``: the transactions claimed, oldest unprocessed event
    /// first.
    func claimTransactions(limit: Int, on connection: PostgresConnection) async throws -> [TransactionKey] {
        let scanned = limit > Int.max / 2 ? Int.max : limit * 2
        // `processed_at, sequence` (all NULL, so sequence order) is the partial index's order: ordered by `sequence`
        // alone, the planner walks the primary key through every processed event.
        // The scan's row locks only serve to skip what other workers hold: the savepoint's rollback releases them, so
        // that this worker never holds events of transactions it does not claim.
        try await connection.query("SAVEPOINT claim_scan", logger: self.logger)
        let candidates = try await connection.query(
            """
            SELECT s.organization_id, s.transaction_id
            FROM (
                SELECT sequence, organization_id, transaction_id
                FROM transaction_events
                WHERE processed_at IS NULL
                ORDER BY processed_at, sequence
                LIMIT \(scanned)
                FOR UPDATE SKIP LOCKED
            ) AS s
            GROUP BY s.organization_id, s.transaction_id
            ORDER BY min(s.sequence)
            """,
            logger: self.logger
        ).collect().map { row in
            let (organizationID, transactionID) = try row.decode((String, String).self)
            return TransactionKey(organizationID, transactionID)
        }
        try await connection.query("ROLLBACK TO SAVEPOINT claim_scan", logger: self.logger)
        guard !candidates.isEmpty else { return [] }
        // Advisory locks are taken after the rollback (a subtransaction's locks go with it), one candidate after the
        // other until `limit` are held: the limit stops the scan of the candidates.
        let organizations = candidates.map(\.organizationID)
        let transactions = candidates.map(\.transactionID)
        let lockKey = Self.transactionLockKey(organization: "c.organization_id", transaction: "c.transaction_id")
        let claimed = try await connection.query(
            """
            SELECT c.organization_id, c.transaction_id
            FROM unnest(\(organizations)::text[], \(transactions)::text[])
                WITH ORDINALITY AS c(organization_id, transaction_id, position)
            WHERE pg_try_advisory_xact_lock(\(unescaped: lockKey))
            LIMIT \(limit)
            """,
            logger: self.logger
        ).collect().map { row in
            let (organizationID, transactionID) = try row.decode((String, String).self)
            return TransactionKey(organizationID, transactionID)
        }
        let held = Set(claimed)
        return candidates.filter(held.contains)
    }
}
