import Foundation
import KardCore
import PostgresNIO

/// The processing tables' select lists, their rows as processing values, and the multi-row writes that the processor,
/// the ledger, the outbox, audits and fraud monitoring share (each inside the caller's transaction).
extension PostgresStore {
    // MARK: Transaction records

    /// The record columns (table alias `r`) as ``transactionRecord(from:)`` reads them.
    static let transactionRecordSelect = """
        SELECT r.organization_id, r.transaction_id, r.user_id, r.status, r.amount_cents,
            \(PostgresValues.milliseconds("r.transaction_date")), r.merchant_id, r.offer_id, r.is_rewarded,
            r.is_purchase_recorded, r.explanation,
            \(PostgresValues.milliseconds("r.created_at")), \(PostgresValues.milliseconds("r.updated_at"))
        FROM transaction_records AS r
        """

    static let transactionRecordColumns = [
        "organization_id", "transaction_id", "user_id", "status", "amount_cents", "transaction_date", "merchant_id",
        "offer_id", "is_rewarded", "is_purchase_recorded", "explanation", "created_at", "updated_at",
    ]

    /// Every record column but the key, replaced by the new row.
    static let transactionRecordAssignments = PostgresStore.transactionRecordColumns
        .filter { $0 != "organization_id" && $0 != "transaction_id" }
        .map { "\($0) = excluded.\($0)" }
        .joined(separator: ", ")

    /// Upserts `records` with multi-row statements (the last record of a key given twice wins), in key order so that
    /// concurrent writers lock rows in the same order.
    func upsertRecords(_ records: [TransactionRecord], on connection: PostgresConnection) async throws {
        guard !records.isEmpty else { return }
        var latest: [TransactionKey: TransactionRecord] = [:]
        for record in records {
            latest[TransactionKey(record.organizationID.rawValue, record.transactionID)] = record
        }
        let sorted = latest.sorted { $0.key < $1.key }.map(\.value)
        for batch in Self.batches(sorted) {
            let query = try Self.upsertRecordsQuery(batch)
            _ = try await connection.query(query, logger: self.logger).collect()
        }
    }

    /// One multi-row upsert of `records` (their keys distinct).
    static func upsertRecordsQuery(_ records: ArraySlice<TransactionRecord>) throws -> PostgresQuery {
        let organizations = records.map(\.organizationID.rawValue)
        let transactions = records.map(\.transactionID)
        let users = records.map(\.userID.rawValue)
        let statuses = records.map(\.status.rawValue)
        let amounts = records.map(\.amountCents)
        let dates = records.map { StoredValues.milliseconds($0.transactionDate) }
        let merchants = PostgresValues.textArrayLiteral(records.map(\.merchantID?.rawValue))
        let offers = PostgresValues.textArrayLiteral(records.map(\.offerID?.rawValue))
        let rewarded = records.map(\.isRewarded)
        let purchaseRecorded = records.map(\.isPurchaseRecorded)
        let explanations = try records.map { try StoredValues.json($0.explanation) }
        let createdAt = records.map { StoredValues.milliseconds($0.createdAt) }
        let updatedAt = records.map { StoredValues.milliseconds($0.updatedAt) }
        return """
            INSERT INTO transaction_records (\(unescaped: Self.transactionRecordColumns.joined(separator: ", ")))
            SELECT r.organization_id, r.transaction_id, r.user_id, r.status, r.amount_cents,
                \(unescaped: PostgresValues.timestamp("r.date_ms")), r.merchant_id, r.offer_id, r.is_rewarded,
                r.is_purchase_recorded, r.explanation,
                \(unescaped: PostgresValues.timestamp("r.created_ms")), \(unescaped: PostgresValues.timestamp("r.updated_ms"))
            FROM unnest(\(organizations)::text[], \(transactions)::text[], \(users)::text[], \(statuses)::text[],
                \(amounts)::int8[], \(dates)::int8[], \(merchants)::text[], \(offers)::text[], \(rewarded)::bool[],
                \(purchaseRecorded)::bool[], \(explanations)::text[], \(createdAt)::int8[], \(updatedAt)::int8[])
                AS r(organization_id, transaction_id, user_id, status, amount_cents, date_ms, merchant_id, offer_id,
                    is_rewarded, is_purchase_recorded, explanation, created_ms, updated_ms)
            ON CONFLICT (organization_id, transaction_id) DO UPDATE SET \(unescaped: Self.transactionRecordAssignments)
            """
    }

    static func transactionRecord(from row: PostgresRow) throws -> TransactionRecord {
        var columns = PostgresColumnReader(row)
        return TransactionRecord(
            organizationID: OrganizationID(try columns.next()),
            transactionID: try columns.next(),
            userID: UserID(try columns.next()),
            status: try columns.nextRawValue(),
            amountCents: try columns.next(),
            transactionDate: try columns.nextDate(),
            merchantID: try columns.next(String?.self).map(MerchantID.init),
            offerID: try columns.next(String?.self).map(OfferID.init),
            isRewarded: try columns.next(),
            isPurchaseRecorded: try columns.next(),
            explanation: try columns.nextJSON(),
            createdAt: try columns.nextDate(),
            updatedAt: try columns.nextDate()
        )
    }

    // MARK: Ledger entries

    /// The ledger columns (table alias `l`) as ``ledgerEntry(from:)`` reads them.
    static let ledgerSelect = """
        SELECT l.sequence, l.organization_id, l.entry_id, l.transaction_id, l.user_id, l.offer_id, l.merchant_id,
            l.movement, l.source_id, l.transaction_amount_cents, l.commission_cents, l.issuer_cents, l.user_cents,
            \(PostgresValues.milliseconds("l.transaction_date")), l.payment, \(PostgresValues.milliseconds("l.paid_at")),
            \(PostgresValues.milliseconds("l.created_at"))
        FROM reward_ledger AS l
        """

    /// Inserts `entries` in order (their sequences follow it); an entry id stored already in its organization, or
    /// given twice, keeps its first entry.
    func insertLedgerEntries(_ entries: [RewardLedgerEntry], on connection: PostgresConnection) async throws {
        for batch in Self.batches(entries) {
            _ = try await connection.query(Self.insertLedgerEntriesQuery(batch), logger: self.logger).collect()
        }
    }

    static func insertLedgerEntriesQuery(_ entries: ArraySlice<RewardLedgerEntry>) -> PostgresQuery {
        let organizations = entries.map(\.organizationID.rawValue)
        let entryIDs = entries.map(\.entryID)
        let transactions = entries.map(\.transactionID)
        let users = entries.map(\.userID.rawValue)
        let offers = entries.map(\.offerID.rawValue)
        let merchants = entries.map(\.merchantID.rawValue)
        let movements = entries.map(\.movement.rawValue)
        let sources = entries.map(\.sourceID)
        let amounts = entries.map(\.transactionAmountCents)
        let commissions = entries.map(\.commissionCents)
        let issuerCents = entries.map(\.issuerCents)
        let userCents = entries.map(\.userCents)
        let dates = entries.map { StoredValues.milliseconds($0.transactionDate) }
        let payments = entries.map(\.payment.rawValue)
        let paidAt = PostgresValues.integerArrayLiteral(entries.map { $0.paidAt.map(StoredValues.milliseconds) })
        let createdAt = entries.map { StoredValues.milliseconds($0.createdAt) }
        return """
            INSERT INTO reward_ledger (organization_id, entry_id, transaction_id, user_id, offer_id, merchant_id,
                movement, source_id, transaction_amount_cents, commission_cents, issuer_cents, user_cents,
                transaction_date, payment, paid_at, created_at)
            SELECT l.organization_id, l.entry_id, l.transaction_id, l.user_id, l.offer_id, l.merchant_id, l.movement,
                l.source_id, l.transaction_amount_cents, l.commission_cents, l.issuer_cents, l.user_cents,
                \(unescaped: PostgresValues.timestamp("l.date_ms")), l.payment,
                \(unescaped: PostgresValues.timestamp("l.paid_ms")), \(unescaped: PostgresValues.timestamp("l.created_ms"))
            FROM unnest(\(organizations)::text[], \(entryIDs)::text[], \(transactions)::text[], \(users)::text[],
                \(offers)::text[], \(merchants)::text[], \(movements)::text[], \(sources)::text[], \(amounts)::int8[],
                \(commissions)::int8[], \(issuerCents)::int8[], \(userCents)::int8[], \(dates)::int8[],
                \(payments)::text[], \(paidAt)::int8[], \(createdAt)::int8[])
                WITH ORDINALITY AS l(organization_id, entry_id, transaction_id, user_id, offer_id, merchant_id,
                    movement, source_id, transaction_amount_cents, commission_cents, issuer_cents, user_cents, date_ms,
                    payment, paid_ms, created_ms, position)
            ORDER BY l.position
            ON CONFLICT (organization_id, entry_id) DO NOTHING
            """
    }

    static func ledgerEntry(from row: PostgresRow) throws -> RewardLedgerEntry {
        var columns = PostgresColumnReader(row)
        let sequence: Int64 = try columns.next()
        return RewardLedgerEntry(
            organizationID: OrganizationID(try columns.next()),
            entryID: try columns.next(),
            transactionID: try columns.next(),
            userID: UserID(try columns.next()),
            offerID: OfferID(try columns.next()),
            merchantID: MerchantID(try columns.next()),
            movement: try columns.nextRawValue(),
            sourceID: try columns.next(),
            transactionAmountCents: try columns.next(),
            commissionCents: try columns.next(),
            issuerCents: try columns.next(),
            userCents: try columns.next(),
            transactionDate: try columns.nextDate(),
            payment: try columns.nextRawValue(),
            paidAt: try columns.next(Int64?.self).map(StoredValues.date(milliseconds:)),
            createdAt: try columns.nextDate(),
            sequence: sequence
        )
    }

    // MARK: Notifications

    /// The outbox columns (table alias `n`) as ``notification(from:)`` reads them.
    static let notificationSelect = """
        SELECT n.sequence, n.organization_id, n.notification_id, n.source_key, n.event, n.user_id, n.transaction_id,
            n.content, \(PostgresValues.milliseconds("n.created_at"))
        FROM notification_outbox AS n
        """

    /// Inserts `notifications` in order (their sequences follow it); a source key stored already in its
    /// organization, or given twice, keeps its first notification. A notification id taken by another source key
    /// fails the statement with a unique violation (see ``writeError(_:organizations:notifications:flags:)``).
    func insertNotifications(_ notifications: [OutboxNotification], on connection: PostgresConnection) async throws {
        for batch in Self.batches(notifications) {
            let query = try Self.insertNotificationsQuery(batch)
            _ = try await connection.query(query, logger: self.logger).collect()
        }
    }

    static func insertNotificationsQuery(_ notifications: ArraySlice<OutboxNotification>) throws -> PostgresQuery {
        let organizations = notifications.map(\.organizationID.rawValue)
        let ids = notifications.map(\.notificationID)
        let sourceKeys = notifications.map(\.sourceKey)
        let events = notifications.map(\.event.rawValue)
        let users = PostgresValues.textArrayLiteral(notifications.map(\.userID?.rawValue))
        let transactions = PostgresValues.textArrayLiteral(notifications.map(\.transactionID))
        let contents = try notifications.map { try StoredValues.json($0.content) }
        let createdAt = notifications.map { StoredValues.milliseconds($0.createdAt) }
        return """
            INSERT INTO notification_outbox (organization_id, notification_id, source_key, event, user_id,
                transaction_id, content, created_at)
            SELECT n.organization_id, n.notification_id, n.source_key, n.event, n.user_id, n.transaction_id, n.content,
                \(unescaped: PostgresValues.timestamp("n.created_ms"))
            FROM unnest(\(organizations)::text[], \(ids)::text[], \(sourceKeys)::text[], \(events)::text[],
                \(users)::text[], \(transactions)::text[], \(contents)::text[], \(createdAt)::int8[])
                WITH ORDINALITY AS n(organization_id, notification_id, source_key, event, user_id, transaction_id,
                    content, created_ms, position)
            ORDER BY n.position
            ON CONFLICT (organization_id, source_key) DO NOTHING
            """
    }

    static func notification(from row: PostgresRow) throws -> OutboxNotification {
        var columns = PostgresColumnReader(row)
        let sequence: Int64 = try columns.next()
        return OutboxNotification(
            organizationID: OrganizationID(try columns.next()),
            notificationID: try columns.next(),
            sourceKey: try columns.next(),
            event: try columns.nextRawValue(),
            userID: try columns.next(String?.self).map(UserID.init),
            transactionID: try columns.next(),
            content: try columns.nextJSON(),
            createdAt: try columns.nextDate(),
            sequence: sequence
        )
    }

    // MARK: Flags

    /// The flag columns (table alias `f`) as ``flag(from:)`` reads them.
    static let flagSelect = """
        SELECT f.organization_id, f.flag_id, f.user_id, f.kind, f.day, f.transaction_id, f.detail,
            \(PostgresValues.milliseconds("f.created_at"))
        FROM transaction_flags AS f
        """

    /// Inserts `flags`; a flag of an organization, user, kind and day stored already, or given twice, is skipped. A
    /// flag id taken by another flag fails the statement with a unique violation.
    /// - Returns: the flags stored now, in the order of `flags`.
    func insertFlags(_ flags: [TransactionFlag], on connection: PostgresConnection) async throws -> [TransactionFlag] {
        guard !flags.isEmpty else { return [] }
        var inserted: Set<String> = []
        for batch in Self.batches(flags) {
            for row in try await connection.query(Self.insertFlagsQuery(batch), logger: self.logger).collect() {
                inserted.insert(try row.decode(String.self))
            }
        }
        // A flag id given twice is stored once, for its first flag.
        var reported: Set<String> = []
        return flags.filter { inserted.contains($0.flagID) && reported.insert($0.flagID).inserted }
    }

    static func insertFlagsQuery(_ flags: ArraySlice<TransactionFlag>) -> PostgresQuery {
        let organizations = flags.map(\.organizationID.rawValue)
        let ids = flags.map(\.flagID)
        let users = flags.map(\.userID.rawValue)
        let kinds = flags.map(\.kind.rawValue)
        let days = flags.map(\.day)
        let transactions = PostgresValues.textArrayLiteral(flags.map(\.transactionID))
        let details = flags.map(\.detail)
        let createdAt = flags.map { StoredValues.milliseconds($0.createdAt) }
        return """
            INSERT INTO transaction_flags (organization_id, flag_id, user_id, kind, day, transaction_id, detail,
                created_at)
            SELECT f.organization_id, f.flag_id, f.user_id, f.kind, f.day, f.transaction_id, f.detail,
                \(unescaped: PostgresValues.timestamp("f.created_ms"))
            FROM unnest(\(organizations)::text[], \(ids)::text[], \(users)::text[], \(kinds)::text[], \(days)::text[],
                \(transactions)::text[], \(details)::text[], \(createdAt)::int8[])
                WITH ORDINALITY AS f(organization_id, flag_id, user_id, kind, day, transaction_id, detail, created_ms,
                    position)
            ORDER BY f.position
            ON CONFLICT (organization_id, user_id, kind, day) DO NOTHING
            RETURNING flag_id
            """
    }

    static func flag(from row: PostgresRow) throws -> TransactionFlag {
        var columns = PostgresColumnReader(row)
        return TransactionFlag(
            organizationID: OrganizationID(try columns.next()),
            flagID: try columns.next(),
            userID: UserID(try columns.next()),
            kind: try columns.nextRawValue(),
            day: try columns.next(),
            transactionID: try columns.next(),
            detail: try columns.next(),
            createdAt: try columns.nextDate()
        )
    }
}

/// A transaction within its organization (raw ids, as the tables hold them), ordered by organization then id.
struct TransactionKey: Hashable, Comparable, Sendable {
    var organizationID: String
    var transactionID: String

    init(_ organizationID: String, _ transactionID: String) {
        self.organizationID = organizationID
        self.transactionID = transactionID
    }

    static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.organizationID, lhs.transactionID) < (rhs.organizationID, rhs.transactionID)
    }
}
