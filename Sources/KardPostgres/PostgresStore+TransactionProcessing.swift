import Foundation
import KardCore
import PostgresNIO

extension PostgresStore {
    /// Claims, decides and writes in one transaction on one connection, so that several processes can share the
    /// database:
    ///
    /// 1. **Claim**: in a savepoint, the oldest unprocessed events `FOR UPDATE SKIP LOCKED` (twice `limit` of them),
    ///    which passes over the events other workers hold, grouped into their transactions, oldest first; the
    ///    savepoint is rolled back, releasing those row locks. Then the transactions' advisory locks
    ///    (`pg_try_advisory_xact_lock`, see ``transactionLockKey(organization:transaction:)``) are tried in that
    ///    order until `limit` are held. A transaction whose lock another worker holds is skipped, never waited for.
    /// 2. **Lock** the claimed transactions' unprocessed events (`FOR UPDATE`; only another worker's scan, which
    ///    never waits, can hold one, and only for an instant) and read their processed ones. A transaction with no
    ///    unprocessed event left (another worker decided it in the meantime) is dropped.
    /// 3. **Load** records, ledgers, fraud markers, organizations, users with their cards, purchase histories and
    ///    rewarded transactions: one statement each for the whole batch (`unnest` keys).
    /// 4. **Decide** (synchronously) and **write**: records upserted, ledger entries, notifications and flags inserted
    ///    with `ON CONFLICT DO NOTHING`, purchases added, and `processed_at` set on the locked events only (events of
    ///    the same transactions that arrived since stay unprocessed).
    ///
    /// ``requeueTransaction(_:in:)`` and ``markFraudulent(_:)`` wait for the same advisory locks, so a requeue
    /// happens either before a claim's reads or after its commit.
    /// - Throws: what `decide` throws (nothing is written then); ``StoreError/missingReference(_:)``
    ///   (`organization …`) when a change names an organization that does not exist; ``StoreError/duplicate(_:)``
    ///   when a notification or flag id is taken by another one.
    public func processPendingTransactions(
        limit: Int,
        decide: @Sendable (ProcessingBatch) throws -> ProcessingChanges
    ) async throws -> Int {
        guard limit > 0 else { return 0 }
        do {
            return try await self.withTransaction { connection in
                let claimed = try await self.claimTransactions(limit: limit, on: connection)
                guard !claimed.isEmpty else { return 0 }
                let loaded = try await self.loadProcessingBatch(claimed, on: connection)
                guard !loaded.batch.transactions.isEmpty else { return 0 }
                let changes = try decide(loaded.batch)
                do {
                    try await self.write(changes, on: connection)
                } catch  where PostgresValues.isForeignKeyViolation(error) || PostgresValues.isUniqueViolation(error) {
                    throw ProcessingWriteFailure(underlying: error, changes: changes)
                }
                _ = try await connection.query(
                    """
                    UPDATE transaction_events SET processed_at = now()
                    WHERE sequence = ANY(\(loaded.unprocessedSequences)::int8[])
                    """,
                    logger: self.logger
                ).collect()
                return loaded.batch.transactions.count
            }
        } catch let failure as ProcessingWriteFailure {
            let changes = failure.changes
            let organizations =
                changes.records.map(\.organizationID) + changes.ledgerEntries.map(\.organizationID)
                + changes.notifications.map(\.organizationID) + changes.purchases.map(\.organizationID)
                + changes.flags.map(\.organizationID)
            throw await self.writeError(
                failure.underlying,
                organizations: organizations.map(\.rawValue),
                notifications: changes.notifications,
                flags: changes.flags
            )
        }
    }

    public func transactionRecord(
        of transactionID: String,
        in organization: OrganizationID
    ) async throws -> TransactionRecord? {
        let rows = try await self.client.query(
            """
            \(unescaped: Self.transactionRecordSelect)
            WHERE r.organization_id = \(organization.rawValue) AND r.transaction_id = \(transactionID)
            """,
            logger: self.logger
        ).collect()
        return try rows.first.map(Self.transactionRecord(from:))
    }

    public func unprocessedEventCount() async throws -> Int {
        let rows = try await self.client.query(
            "SELECT count(*) FROM transaction_events WHERE processed_at IS NULL",
            logger: self.logger
        ).collect()
        return try rows.first?.decode(Int.self) ?? 0
    }

    /// Waits for the transaction's advisory lock (a worker deciding it commits first), then clears `processed_at` on
    /// its events, in one transaction.
    public func requeueTransaction(_ transactionID: String, in organization: OrganizationID) async throws -> Bool {
        let key = TransactionKey(organization.rawValue, transactionID)
        return try await self.withTransaction { connection in
            try await self.lockTransactions([key], on: connection)
            let rows = try await connection.query(
                """
                WITH requeued AS (
                    UPDATE transaction_events SET processed_at = NULL
                    WHERE organization_id = \(organization.rawValue) AND transaction_id = \(transactionID)
                        AND processed_at IS NOT NULL
                )
                SELECT EXISTS (
                    SELECT 1 FROM transaction_events
                    WHERE organization_id = \(organization.rawValue) AND transaction_id = \(transactionID)
                )
                """,
                logger: self.logger
            ).collect()
            return try rows.first?.decode(Bool.self) ?? false
        }
    }

    // MARK: Batches

    /// What ``loadProcessingBatch(_:on:)`` found.
    struct LoadedBatch {
        var batch: ProcessingBatch
        /// The sequences of the events locked as unprocessed: those to mark processed.
        var unprocessedSequences: [Int64]
    }

    /// A write of the decided changes that failed on a key, explained after the rollback.
    struct ProcessingWriteFailure: Error {
        var underlying: any Error
        var changes: ProcessingChanges
    }

    // MARK: Writing

    /// Step 4 of ``processPendingTransactions(limit:decide:)``, but for marking the events.
    private func write(_ changes: ProcessingChanges, on connection: PostgresConnection) async throws {
        try await self.upsertRecords(changes.records, on: connection)
        try await self.insertLedgerEntries(changes.ledgerEntries, on: connection)
        try await self.insertNotifications(changes.notifications, on: connection)
        for query in Self.batches(PurchaseTotal.summing(changes.purchases)).map(Self.recordPurchasesQuery) {
            _ = try await connection.query(query, logger: self.logger).collect()
        }
        _ = try await self.insertFlags(changes.flags, on: connection)
    }
}
