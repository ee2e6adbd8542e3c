import Foundation
import GRDB
import KardCore

extension SQLiteStore {
    /// Inserts the audits, then their notifications (`ON CONFLICT DO NOTHING` on the source key), in one immediate
    /// transaction.
    /// - Throws: ``StoreError/duplicate(_:)`` (`audit …`) when an audit id exists already or is given twice;
    ///   ``StoreError/missingReference(_:)`` (`organization …`) when an organization does not exist. Nothing of the
    ///   call is stored then.
    public func createAudits(_ audits: [Audit], notifications: [OutboxNotification]) async throws {
        guard !audits.isEmpty || !notifications.isEmpty else { return }
        try await self.write { db in
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO audits (\(Self.list(Self.auditColumns)))
                    VALUES (\(SQLiteValues.placeholders(Self.auditColumns.count)))
                    """
            )
            for audit in audits {
                try SQLiteValues.mapMissingReference("organization \(audit.organizationID)") {
                    try SQLiteValues.mapDuplicate("audit \(audit.auditID)") {
                        try insert.execute(arguments: Self.auditValues(audit))
                    }
                }
            }
            try Self.insertNotifications(notifications, db: db)
        }
    }

    public func audit(_ auditID: String, in organization: OrganizationID?) async throws -> Audit? {
        try await self.read { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT \(Self.list(Self.auditColumns)) FROM audits
                    WHERE audit_id = ? AND (? IS NULL OR organization_id = ?)
                    """
            )
            return try Row.fetchOne(
                statement,
                arguments: [auditID, organization?.rawValue, organization?.rawValue]
            ).map(Self.audit(from:))
        }
    }

    /// The audits of the transaction whose status is not `CLOSED`, oldest first (by creation time, then id).
    public func openAudits(of transactionID: String, in organization: OrganizationID) async throws -> [Audit] {
        try await self.read { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT \(Self.list(Self.auditColumns)) FROM audits
                    WHERE organization_id = ? AND transaction_id = ? AND status <> ?
                    ORDER BY created_at, audit_id
                    """
            )
            return try Row.fetchAll(
                statement,
                arguments: [organization.rawValue, transactionID, AuditStatus.closed.rawValue]
            ).map(Self.audit(from:))
        }
    }

    /// Ordered by `(created_at, audit_id)` descending; `beforeID` is a keyset cursor: the audits ordered after that
    /// one. An unknown `beforeID` gives an empty page.
    public func audits(
        in organization: OrganizationID?,
        status: AuditStatus?,
        beforeID: String?,
        limit: Int
    ) async throws -> [Audit] {
        guard limit > 0 else { return [] }
        // One statement per combination of filters, so that each can use the (organization, created_at) index.
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let organization {
            conditions.append("organization_id = ?")
            arguments += [organization.rawValue]
        }
        if let status {
            conditions.append("status = ?")
            arguments += [status.rawValue]
        }
        if let beforeID {
            conditions.append(
                "(created_at, audit_id) < (SELECT cursor.created_at, cursor.audit_id FROM audits AS cursor "
                    + "WHERE cursor.audit_id = ?)"
            )
            arguments += [beforeID]
        }
        arguments += [limit]
        let statementArguments = arguments
        let sql = """
            SELECT \(Self.list(Self.auditColumns)) FROM audits
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY created_at DESC, audit_id DESC
            LIMIT ?
            """
        return try await self.read { db in
            try Row.fetchAll(db.cachedStatement(sql: sql), arguments: statementArguments).map(Self.audit(from:))
        }
    }

    /// Updates the status, resolution and `updated_at` of the audit with the same organization and id, then inserts
    /// the notifications and ledger entries (`ON CONFLICT DO NOTHING`), in one immediate transaction.
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when a notification's or entry's
    ///   organization does not exist; nothing of the call is stored then.
    public func updateAudit(
        _ audit: Audit,
        notifications: [OutboxNotification],
        ledgerEntries: [RewardLedgerEntry]
    ) async throws -> Bool {
        try await self.write { db in
            try db.cachedStatement(
                sql: """
                    UPDATE audits SET status = ?, resolution_code = ?, resolution_description = ?, resolved_at = ?,
                        updated_at = ?
                    WHERE organization_id = ? AND audit_id = ?
                    """
            ).execute(arguments: [
                audit.status.rawValue,
                audit.resolutionCode,
                audit.resolutionDescription,
                audit.resolvedAt.map(StoredValues.milliseconds),
                StoredValues.milliseconds(audit.updatedAt),
                audit.organizationID.rawValue,
                audit.auditID,
            ])
            guard db.changesCount > 0 else { return false }
            try Self.insertNotifications(notifications, db: db)
            try Self.insertLedgerEntries(ledgerEntries, db: db)
            return true
        }
    }
}
