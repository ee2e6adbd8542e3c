import Foundation
import KardCore
import PostgresNIO

extension PostgresStore {
    /// `settled` entries, or `approved` entries of transactions without a `settled` or `rejected` entry
    /// (`NOT EXISTS`), on the `(organization_id, user_id, sequence)` index. A page after `afterSequence` takes the
    /// `limit` lowest sequences above it and returns them newest first.
    public func earnedRewards(_ query: EarnedRewardQuery) async throws -> [RewardLedgerEntry] {
        guard query.limit > 0 else { return [] }
        let isPreviousPage = query.afterSequence != nil
        let direction = isPreviousPage ? "ASC" : "DESC"
        let organization = query.organizationID.rawValue
        let user = query.userID.rawValue
        let since = StoredValues.milliseconds(query.since)
        let sql: PostgresQuery
        switch query.status {
        case .settled:
            sql = """
                \(unescaped: Self.ledgerSelect)
                WHERE l.organization_id = \(organization) AND l.user_id = \(user)
                    AND l.transaction_date >= (TIMESTAMPTZ 'epoch' + \(since)::int8 * INTERVAL '1 millisecond')
                    AND (\(query.beforeSequence)::int8 IS NULL OR l.sequence < \(query.beforeSequence)::int8)
                    AND (\(query.afterSequence)::int8 IS NULL OR l.sequence > \(query.afterSequence)::int8)
                    AND l.movement = \(RewardMovement.settled.rawValue)
                    AND (NOT \(query.paidInFullOnly) OR l.payment = \(IssuerPayment.paidInFull.rawValue))
                ORDER BY l.sequence \(unescaped: direction)
                LIMIT \(query.limit)
                """
        case .approved:
            sql = """
                \(unescaped: Self.ledgerSelect)
                WHERE l.organization_id = \(organization) AND l.user_id = \(user)
                    AND l.transaction_date >= (TIMESTAMPTZ 'epoch' + \(since)::int8 * INTERVAL '1 millisecond')
                    AND (\(query.beforeSequence)::int8 IS NULL OR l.sequence < \(query.beforeSequence)::int8)
                    AND (\(query.afterSequence)::int8 IS NULL OR l.sequence > \(query.afterSequence)::int8)
                    AND l.movement = \(RewardMovement.approved.rawValue)
                    AND NOT EXISTS (
                        SELECT 1 FROM reward_ledger AS later
                        WHERE later.organization_id = l.organization_id AND later.transaction_id = l.transaction_id
                            AND later.movement IN (\(RewardMovement.settled.rawValue),
                                \(RewardMovement.rejected.rawValue))
                    )
                ORDER BY l.sequence \(unescaped: direction)
                LIMIT \(query.limit)
                """
        }
        let entries = try await self.client.query(sql, logger: self.logger).collect().map(Self.ledgerEntry(from:))
        return isPreviousPage ? entries.reversed() : entries
    }

    public func lifetimeRewardCents(
        of user: UserID,
        in organization: OrganizationID,
        since: Date?,
        paidInFullOnly: Bool
    ) async throws -> Int64 {
        let movements = RewardMovement.allCases.filter(\.countsTowardEarnings).map(\.rawValue)
        let sinceMilliseconds = since.map(StoredValues.milliseconds)
        let rows = try await self.client.query(
            """
            SELECT coalesce(sum(user_cents), 0)::int8 FROM reward_ledger
            WHERE organization_id = \(organization.rawValue) AND user_id = \(user.rawValue)
                AND movement = ANY(\(movements)::text[])
                AND (\(sinceMilliseconds)::int8 IS NULL
                    OR transaction_date >= (TIMESTAMPTZ 'epoch' + \(sinceMilliseconds)::int8 * INTERVAL '1 millisecond'))
                AND (NOT \(paidInFullOnly) OR payment = \(IssuerPayment.paidInFull.rawValue))
            """,
            logger: self.logger
        ).collect()
        return try rows.first?.decode(Int64.self) ?? 0
    }

    public func ledgerEntries(
        of transactionID: String,
        in organization: OrganizationID
    ) async throws -> [RewardLedgerEntry] {
        try await self.client.query(
            """
            \(unescaped: Self.ledgerSelect)
            WHERE l.organization_id = \(organization.rawValue) AND l.transaction_id = \(transactionID)
            ORDER BY l.sequence
            """,
            logger: self.logger
        ).collect().map(Self.ledgerEntry(from:))
    }

    /// Inserts the entries, then the notifications, each with `ON CONFLICT DO NOTHING`, in one transaction.
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when an organization does not exist;
    ///   ``StoreError/duplicate(_:)`` (`notification …`) when a notification id is taken by another source key.
    ///   Nothing of the call is stored then.
    public func appendLedgerEntries(_ entries: [RewardLedgerEntry], notifications: [OutboxNotification]) async throws {
        guard !entries.isEmpty || !notifications.isEmpty else { return }
        do {
            try await self.withTransaction { connection in
                try await self.insertLedgerEntries(entries, on: connection)
                try await self.insertNotifications(notifications, on: connection)
            }
        } catch {
            throw await self.writeError(
                error,
                organizations: entries.map(\.organizationID.rawValue) + notifications.map(\.organizationID.rawValue),
                notifications: notifications
            )
        }
    }
}
