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

    // MARK: Locks

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

    // MARK: Claiming and loading

    /// What ``loadProcessingBatch(_:on:)`` found.
    private struct LoadedBatch {
        var batch: ProcessingBatch
        /// The sequences of the events locked as unprocessed: those to mark processed.
        var unprocessedSequences: [Int64]
    }

    /// A write of the decided changes that failed on a key, explained after the rollback.
    private struct ProcessingWriteFailure: Error {
        var underlying: any Error
        var changes: ProcessingChanges
    }

    /// Step 1 of ``processPendingTransactions(limit:decide:)``: the transactions claimed, oldest unprocessed event
    /// first.
    private func claimTransactions(limit: Int, on connection: PostgresConnection) async throws -> [TransactionKey] {
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

    /// Steps 2 and 3 of ``processPendingTransactions(limit:decide:)``.
    private func loadProcessingBatch(
        _ claimed: [TransactionKey],
        on connection: PostgresConnection
    ) async throws -> LoadedBatch {
        let organizations = claimed.map(\.organizationID)
        let transactions = claimed.map(\.transactionID)
        let eventColumns = """
            e.sequence, e.organization_id, e.transaction_id, e.event_id, e.user_id, e.payload,
                \(PostgresValues.milliseconds("e.received_at"))
            """
        let unprocessed = try await connection.query(
            """
            SELECT \(unescaped: eventColumns)
            FROM transaction_events AS e
            JOIN unnest(\(organizations)::text[], \(transactions)::text[]) AS k(organization_id, transaction_id)
                ON e.organization_id = k.organization_id AND e.transaction_id = k.transaction_id
            WHERE e.processed_at IS NULL
            ORDER BY e.sequence
            FOR UPDATE OF e
            """,
            logger: self.logger
        ).collect().map(Self.sequencedEvent(from:))
        guard !unprocessed.isEmpty else {
            let empty = ProcessingBatch(
                transactions: [],
                organizations: [:],
                users: [:],
                purchaseHistory: [:],
                rewardedTransactions: [:]
            )
            return LoadedBatch(batch: empty, unprocessedSequences: [])
        }
        let processed = try await connection.query(
            """
            SELECT \(unescaped: eventColumns)
            FROM transaction_events AS e
            JOIN unnest(\(organizations)::text[], \(transactions)::text[]) AS k(organization_id, transaction_id)
                ON e.organization_id = k.organization_id AND e.transaction_id = k.transaction_id
            WHERE e.processed_at IS NOT NULL
            ORDER BY e.sequence
            """,
            logger: self.logger
        ).collect().map(Self.sequencedEvent(from:))

        // The claimed transactions with a locked event, ordered by their oldest one.
        var pending: [TransactionKey: PendingTransaction] = [:]
        var order: [TransactionKey] = []
        for (_, event) in unprocessed {
            let key = TransactionKey(event.organizationID.rawValue, event.transactionID)
            if pending[key] == nil {
                order.append(key)
                pending[key] = PendingTransaction(
                    organizationID: event.organizationID,
                    transactionID: event.transactionID,
                    events: [],
                    unprocessedEventIDs: [],
                    record: nil,
                    ledger: [],
                    isFraudMarked: false
                )
            }
            pending[key]?.unprocessedEventIDs.insert(event.eventID)
        }
        var userKeys: [UserKey] = []
        var seenUsers: Set<UserKey> = []
        func noteUser(_ organizationID: OrganizationID, _ userID: UserID) {
            let user = UserKey(organizationID: organizationID, userID: userID)
            if seenUsers.insert(user).inserted { userKeys.append(user) }
        }
        for (_, event) in (unprocessed + processed).sorted(by: { $0.sequence < $1.sequence }) {
            let key = TransactionKey(event.organizationID.rawValue, event.transactionID)
            guard pending[key] != nil else { continue }
            pending[key]?.events.append(event)
            noteUser(event.organizationID, event.userID)
        }

        let records = try await connection.query(
            """
            \(unescaped: Self.transactionRecordSelect)
            JOIN unnest(\(organizations)::text[], \(transactions)::text[]) AS k(organization_id, transaction_id)
                ON r.organization_id = k.organization_id AND r.transaction_id = k.transaction_id
            """,
            logger: self.logger
        ).collect().map(Self.transactionRecord(from:))
        for record in records {
            pending[TransactionKey(record.organizationID.rawValue, record.transactionID)]?.record = record
            noteUser(record.organizationID, record.userID)
        }
        let ledger = try await connection.query(
            """
            \(unescaped: Self.ledgerSelect)
            JOIN unnest(\(organizations)::text[], \(transactions)::text[]) AS k(organization_id, transaction_id)
                ON l.organization_id = k.organization_id AND l.transaction_id = k.transaction_id
            ORDER BY l.sequence
            """,
            logger: self.logger
        ).collect().map(Self.ledgerEntry(from:))
        for entry in ledger {
            pending[TransactionKey(entry.organizationID.rawValue, entry.transactionID)]?.ledger.append(entry)
        }
        let markers = try await connection.query(
            """
            SELECT f.organization_id, f.transaction_id
            FROM fraud_markers AS f
            JOIN unnest(\(organizations)::text[], \(transactions)::text[]) AS k(organization_id, transaction_id)
                ON f.organization_id = k.organization_id AND f.transaction_id = k.transaction_id
            """,
            logger: self.logger
        ).collect()
        for row in markers {
            let (organizationID, transactionID) = try row.decode((String, String).self)
            pending[TransactionKey(organizationID, transactionID)]?.isFraudMarked = true
        }

        let organizationIDs = Array(Set(order.map(\.organizationID))).sorted()
        let batch = ProcessingBatch(
            transactions: order.compactMap { pending[$0] },
            organizations: try await self.organizations(organizationIDs, on: connection),
            users: try await self.users(userKeys, on: connection),
            purchaseHistory: try await self.purchaseHistories(userKeys, on: connection),
            rewardedTransactions: try await self.rewardedTransactions(userKeys, on: connection)
        )
        return LoadedBatch(batch: batch, unprocessedSequences: unprocessed.map(\.sequence))
    }

    /// An event with its inbox sequence, from a row of `sequence, organization_id, transaction_id, event_id, user_id,
    /// payload, received_at (ms)`.
    private static func sequencedEvent(
        from row: PostgresRow
    ) throws -> (sequence: Int64, event: StoredTransactionEvent) {
        let (sequence, organizationID, transactionID, eventID, userID, payload, receivedAt) = try row.decode(
            (Int64, String, String, String, String, String, Int64).self
        )
        let event = StoredTransactionEvent(
            organizationID: OrganizationID(organizationID),
            eventID: eventID,
            transactionID: transactionID,
            userID: UserID(userID),
            payload: payload,
            receivedAt: StoredValues.date(milliseconds: receivedAt)
        )
        return (sequence, event)
    }

    /// The organizations `ids` that exist.
    private func organizations(
        _ ids: [String],
        on connection: PostgresConnection
    ) async throws -> [OrganizationID: Organization] {
        let rows = try await connection.query(
            "\(unescaped: Self.organizationSelect) WHERE id = ANY(\(ids)::text[])",
            logger: self.logger
        ).collect()
        var organizations: [OrganizationID: Organization] = [:]
        for row in rows {
            let organization = try Self.organization(from: row)
            organizations[organization.id] = organization
        }
        return organizations
    }

    /// The users `keys` that exist, with their cards by creation time then id (as ``user(_:in:)`` reads them).
    private func users(_ keys: [UserKey], on connection: PostgresConnection) async throws -> [UserKey: User] {
        guard !keys.isEmpty else { return [:] }
        let organizations = keys.map(\.organizationID.rawValue)
        let ids = keys.map(\.userID.rawValue)
        // The card columns of `cardSelect` first (what `card(from:)` decodes), then the owner.
        let cardRows = try await connection.query(
            """
            SELECT c.id, c.bin, c.last_four, c.issuer, c.network, c.status,
                \(unescaped: PostgresValues.milliseconds("c.created_at")), c.organization_id, c.user_id
            FROM cards AS c
            JOIN unnest(\(organizations)::text[], \(ids)::text[]) AS k(organization_id, user_id)
                ON c.organization_id = k.organization_id AND c.user_id = k.user_id
            ORDER BY c.organization_id, c.user_id, c.created_at, c.id
            """,
            logger: self.logger
        ).collect()
        var cards: [UserKey: [Card]] = [:]
        for row in cardRows {
            let owner = row.makeRandomAccess()
            let key = UserKey(
                organizationID: OrganizationID(try owner[7].decode(String.self)),
                userID: UserID(try owner[8].decode(String.self))
            )
            cards[key, default: []].append(try Self.card(from: row))
        }
        let userRows = try await connection.query(
            """
            \(unescaped: Self.userSelect)
            WHERE (organization_id, id) IN (
                SELECT * FROM unnest(\(organizations)::text[], \(ids)::text[])
            )
            """,
            logger: self.logger
        ).collect()
        var users: [UserKey: User] = [:]
        for row in userRows {
            let (organizationID, id) = try row.decode((String, String).self)
            let key = UserKey(organizationID: OrganizationID(organizationID), userID: UserID(id))
            users[key] = try Self.user(from: row, cards: cards[key] ?? [])
        }
        return users
    }

    /// The purchase history of the users `keys` who bought anything (as ``purchaseHistory(of:in:)`` reads it).
    private func purchaseHistories(
        _ keys: [UserKey],
        on connection: PostgresConnection
    ) async throws -> [UserKey: [MerchantID: PurchaseSummary]] {
        guard !keys.isEmpty else { return [:] }
        let organizations = keys.map(\.organizationID.rawValue)
        let ids = keys.map(\.userID.rawValue)
        let rows = try await connection.query(
            """
            SELECT p.organization_id, p.user_id, p.merchant_id,
                \(unescaped: PostgresValues.milliseconds("p.first_purchase_at")),
                \(unescaped: PostgresValues.milliseconds("p.last_purchase_at")), p.purchase_count
            FROM merchant_purchases AS p
            JOIN unnest(\(organizations)::text[], \(ids)::text[]) AS k(organization_id, user_id)
                ON p.organization_id = k.organization_id AND p.user_id = k.user_id
            """,
            logger: self.logger
        ).collect()
        var histories: [UserKey: [MerchantID: PurchaseSummary]] = [:]
        for row in rows {
            let (organizationID, userID, merchantID, first, last, count) = try row.decode(
                (String, String, String, Int64, Int64, Int).self
            )
            let key = UserKey(organizationID: OrganizationID(organizationID), userID: UserID(userID))
            histories[key, default: [:]][MerchantID(merchantID)] = PurchaseSummary(
                firstPurchaseAt: StoredValues.date(milliseconds: first),
                lastPurchaseAt: StoredValues.date(milliseconds: last),
                count: count
            )
        }
        return histories
    }

    /// The rewarded transactions of the users `keys` who have any, per offer.
    private func rewardedTransactions(
        _ keys: [UserKey],
        on connection: PostgresConnection
    ) async throws -> [UserKey: [OfferID: Set<String>]] {
        guard !keys.isEmpty else { return [:] }
        let organizations = keys.map(\.organizationID.rawValue)
        let ids = keys.map(\.userID.rawValue)
        let rows = try await connection.query(
            """
            SELECT r.organization_id, r.user_id, r.offer_id, r.transaction_id
            FROM transaction_records AS r
            JOIN unnest(\(organizations)::text[], \(ids)::text[]) AS k(organization_id, user_id)
                ON r.organization_id = k.organization_id AND r.user_id = k.user_id
            WHERE r.is_rewarded AND r.offer_id IS NOT NULL
            """,
            logger: self.logger
        ).collect()
        var rewarded: [UserKey: [OfferID: Set<String>]] = [:]
        for row in rows {
            let (organizationID, userID, offerID, transactionID) = try row.decode((String, String, String, String).self)
            let key = UserKey(organizationID: OrganizationID(organizationID), userID: UserID(userID))
            rewarded[key, default: [:]][OfferID(offerID), default: []].insert(transactionID)
        }
        return rewarded
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
