import Foundation
import GRDB
import KardCore

extension SQLiteStore {
    /// Claims, decides and writes in one immediate transaction: SQLite has one writer, so no other call (of this
    /// process or another) sees the claimed transactions until the decision is committed.
    ///
    /// The transactions are found by walking the unprocessed events in sequence order; their state is loaded with
    /// one query per table (`IN` over a JSON list of keys), and `decide` runs inside the transaction, synchronously.
    /// Only the events unprocessed at loading time are marked processed (by sequence).
    /// - Throws: what `decide` throws (nothing is written then);
    ///   ``StoreError/missingReference(_:)`` (`organization …`) when a change names an organization that does not
    ///   exist; ``StoreError/duplicate(_:)`` when a notification or flag id is taken by another one.
    public func processPendingTransactions(
        limit: Int,
        decide: @Sendable (ProcessingBatch) throws -> ProcessingChanges
    ) async throws -> Int {
        guard limit > 0 else { return 0 }
        // A read first, so that polling an empty inbox never takes the write lock from ingestion.
        let hasPending = try await self.read { db in
            try Bool.fetchOne(
                db.cachedStatement(
                    sql: "SELECT EXISTS (SELECT 1 FROM transaction_events WHERE processed_at IS NULL)"
                )
            ) ?? false
        }
        guard hasPending else { return 0 }
        return try await self.write { db in
            let keys = try Self.pendingTransactionKeys(limit: limit, db: db)
            guard !keys.isEmpty else { return 0 }
            let loaded = try Self.loadProcessingBatch(keys, db: db)
            let changes = try decide(loaded.batch)
            try Self.upsertRecords(changes.records, db: db)
            try Self.insertLedgerEntries(changes.ledgerEntries, db: db)
            try Self.insertNotifications(changes.notifications, db: db)
            try Self.addPurchases(changes.purchases, db: db)
            _ = try Self.insertFlags(changes.flags, db: db)
            try db.cachedStatement(
                sql: """
                    UPDATE transaction_events SET processed_at = ?
                    WHERE sequence IN (SELECT value FROM json_each(?))
                    """
            ).execute(arguments: [
                StoredValues.milliseconds(Date()), try StoredValues.json(loaded.unprocessedSequences),
            ])
            return keys.count
        }
    }

    public func transactionRecord(
        of transactionID: String,
        in organization: OrganizationID
    ) async throws -> TransactionRecord? {
        try await self.read { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT \(Self.list(Self.transactionRecordColumns)) FROM transaction_records
                    WHERE organization_id = ? AND transaction_id = ?
                    """
            )
            return try Row.fetchOne(statement, arguments: [organization.rawValue, transactionID])
                .map(Self.transactionRecord(from:))
        }
    }

    public func unprocessedEventCount() async throws -> Int {
        try await self.read { db in
            let statement = try db.cachedStatement(
                sql: "SELECT count(*) FROM transaction_events WHERE processed_at IS NULL"
            )
            return try Int.fetchOne(statement) ?? 0
        }
    }

    public func requeueTransaction(_ transactionID: String, in organization: OrganizationID) async throws -> Bool {
        try await self.write { db in
            try Self.requeue(transactionID, in: organization, db: db)
        }
    }

    /// Marks every event of the transaction unprocessed inside the caller's transaction; returns whether it has any.
    static func requeue(_ transactionID: String, in organization: OrganizationID, db: Database) throws -> Bool {
        try db.cachedStatement(
            sql: "UPDATE transaction_events SET processed_at = NULL WHERE organization_id = ? AND transaction_id = ?"
        ).execute(arguments: [organization.rawValue, transactionID])
        return db.changesCount > 0
    }

    /// A transaction within its organization.
    private struct TransactionKey: Hashable {
        var organizationID: OrganizationID
        var transactionID: String
    }

    /// What ``loadProcessingBatch(_:db:)`` found.
    private struct LoadedBatch {
        var batch: ProcessingBatch
        /// The sequences of the events unprocessed at loading time.
        var unprocessedSequences: [Int64]
    }

    /// Up to `limit` transactions with unprocessed events, the one with the oldest unprocessed event first: walks
    /// the unprocessed events in sequence order (the partial index) until enough distinct transactions are seen.
    private static func pendingTransactionKeys(limit: Int, db: Database) throws -> [TransactionKey] {
        let statement = try db.cachedStatement(
            sql: """
                SELECT organization_id, transaction_id FROM transaction_events
                WHERE processed_at IS NULL
                ORDER BY sequence
                """
        )
        var keys: [TransactionKey] = []
        var seen: Set<TransactionKey> = []
        let rows = try Row.fetchCursor(statement)
        while keys.count < limit, let row = try rows.next() {
            let key = TransactionKey(
                organizationID: OrganizationID(try row.decode(forColumn: "organization_id")),
                transactionID: try row.decode(forColumn: "transaction_id")
            )
            if seen.insert(key).inserted { keys.append(key) }
        }
        return keys
    }

    /// The state of the transactions `keys` and of their organizations and users.
    private static func loadProcessingBatch(_ keys: [TransactionKey], db: Database) throws -> LoadedBatch {
        let keysJSON = try Self.pairsJSON(keys.map { ($0.organizationID.rawValue, $0.transactionID) })
        var transactions: [TransactionKey: PendingTransaction] = [:]
        for key in keys {
            transactions[key] = PendingTransaction(
                organizationID: key.organizationID,
                transactionID: key.transactionID,
                events: [],
                unprocessedEventIDs: [],
                record: nil,
                ledger: [],
                isFraudMarked: false
            )
        }
        var userKeys: [UserKey] = []
        var seenUsers: Set<UserKey> = []
        func noteUser(_ user: UserKey) {
            if seenUsers.insert(user).inserted { userKeys.append(user) }
        }

        var unprocessedSequences: [Int64] = []
        let events = try db.cachedStatement(
            sql: """
                SELECT sequence, organization_id, event_id, transaction_id, user_id, payload, received_at, processed_at
                FROM transaction_events
                WHERE (organization_id, transaction_id) IN (\(Self.jsonPairs))
                ORDER BY sequence
                """
        )
        for row in try Row.fetchAll(events, arguments: [keysJSON]) {
            let event = StoredTransactionEvent(
                organizationID: OrganizationID(try row.decode(forColumn: "organization_id")),
                eventID: try row.decode(forColumn: "event_id"),
                transactionID: try row.decode(forColumn: "transaction_id"),
                userID: UserID(try row.decode(forColumn: "user_id")),
                payload: try row.decode(forColumn: "payload"),
                receivedAt: StoredValues.date(milliseconds: try row.decode(forColumn: "received_at"))
            )
            let key = TransactionKey(organizationID: event.organizationID, transactionID: event.transactionID)
            transactions[key]?.events.append(event)
            let processedAt: Int64? = try row.decode(forColumn: "processed_at")
            if processedAt == nil {
                transactions[key]?.unprocessedEventIDs.insert(event.eventID)
                unprocessedSequences.append(try row.decode(forColumn: "sequence"))
            }
            noteUser(UserKey(organizationID: event.organizationID, userID: event.userID))
        }

        let records = try db.cachedStatement(
            sql: """
                SELECT \(Self.list(Self.transactionRecordColumns)) FROM transaction_records
                WHERE (organization_id, transaction_id) IN (\(Self.jsonPairs))
                """
        )
        for row in try Row.fetchAll(records, arguments: [keysJSON]) {
            let record = try Self.transactionRecord(from: row)
            transactions[TransactionKey(organizationID: record.organizationID, transactionID: record.transactionID)]?
                .record = record
            noteUser(UserKey(organizationID: record.organizationID, userID: record.userID))
        }

        let ledger = try db.cachedStatement(
            sql: """
                SELECT sequence, \(Self.list(Self.ledgerColumns)) FROM reward_ledger
                WHERE (organization_id, transaction_id) IN (\(Self.jsonPairs))
                ORDER BY sequence
                """
        )
        for row in try Row.fetchAll(ledger, arguments: [keysJSON]) {
            let entry = try Self.ledgerEntry(from: row)
            transactions[TransactionKey(organizationID: entry.organizationID, transactionID: entry.transactionID)]?
                .ledger.append(entry)
        }

        let markers = try db.cachedStatement(
            sql: """
                SELECT organization_id, transaction_id FROM fraud_markers
                WHERE (organization_id, transaction_id) IN (\(Self.jsonPairs))
                """
        )
        for row in try Row.fetchAll(markers, arguments: [keysJSON]) {
            let key = TransactionKey(
                organizationID: OrganizationID(try row.decode(forColumn: "organization_id")),
                transactionID: try row.decode(forColumn: "transaction_id")
            )
            transactions[key]?.isFraudMarked = true
        }

        let organizationIDs = Array(Set(keys.map(\.organizationID.rawValue))).sorted()
        let batch = ProcessingBatch(
            transactions: keys.compactMap { transactions[$0] },
            organizations: try Self.organizations(organizationIDs, db: db),
            users: try Self.users(userKeys, db: db),
            purchaseHistory: try Self.purchaseHistories(userKeys, db: db),
            rewardedTransactions: try Self.rewardedTransactions(userKeys, db: db)
        )
        return LoadedBatch(batch: batch, unprocessedSequences: unprocessedSequences)
    }

    /// The organizations `ids` that exist.
    private static func organizations(_ ids: [String], db: Database) throws -> [OrganizationID: Organization] {
        let statement = try db.cachedStatement(
            sql: """
                SELECT \(Self.organizationColumns) FROM organizations
                WHERE id IN (SELECT value FROM json_each(?))
                """
        )
        var organizations: [OrganizationID: Organization] = [:]
        for row in try Row.fetchAll(statement, arguments: [try StoredValues.json(ids)]) {
            let organization = try Self.organization(from: row)
            organizations[organization.id] = organization
        }
        return organizations
    }

    /// The users `keys` that exist, with their cards by creation time then id.
    private static func users(_ keys: [UserKey], db: Database) throws -> [UserKey: User] {
        let keysJSON = try Self.pairsJSON(keys.map { ($0.organizationID.rawValue, $0.userID.rawValue) })
        let cardStatement = try db.cachedStatement(
            sql: """
                SELECT \(Self.cardColumns) FROM cards
                WHERE (organization_id, user_id) IN (\(Self.jsonPairs))
                ORDER BY organization_id, user_id, created_at, id
                """
        )
        var cards: [UserKey: [Card]] = [:]
        for row in try Row.fetchAll(cardStatement, arguments: [keysJSON]) {
            let key = UserKey(
                organizationID: OrganizationID(try row.decode(forColumn: "organization_id")),
                userID: UserID(try row.decode(forColumn: "user_id"))
            )
            cards[key, default: []].append(try Self.card(from: row))
        }
        let userStatement = try db.cachedStatement(
            sql: """
                SELECT \(Self.userColumns) FROM users
                WHERE (organization_id, id) IN (\(Self.jsonPairs))
                """
        )
        var users: [UserKey: User] = [:]
        for row in try Row.fetchAll(userStatement, arguments: [keysJSON]) {
            let key = UserKey(
                organizationID: OrganizationID(try row.decode(forColumn: "organization_id")),
                userID: UserID(try row.decode(forColumn: "id"))
            )
            users[key] = try Self.user(from: row, cards: cards[key] ?? [])
        }
        return users
    }

    /// The purchase history of the users `keys` who bought anything.
    private static func purchaseHistories(
        _ keys: [UserKey],
        db: Database
    ) throws -> [UserKey: [MerchantID: PurchaseSummary]] {
        let statement = try db.cachedStatement(
            sql: """
                SELECT organization_id, user_id, merchant_id, first_purchase_at, last_purchase_at, purchase_count
                FROM merchant_purchases
                WHERE (organization_id, user_id) IN (\(Self.jsonPairs))
                """
        )
        let keysJSON = try Self.pairsJSON(keys.map { ($0.organizationID.rawValue, $0.userID.rawValue) })
        var histories: [UserKey: [MerchantID: PurchaseSummary]] = [:]
        for row in try Row.fetchAll(statement, arguments: [keysJSON]) {
            let key = UserKey(
                organizationID: OrganizationID(try row.decode(forColumn: "organization_id")),
                userID: UserID(try row.decode(forColumn: "user_id"))
            )
            histories[key, default: [:]][MerchantID(try row.decode(forColumn: "merchant_id"))] =
                try Self.purchaseSummary(from: row)
        }
        return histories
    }

    /// The rewarded transactions of the users `keys` who have any, per offer.
    private static func rewardedTransactions(
        _ keys: [UserKey],
        db: Database
    ) throws -> [UserKey: [OfferID: Set<String>]] {
        let statement = try db.cachedStatement(
            sql: """
                SELECT organization_id, user_id, offer_id, transaction_id FROM transaction_records
                WHERE (organization_id, user_id) IN (\(Self.jsonPairs))
                    AND is_rewarded = 1 AND offer_id IS NOT NULL
                """
        )
        let keysJSON = try Self.pairsJSON(keys.map { ($0.organizationID.rawValue, $0.userID.rawValue) })
        var rewarded: [UserKey: [OfferID: Set<String>]] = [:]
        for row in try Row.fetchAll(statement, arguments: [keysJSON]) {
            let key = UserKey(
                organizationID: OrganizationID(try row.decode(forColumn: "organization_id")),
                userID: UserID(try row.decode(forColumn: "user_id"))
            )
            let offerID = OfferID(try row.decode(forColumn: "offer_id"))
            rewarded[key, default: [:]][offerID, default: []].insert(try row.decode(forColumn: "transaction_id"))
        }
        return rewarded
    }
}
