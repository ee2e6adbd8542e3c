import Foundation
import GRDB
import KardCore

/// The processing tables' columns, conversions between their rows and the processing values, and the inserts the
/// processor, the ledger, the outbox, audits and fraud monitoring share.
extension SQLiteStore {
    static let transactionRecordColumns = [
        "organization_id", "transaction_id", "user_id", "status", "amount_cents", "transaction_date", "merchant_id",
        "offer_id", "is_rewarded", "is_purchase_recorded", "explanation", "created_at", "updated_at",
    ]

    /// The columns of a ledger entry, its `sequence` excepted (assigned by the database).
    static let ledgerColumns = [
        "organization_id", "entry_id", "transaction_id", "user_id", "offer_id", "merchant_id", "movement",
        "source_id", "transaction_amount_cents", "commission_cents", "issuer_cents", "user_cents",
        "transaction_date", "payment", "paid_at", "created_at",
    ]

    /// The columns of a notification, its `sequence` excepted (assigned by the database).
    static let notificationColumns = [
        "organization_id", "notification_id", "source_key", "event", "user_id", "transaction_id", "content",
        "created_at",
    ]

    static let auditColumns = [
        "organization_id", "audit_id", "user_id", "transaction_id", "code", "merchant_name", "description",
        "merchant_id", "transaction_amount_cents", "preferred_contact_email", "submitter_name", "status",
        "resolution_code", "resolution_description", "resolved_at", "created_at", "updated_at",
    ]

    static let flagColumns = [
        "organization_id", "flag_id", "user_id", "kind", "day", "transaction_id", "detail", "created_at",
    ]

    /// `columns` as a select or insert list.
    static func list(_ columns: [String]) -> String {
        columns.joined(separator: ", ")
    }

    /// A subquery of `(organization, key)` pairs out of a JSON array of two-string arrays (the statement's next
    /// argument, built by ``pairsJSON(_:)``), for `WHERE (organization_id, x) IN (…)`.
    static let jsonPairs = "SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)"

    /// `pairs` as the JSON argument of ``jsonPairs``.
    static func pairsJSON(_ pairs: [(String, String)]) throws -> String {
        try StoredValues.json(pairs.map { [$0.0, $0.1] })
    }

    // MARK: Transaction records

    /// Inserts `records`, replacing the stored record of the same organization and transaction, inside the caller's
    /// transaction.
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when a record's organization does not exist.
    static func upsertRecords(_ records: [TransactionRecord], db: Database) throws {
        guard !records.isEmpty else { return }
        let assignments = Self.transactionRecordColumns
            .filter { $0 != "organization_id" && $0 != "transaction_id" }
            .map { "\($0) = excluded.\($0)" }
            .joined(separator: ", ")
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO transaction_records (\(Self.list(Self.transactionRecordColumns)))
                VALUES (\(SQLiteValues.placeholders(Self.transactionRecordColumns.count)))
                ON CONFLICT (organization_id, transaction_id) DO UPDATE SET \(assignments)
                """
        )
        for record in records {
            let arguments = try Self.recordValues(record)
            try SQLiteValues.mapMissingReference("organization \(record.organizationID)") {
                try upsert.execute(arguments: arguments)
            }
        }
    }

    /// The values of ``transactionRecordColumns``, in order.
    static func recordValues(_ record: TransactionRecord) throws -> StatementArguments {
        StatementArguments(
            [
                record.organizationID.rawValue,
                record.transactionID,
                record.userID.rawValue,
                record.status.rawValue,
                record.amountCents,
                StoredValues.milliseconds(record.transactionDate),
                record.merchantID?.rawValue,
                record.offerID?.rawValue,
                record.isRewarded,
                record.isPurchaseRecorded,
                try StoredValues.json(record.explanation),
                StoredValues.milliseconds(record.createdAt),
                StoredValues.milliseconds(record.updatedAt),
            ] as [(any DatabaseValueConvertible)?]
        )
    }

    static func transactionRecord(from row: Row) throws -> TransactionRecord {
        let merchantID: String? = try row.decode(forColumn: "merchant_id")
        let offerID: String? = try row.decode(forColumn: "offer_id")
        return TransactionRecord(
            organizationID: OrganizationID(try row.decode(forColumn: "organization_id")),
            transactionID: try row.decode(forColumn: "transaction_id"),
            userID: UserID(try row.decode(forColumn: "user_id")),
            status: try SQLiteValues.decodeRawValue(TransactionStatus.self, column: "status", of: row),
            amountCents: try row.decode(forColumn: "amount_cents"),
            transactionDate: StoredValues.date(milliseconds: try row.decode(forColumn: "transaction_date")),
            merchantID: merchantID.map(MerchantID.init),
            offerID: offerID.map(OfferID.init),
            isRewarded: try row.decode(forColumn: "is_rewarded"),
            isPurchaseRecorded: try row.decode(forColumn: "is_purchase_recorded"),
            explanation: try SQLiteValues.decodeJSON(MatchExplanation.self, column: "explanation", of: row),
            createdAt: StoredValues.date(milliseconds: try row.decode(forColumn: "created_at")),
            updatedAt: StoredValues.date(milliseconds: try row.decode(forColumn: "updated_at"))
        )
    }

    // MARK: Ledger entries

    /// Inserts `entries` in order inside the caller's transaction; an entry id stored already in its organization
    /// (or given twice) keeps its first entry.
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when an entry's organization does not exist.
    static func insertLedgerEntries(_ entries: [RewardLedgerEntry], db: Database) throws {
        guard !entries.isEmpty else { return }
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO reward_ledger (\(Self.list(Self.ledgerColumns)))
                VALUES (\(SQLiteValues.placeholders(Self.ledgerColumns.count)))
                ON CONFLICT (organization_id, entry_id) DO NOTHING
                """
        )
        for entry in entries {
            try SQLiteValues.mapMissingReference("organization \(entry.organizationID)") {
                try insert.execute(arguments: Self.ledgerValues(entry))
            }
        }
    }

    /// The values of ``ledgerColumns``, in order.
    static func ledgerValues(_ entry: RewardLedgerEntry) -> StatementArguments {
        StatementArguments(
            [
                entry.organizationID.rawValue,
                entry.entryID,
                entry.transactionID,
                entry.userID.rawValue,
                entry.offerID.rawValue,
                entry.merchantID.rawValue,
                entry.movement.rawValue,
                entry.sourceID,
                entry.transactionAmountCents,
                entry.commissionCents,
                entry.issuerCents,
                entry.userCents,
                StoredValues.milliseconds(entry.transactionDate),
                entry.payment.rawValue,
                entry.paidAt.map(StoredValues.milliseconds),
                StoredValues.milliseconds(entry.createdAt),
            ] as [(any DatabaseValueConvertible)?]
        )
    }

    /// A ledger entry from a row of ``ledgerColumns`` and `sequence`.
    static func ledgerEntry(from row: Row) throws -> RewardLedgerEntry {
        let paidAt: Int64? = try row.decode(forColumn: "paid_at")
        return RewardLedgerEntry(
            organizationID: OrganizationID(try row.decode(forColumn: "organization_id")),
            entryID: try row.decode(forColumn: "entry_id"),
            transactionID: try row.decode(forColumn: "transaction_id"),
            userID: UserID(try row.decode(forColumn: "user_id")),
            offerID: OfferID(try row.decode(forColumn: "offer_id")),
            merchantID: MerchantID(try row.decode(forColumn: "merchant_id")),
            movement: try SQLiteValues.decodeRawValue(RewardMovement.self, column: "movement", of: row),
            sourceID: try row.decode(forColumn: "source_id"),
            transactionAmountCents: try row.decode(forColumn: "transaction_amount_cents"),
            commissionCents: try row.decode(forColumn: "commission_cents"),
            issuerCents: try row.decode(forColumn: "issuer_cents"),
            userCents: try row.decode(forColumn: "user_cents"),
            transactionDate: StoredValues.date(milliseconds: try row.decode(forColumn: "transaction_date")),
            payment: try SQLiteValues.decodeRawValue(IssuerPayment.self, column: "payment", of: row),
            paidAt: paidAt.map(StoredValues.date(milliseconds:)),
            createdAt: StoredValues.date(milliseconds: try row.decode(forColumn: "created_at")),
            sequence: try row.decode(forColumn: "sequence")
        )
    }

    // MARK: Notifications

    /// Inserts `notifications` in order inside the caller's transaction; a source key stored already in its
    /// organization (or given twice) keeps its first notification.
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when a notification's organization does not
    ///   exist; ``StoreError/duplicate(_:)`` (`notification …`) when its id is taken by another source key.
    static func insertNotifications(_ notifications: [OutboxNotification], db: Database) throws {
        guard !notifications.isEmpty else { return }
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO notification_outbox (\(Self.list(Self.notificationColumns)))
                VALUES (\(SQLiteValues.placeholders(Self.notificationColumns.count)))
                ON CONFLICT (organization_id, source_key) DO NOTHING
                """
        )
        for notification in notifications {
            let arguments = try Self.notificationValues(notification)
            try SQLiteValues.mapMissingReference("organization \(notification.organizationID)") {
                try SQLiteValues.mapDuplicate("notification \(notification.notificationID)") {
                    try insert.execute(arguments: arguments)
                }
            }
        }
    }

    /// The values of ``notificationColumns``, in order.
    static func notificationValues(_ notification: OutboxNotification) throws -> StatementArguments {
        StatementArguments(
            [
                notification.organizationID.rawValue,
                notification.notificationID,
                notification.sourceKey,
                notification.event.rawValue,
                notification.userID?.rawValue,
                notification.transactionID,
                try StoredValues.json(notification.content),
                StoredValues.milliseconds(notification.createdAt),
            ] as [(any DatabaseValueConvertible)?]
        )
    }

    /// A notification from a row of ``notificationColumns`` and `sequence`.
    static func notification(from row: Row) throws -> OutboxNotification {
        let userID: String? = try row.decode(forColumn: "user_id")
        return OutboxNotification(
            organizationID: OrganizationID(try row.decode(forColumn: "organization_id")),
            notificationID: try row.decode(forColumn: "notification_id"),
            sourceKey: try row.decode(forColumn: "source_key"),
            event: try SQLiteValues.decodeRawValue(NotificationEvent.self, column: "event", of: row),
            userID: userID.map(UserID.init),
            transactionID: try row.decode(forColumn: "transaction_id"),
            content: try SQLiteValues.decodeJSON(NotificationContent.self, column: "content", of: row),
            createdAt: StoredValues.date(milliseconds: try row.decode(forColumn: "created_at")),
            sequence: try row.decode(forColumn: "sequence")
        )
    }

    // MARK: Audits

    /// The values of ``auditColumns``, in order.
    static func auditValues(_ audit: Audit) -> StatementArguments {
        StatementArguments(
            [
                audit.organizationID.rawValue,
                audit.auditID,
                audit.userID?.rawValue,
                audit.transactionID,
                audit.code,
                audit.merchantName,
                audit.description,
                audit.merchantID?.rawValue,
                audit.transactionAmountCents,
                audit.preferredContactEmail,
                audit.submitterName,
                audit.status.rawValue,
                audit.resolutionCode,
                audit.resolutionDescription,
                audit.resolvedAt.map(StoredValues.milliseconds),
                StoredValues.milliseconds(audit.createdAt),
                StoredValues.milliseconds(audit.updatedAt),
            ] as [(any DatabaseValueConvertible)?]
        )
    }

    static func audit(from row: Row) throws -> Audit {
        let userID: String? = try row.decode(forColumn: "user_id")
        let merchantID: String? = try row.decode(forColumn: "merchant_id")
        let resolvedAt: Int64? = try row.decode(forColumn: "resolved_at")
        return Audit(
            organizationID: OrganizationID(try row.decode(forColumn: "organization_id")),
            auditID: try row.decode(forColumn: "audit_id"),
            userID: userID.map(UserID.init),
            transactionID: try row.decode(forColumn: "transaction_id"),
            code: try row.decode(forColumn: "code"),
            merchantName: try row.decode(forColumn: "merchant_name"),
            description: try row.decode(forColumn: "description"),
            merchantID: merchantID.map(MerchantID.init),
            transactionAmountCents: try row.decode(forColumn: "transaction_amount_cents"),
            preferredContactEmail: try row.decode(forColumn: "preferred_contact_email"),
            submitterName: try row.decode(forColumn: "submitter_name"),
            status: try SQLiteValues.decodeRawValue(AuditStatus.self, column: "status", of: row),
            resolutionCode: try row.decode(forColumn: "resolution_code"),
            resolutionDescription: try row.decode(forColumn: "resolution_description"),
            resolvedAt: resolvedAt.map(StoredValues.date(milliseconds:)),
            createdAt: StoredValues.date(milliseconds: try row.decode(forColumn: "created_at")),
            updatedAt: StoredValues.date(milliseconds: try row.decode(forColumn: "updated_at"))
        )
    }

    // MARK: Flags

    /// Inserts `flags` in order inside the caller's transaction; a flag of an organization, user, kind and day
    /// stored already (or given twice) is skipped.
    /// - Returns: the flags stored now.
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when a flag's organization does not exist;
    ///   ``StoreError/duplicate(_:)`` (`flag …`) when its id is taken by another flag.
    static func insertFlags(_ flags: [TransactionFlag], db: Database) throws -> [TransactionFlag] {
        guard !flags.isEmpty else { return [] }
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO transaction_flags (\(Self.list(Self.flagColumns)))
                VALUES (\(SQLiteValues.placeholders(Self.flagColumns.count)))
                ON CONFLICT (organization_id, user_id, kind, day) DO NOTHING
                """
        )
        var stored: [TransactionFlag] = []
        for flag in flags {
            try SQLiteValues.mapMissingReference("organization \(flag.organizationID)") {
                try SQLiteValues.mapDuplicate("flag \(flag.flagID)") {
                    try insert.execute(arguments: [
                        flag.organizationID.rawValue,
                        flag.flagID,
                        flag.userID.rawValue,
                        flag.kind.rawValue,
                        flag.day,
                        flag.transactionID,
                        flag.detail,
                        StoredValues.milliseconds(flag.createdAt),
                    ])
                }
            }
            if db.changesCount > 0 { stored.append(flag) }
        }
        return stored
    }

    static func flag(from row: Row) throws -> TransactionFlag {
        TransactionFlag(
            organizationID: OrganizationID(try row.decode(forColumn: "organization_id")),
            flagID: try row.decode(forColumn: "flag_id"),
            userID: UserID(try row.decode(forColumn: "user_id")),
            kind: try SQLiteValues.decodeRawValue(TransactionFlagKind.self, column: "kind", of: row),
            day: try row.decode(forColumn: "day"),
            transactionID: try row.decode(forColumn: "transaction_id"),
            detail: try row.decode(forColumn: "detail"),
            createdAt: StoredValues.date(milliseconds: try row.decode(forColumn: "created_at"))
        )
    }
}
