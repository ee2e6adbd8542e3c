import Foundation
import GRDB
import KardCore

extension SQLiteStore {
    /// `settled` entries, or `approved` entries of transactions without a `settled` or `rejected` entry
    /// (`NOT EXISTS`), on the `(organization_id, user_id, sequence)` index. A page after `afterSequence` takes the
    /// `limit` lowest sequences above it and returns them newest first.
    public func earnedRewards(_ query: EarnedRewardQuery) async throws -> [RewardLedgerEntry] {
        guard query.limit > 0 else { return [] }
        let isPreviousPage = query.afterSequence != nil
        let filter: String
        let arguments: StatementArguments
        switch query.status {
        case .settled:
            filter = "movement = ? AND (? = 0 OR payment = ?)"
            arguments = [RewardMovement.settled.rawValue, query.paidInFullOnly, IssuerPayment.paidInFull.rawValue]
        case .approved:
            filter = """
                movement = ? AND NOT EXISTS (
                    SELECT 1 FROM reward_ledger AS later
                    WHERE later.organization_id = reward_ledger.organization_id
                        AND later.transaction_id = reward_ledger.transaction_id
                        AND later.movement IN (?, ?)
                )
                """
            arguments = [
                RewardMovement.approved.rawValue, RewardMovement.settled.rawValue, RewardMovement.rejected.rawValue,
            ]
        }
        let sql = """
            SELECT sequence, \(Self.list(Self.ledgerColumns)) FROM reward_ledger
            WHERE organization_id = ? AND user_id = ? AND transaction_date >= ?
                AND (? IS NULL OR sequence < ?) AND (? IS NULL OR sequence > ?)
                AND \(filter)
            ORDER BY sequence \(isPreviousPage ? "ASC" : "DESC")
            LIMIT ?
            """
        let common: StatementArguments = [
            query.organizationID.rawValue,
            query.userID.rawValue,
            StoredValues.milliseconds(query.since),
            query.beforeSequence,
            query.beforeSequence,
            query.afterSequence,
            query.afterSequence,
        ]
        let all = common + arguments + [query.limit]
        return try await self.read { db in
            let entries = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: all).map(Self.ledgerEntry(from:))
            return isPreviousPage ? entries.reversed() : entries
        }
    }

    public func lifetimeRewardCents(
        of user: UserID,
        in organization: OrganizationID,
        since: Date?,
        paidInFullOnly: Bool
    ) async throws -> Int64 {
        let movements = RewardMovement.allCases.filter(\.countsTowardEarnings).map(\.rawValue)
        let arguments: StatementArguments =
            [
                organization.rawValue, user.rawValue, since.map(StoredValues.milliseconds) ?? Int64.min,
                paidInFullOnly, IssuerPayment.paidInFull.rawValue,
            ]
            + StatementArguments(movements)
        return try await self.read { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT coalesce(sum(user_cents), 0) FROM reward_ledger
                    WHERE organization_id = ? AND user_id = ? AND transaction_date >= ? AND (? = 0 OR payment = ?)
                        AND movement IN (\(SQLiteValues.placeholders(movements.count)))
                    """
            )
            return try Int64.fetchOne(statement, arguments: arguments) ?? 0
        }
    }

    public func ledgerEntries(
        of transactionID: String,
        in organization: OrganizationID
    ) async throws -> [RewardLedgerEntry] {
        try await self.read { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT sequence, \(Self.list(Self.ledgerColumns)) FROM reward_ledger
                    WHERE organization_id = ? AND transaction_id = ?
                    ORDER BY sequence
                    """
            )
            return try Row.fetchAll(statement, arguments: [organization.rawValue, transactionID])
                .map(Self.ledgerEntry(from:))
        }
    }

    /// Inserts the entries, then the notifications, each with `ON CONFLICT DO NOTHING`, in one immediate transaction.
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when an organization does not exist;
    ///   nothing of the call is stored then.
    public func appendLedgerEntries(_ entries: [RewardLedgerEntry], notifications: [OutboxNotification]) async throws {
        guard !entries.isEmpty || !notifications.isEmpty else { return }
        try await self.write { db in
            try Self.insertLedgerEntries(entries, db: db)
            try Self.insertNotifications(notifications, db: db)
        }
    }
}
