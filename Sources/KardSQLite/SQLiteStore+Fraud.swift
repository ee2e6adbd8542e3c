import Foundation
import GRDB
import KardCore

extension SQLiteStore {
    /// Inserts each marker with `ON CONFLICT DO NOTHING` and requeues the transaction of each marker stored now, in
    /// one immediate transaction.
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when a marker's organization does not exist;
    ///   nothing of the call is stored then.
    public func markFraudulent(_ markers: [FraudMarker]) async throws -> Set<String> {
        guard !markers.isEmpty else { return [] }
        return try await self.write { db in
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO fraud_markers (organization_id, transaction_id, user_id, marked_at)
                    VALUES (?, ?, ?, ?)
                    ON CONFLICT (organization_id, transaction_id) DO NOTHING
                    """
            )
            var marked: Set<String> = []
            for marker in markers {
                try SQLiteValues.mapMissingReference("organization \(marker.organizationID)") {
                    try insert.execute(arguments: [
                        marker.organizationID.rawValue,
                        marker.transactionID,
                        marker.userID.rawValue,
                        StoredValues.milliseconds(marker.markedAt),
                    ])
                }
                guard db.changesCount > 0 else { continue }
                marked.insert(marker.transactionID)
                _ = try Self.requeue(marker.transactionID, in: marker.organizationID, db: db)
            }
            return marked
        }
    }

    public func dailyActivity(from start: Date, to end: Date) async throws -> [UserKey: DailyActivity] {
        try await self.read { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT organization_id, user_id, count(*) AS transactions,
                        sum(CASE WHEN status = ? THEN 1 ELSE 0 END) AS returns
                    FROM transaction_records
                    WHERE transaction_date >= ? AND transaction_date < ?
                    GROUP BY organization_id, user_id
                    """
            )
            let arguments: StatementArguments = [
                TransactionStatus.returned.rawValue, StoredValues.milliseconds(start), StoredValues.milliseconds(end),
            ]
            var activity: [UserKey: DailyActivity] = [:]
            for row in try Row.fetchAll(statement, arguments: arguments) {
                let key = UserKey(
                    organizationID: OrganizationID(try row.decode(forColumn: "organization_id")),
                    userID: UserID(try row.decode(forColumn: "user_id"))
                )
                activity[key] = DailyActivity(
                    transactions: try row.decode(forColumn: "transactions"),
                    returns: try row.decode(forColumn: "returns")
                )
            }
            return activity
        }
    }

    /// Inserts the flags (`ON CONFLICT (organization_id, user_id, kind, day) DO NOTHING`), then the notifications of
    /// the flags stored now (those whose organization and source key are a stored flag's and `flag/{flagID}`), in
    /// one immediate transaction. A notification of no stored flag is not stored.
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when an organization does not exist;
    ///   ``StoreError/duplicate(_:)`` when a flag id is taken by another flag. Nothing of the call is stored then.
    public func recordFlags(
        _ flags: [TransactionFlag],
        notifications: [OutboxNotification]
    ) async throws -> [TransactionFlag] {
        guard !flags.isEmpty else { return [] }
        return try await self.write { db in
            let stored = try Self.insertFlags(flags, db: db)
            let keys = Set(stored.map { Self.flagNotificationKey(of: $0) })
            try Self.insertNotifications(
                notifications.filter { keys.contains(FlagNotificationKey($0.organizationID, $0.sourceKey)) },
                db: db
            )
            return stored
        }
    }

    public func transactionFlags(in organization: OrganizationID?, limit: Int) async throws -> [TransactionFlag] {
        guard limit > 0 else { return [] }
        return try await self.read { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT \(Self.list(Self.flagColumns)) FROM transaction_flags
                    WHERE ? IS NULL OR organization_id = ?
                    ORDER BY created_at DESC, flag_id DESC
                    LIMIT ?
                    """
            )
            return try Row.fetchAll(
                statement,
                arguments: [organization?.rawValue, organization?.rawValue, limit]
            ).map(Self.flag(from:))
        }
    }

    /// The source key of a flag's notification, within its organization.
    private struct FlagNotificationKey: Hashable {
        var organizationID: OrganizationID
        var sourceKey: String

        init(_ organizationID: OrganizationID, _ sourceKey: String) {
            self.organizationID = organizationID
            self.sourceKey = sourceKey
        }
    }

    /// `flag/{flagID}` in the flag's organization.
    private static func flagNotificationKey(of flag: TransactionFlag) -> FlagNotificationKey {
        FlagNotificationKey(flag.organizationID, "flag/" + flag.flagID)
    }
}
