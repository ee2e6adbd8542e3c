import Foundation
import KardCore
import PostgresNIO

extension PostgresStore {
    /// The audit columns (table alias `a`) as ``audit(from:)`` reads them.
    static let auditSelect = """
        SELECT a.organization_id, a.audit_id, a.user_id, a.transaction_id, a.code, a.merchant_name, a.description,
            a.merchant_id, a.transaction_amount_cents, a.preferred_contact_email, a.submitter_name, a.status,
            a.resolution_code, a.resolution_description, \(PostgresValues.milliseconds("a.resolved_at")),
            \(PostgresValues.milliseconds("a.created_at")), \(PostgresValues.milliseconds("a.updated_at"))
        FROM audits AS a
        """

    /// Multi-row inserts of the audits with `ON CONFLICT (audit_id) DO NOTHING … RETURNING`, then their
    /// notifications (`ON CONFLICT DO NOTHING` on the source key), in one transaction; an audit the insert skipped
    /// rolls everything back.
    /// - Throws: ``StoreError/duplicate(_:)`` (`audit …`) for the first audit whose id exists already or is given
    ///   twice; ``StoreError/missingReference(_:)`` (`organization …`) when an organization does not exist;
    ///   ``StoreError/duplicate(_:)`` (`notification …`) when a notification id is taken by another source key.
    ///   Nothing of the call is stored then.
    public func createAudits(_ audits: [Audit], notifications: [OutboxNotification]) async throws {
        guard !audits.isEmpty || !notifications.isEmpty else { return }
        do {
            try await self.withTransaction { connection in
                var inserted: Set<String> = []
                for batch in Self.batches(audits) {
                    let rows = try await connection.query(Self.insertAuditsQuery(batch), logger: self.logger)
                        .collect()
                    for row in rows { inserted.insert(try row.decode(String.self)) }
                }
                var seen: Set<String> = []
                for audit in audits where !seen.insert(audit.auditID).inserted || !inserted.contains(audit.auditID) {
                    throw StoreError.duplicate("audit \(audit.auditID)")
                }
                try await self.insertNotifications(notifications, on: connection)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw await self.writeError(
                error,
                organizations: audits.map(\.organizationID.rawValue) + notifications.map(\.organizationID.rawValue),
                notifications: notifications
            )
        }
    }

    public func audit(_ auditID: String, in organization: OrganizationID?) async throws -> Audit? {
        let rows = try await self.client.query(
            """
            \(unescaped: Self.auditSelect)
            WHERE a.audit_id = \(auditID)
                AND (\(organization?.rawValue)::text IS NULL OR a.organization_id = \(organization?.rawValue)::text)
            """,
            logger: self.logger
        ).collect()
        return try rows.first.map(Self.audit(from:))
    }

    /// The audits of the transaction whose status is not `CLOSED`, oldest first (by creation time, then id).
    public func openAudits(of transactionID: String, in organization: OrganizationID) async throws -> [Audit] {
        try await self.client.query(
            """
            \(unescaped: Self.auditSelect)
            WHERE a.organization_id = \(organization.rawValue) AND a.transaction_id = \(transactionID)
                AND a.status <> \(AuditStatus.closed.rawValue)
            ORDER BY a.created_at, a.audit_id
            """,
            logger: self.logger
        ).collect().map(Self.audit(from:))
    }

    /// Ordered by `(created_at, audit_id)` descending (ids by code point); `beforeID` is a keyset cursor: the audits
    /// ordered after that one. An unknown `beforeID` gives an empty page.
    public func audits(
        in organization: OrganizationID?,
        status: AuditStatus?,
        beforeID: String?,
        limit: Int
    ) async throws -> [Audit] {
        guard limit > 0 else { return [] }
        return try await self.client.query(
            """
            \(unescaped: Self.auditSelect)
            WHERE (\(organization?.rawValue)::text IS NULL OR a.organization_id = \(organization?.rawValue)::text)
                AND (\(status?.rawValue)::text IS NULL OR a.status = \(status?.rawValue)::text)
                AND (\(beforeID)::text IS NULL OR (a.created_at, a.audit_id) < (
                    SELECT cursor.created_at, cursor.audit_id FROM audits AS cursor
                    WHERE cursor.audit_id = \(beforeID)::text
                ))
            ORDER BY a.created_at DESC, a.audit_id DESC
            LIMIT \(limit)
            """,
            logger: self.logger
        ).collect().map(Self.audit(from:))
    }

    /// Updates the status, resolution and `updated_at` of the audit with the same organization and id, then inserts
    /// the notifications and ledger entries (`ON CONFLICT DO NOTHING`), in one transaction.
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when a notification's or entry's organization
    ///   does not exist; ``StoreError/duplicate(_:)`` (`notification …`) when a notification id is taken by another
    ///   source key. Nothing of the call is stored then.
    public func updateAudit(
        _ audit: Audit,
        notifications: [OutboxNotification],
        ledgerEntries: [RewardLedgerEntry]
    ) async throws -> Bool {
        let resolvedAt = audit.resolvedAt.map(StoredValues.milliseconds)
        let updatedAt = StoredValues.milliseconds(audit.updatedAt)
        do {
            return try await self.withTransaction { connection in
                let updated = try await connection.query(
                    """
                    UPDATE audits SET status = \(audit.status.rawValue), resolution_code = \(audit.resolutionCode),
                        resolution_description = \(audit.resolutionDescription),
                        resolved_at = (TIMESTAMPTZ 'epoch' + \(resolvedAt)::int8 * INTERVAL '1 millisecond'),
                        updated_at = (TIMESTAMPTZ 'epoch' + \(updatedAt)::int8 * INTERVAL '1 millisecond')
                    WHERE organization_id = \(audit.organizationID.rawValue) AND audit_id = \(audit.auditID)
                    RETURNING 1
                    """,
                    logger: self.logger
                ).collect()
                guard !updated.isEmpty else { return false }
                try await self.insertNotifications(notifications, on: connection)
                try await self.insertLedgerEntries(ledgerEntries, on: connection)
                return true
            }
        } catch {
            throw await self.writeError(
                error,
                organizations: notifications.map(\.organizationID.rawValue)
                    + ledgerEntries.map(\.organizationID.rawValue),
                notifications: notifications
            )
        }
    }

    /// One multi-row insert of `audits`, skipping ids stored already and returning those inserted.
    static func insertAuditsQuery(_ audits: ArraySlice<Audit>) -> PostgresQuery {
        let organizations = audits.map(\.organizationID.rawValue)
        let ids = audits.map(\.auditID)
        let users = PostgresValues.textArrayLiteral(audits.map(\.userID?.rawValue))
        let transactions = audits.map(\.transactionID)
        let codes = audits.map { Int64($0.code) }
        let merchantNames = audits.map(\.merchantName)
        let descriptions = audits.map(\.description)
        let merchants = PostgresValues.textArrayLiteral(audits.map(\.merchantID?.rawValue))
        let amounts = PostgresValues.integerArrayLiteral(audits.map(\.transactionAmountCents))
        let emails = PostgresValues.textArrayLiteral(audits.map(\.preferredContactEmail))
        let submitters = PostgresValues.textArrayLiteral(audits.map(\.submitterName))
        let statuses = audits.map(\.status.rawValue)
        let resolutionCodes = PostgresValues.integerArrayLiteral(audits.map { $0.resolutionCode.map(Int64.init) })
        let resolutionDescriptions = PostgresValues.textArrayLiteral(audits.map(\.resolutionDescription))
        let resolvedAt = PostgresValues.integerArrayLiteral(audits.map { $0.resolvedAt.map(StoredValues.milliseconds) })
        let createdAt = audits.map { StoredValues.milliseconds($0.createdAt) }
        let updatedAt = audits.map { StoredValues.milliseconds($0.updatedAt) }
        return """
            INSERT INTO audits (organization_id, audit_id, user_id, transaction_id, code, merchant_name, description,
                merchant_id, transaction_amount_cents, preferred_contact_email, submitter_name, status, resolution_code,
                resolution_description, resolved_at, created_at, updated_at)
            SELECT a.organization_id, a.audit_id, a.user_id, a.transaction_id, a.code, a.merchant_name, a.description,
                a.merchant_id, a.transaction_amount_cents, a.preferred_contact_email, a.submitter_name, a.status,
                a.resolution_code, a.resolution_description, \(unescaped: PostgresValues.timestamp("a.resolved_ms")),
                \(unescaped: PostgresValues.timestamp("a.created_ms")), \(unescaped: PostgresValues.timestamp("a.updated_ms"))
            FROM unnest(\(organizations)::text[], \(ids)::text[], \(users)::text[], \(transactions)::text[],
                \(codes)::int8[], \(merchantNames)::text[], \(descriptions)::text[], \(merchants)::text[],
                \(amounts)::int8[], \(emails)::text[], \(submitters)::text[], \(statuses)::text[],
                \(resolutionCodes)::int8[], \(resolutionDescriptions)::text[], \(resolvedAt)::int8[],
                \(createdAt)::int8[], \(updatedAt)::int8[])
                WITH ORDINALITY AS a(organization_id, audit_id, user_id, transaction_id, code, merchant_name,
                    description, merchant_id, transaction_amount_cents, preferred_contact_email, submitter_name, status,
                    resolution_code, resolution_description, resolved_ms, created_ms, updated_ms, position)
            ORDER BY a.position
            ON CONFLICT (audit_id) DO NOTHING
            RETURNING audit_id
            """
    }

    static func audit(from row: PostgresRow) throws -> Audit {
        var columns = PostgresColumnReader(row)
        return Audit(
            organizationID: OrganizationID(try columns.next()),
            auditID: try columns.next(),
            userID: try columns.next(String?.self).map(UserID.init),
            transactionID: try columns.next(),
            code: try columns.next(),
            merchantName: try columns.next(),
            description: try columns.next(),
            merchantID: try columns.next(String?.self).map(MerchantID.init),
            transactionAmountCents: try columns.next(),
            preferredContactEmail: try columns.next(),
            submitterName: try columns.next(),
            status: try columns.nextRawValue(),
            resolutionCode: try columns.next(),
            resolutionDescription: try columns.next(),
            resolvedAt: try columns.next(Int64?.self).map(StoredValues.date(milliseconds:)),
            createdAt: try columns.nextDate(),
            updatedAt: try columns.nextDate()
        )
    }
}
