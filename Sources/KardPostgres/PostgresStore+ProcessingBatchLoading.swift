import Foundation
import KardCore
import PostgresNIO

extension PostgresStore {
    /// Steps 2 and 3 of ``processPendingTransactions(limit:decide:)``.
    func loadProcessingBatch(
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
}
