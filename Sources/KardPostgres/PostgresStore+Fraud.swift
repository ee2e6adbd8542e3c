import Foundation
import KardCore
import PostgresNIO

extension PostgresStore {
    /// In one transaction: takes the markers' transaction advisory locks (waiting for a worker deciding one of them
    /// to commit), inserts the markers with `ON CONFLICT DO NOTHING … RETURNING`, and clears `processed_at` on the
    /// events of the transactions marked now.
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when a marker's organization does not exist;
    ///   nothing of the call is stored then.
    public func markFraudulent(_ markers: [FraudMarker]) async throws -> Set<String> {
        guard !markers.isEmpty else { return [] }
        var seen: Set<TransactionKey> = []
        let unique = markers.filter {
            seen.insert(TransactionKey($0.organizationID.rawValue, $0.transactionID)).inserted
        }
        do {
            return try await self.withTransaction { connection in
                try await self.lockTransactions(Array(seen), on: connection)
                var marked: [TransactionKey] = []
                for batch in Self.batches(unique) {
                    for row in try await connection.query(Self.insertMarkersQuery(batch), logger: self.logger)
                        .collect()
                    {
                        let (organizationID, transactionID) = try row.decode((String, String).self)
                        marked.append(TransactionKey(organizationID, transactionID))
                    }
                }
                guard !marked.isEmpty else { return [] }
                let organizations = marked.map(\.organizationID)
                let transactions = marked.map(\.transactionID)
                _ = try await connection.query(
                    """
                    UPDATE transaction_events AS e SET processed_at = NULL
                    FROM unnest(\(organizations)::text[], \(transactions)::text[]) AS k(organization_id, transaction_id)
                    WHERE e.organization_id = k.organization_id AND e.transaction_id = k.transaction_id
                        AND e.processed_at IS NOT NULL
                    """,
                    logger: self.logger
                ).collect()
                return Set(transactions)
            }
        } catch {
            throw await self.writeError(error, organizations: markers.map(\.organizationID.rawValue))
        }
    }

    public func dailyActivity(from start: Date, to end: Date) async throws -> [UserKey: DailyActivity] {
        let startMilliseconds = StoredValues.milliseconds(start)
        let endMilliseconds = StoredValues.milliseconds(end)
        let rows = try await self.client.query(
            """
            SELECT organization_id, user_id, count(*),
                count(*) FILTER (WHERE status = \(TransactionStatus.returned.rawValue))
            FROM transaction_records
            WHERE transaction_date >= (TIMESTAMPTZ 'epoch' + \(startMilliseconds)::int8 * INTERVAL '1 millisecond')
                AND transaction_date < (TIMESTAMPTZ 'epoch' + \(endMilliseconds)::int8 * INTERVAL '1 millisecond')
            GROUP BY organization_id, user_id
            """,
            logger: self.logger
        ).collect()
        var activity: [UserKey: DailyActivity] = [:]
        for row in rows {
            let (organizationID, userID, transactions, returns) = try row.decode((String, String, Int, Int).self)
            activity[UserKey(organizationID: OrganizationID(organizationID), userID: UserID(userID))] =
                DailyActivity(transactions: transactions, returns: returns)
        }
        return activity
    }

    /// Inserts the flags (`ON CONFLICT (organization_id, user_id, kind, day) DO NOTHING … RETURNING`), then the
    /// notifications of the flags stored now (those whose organization and source key are a stored flag's and
    /// `flag/{flagID}`), in one transaction. A notification of no stored flag is not stored.
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when an organization does not exist;
    ///   ``StoreError/duplicate(_:)`` when a flag id is taken by another flag, or a notification id by another
    ///   source key. Nothing of the call is stored then.
    public func recordFlags(
        _ flags: [TransactionFlag],
        notifications: [OutboxNotification]
    ) async throws -> [TransactionFlag] {
        guard !flags.isEmpty else { return [] }
        do {
            return try await self.withTransaction { connection in
                let stored = try await self.insertFlags(flags, on: connection)
                let keys = Set(stored.map { FlagNotificationKey($0.organizationID, "flag/" + $0.flagID) })
                try await self.insertNotifications(
                    notifications.filter { keys.contains(FlagNotificationKey($0.organizationID, $0.sourceKey)) },
                    on: connection
                )
                return stored
            }
        } catch {
            throw await self.writeError(
                error,
                organizations: flags.map(\.organizationID.rawValue) + notifications.map(\.organizationID.rawValue),
                notifications: notifications,
                flags: flags
            )
        }
    }

    public func transactionFlags(in organization: OrganizationID?, limit: Int) async throws -> [TransactionFlag] {
        guard limit > 0 else { return [] }
        return try await self.client.query(
            """
            \(unescaped: Self.flagSelect)
            WHERE \(organization?.rawValue)::text IS NULL OR f.organization_id = \(organization?.rawValue)::text
            ORDER BY f.created_at DESC, f.flag_id DESC
            LIMIT \(limit)
            """,
            logger: self.logger
        ).collect().map(Self.flag(from:))
    }

    /// One multi-row insert of `markers` (their keys distinct), returning the keys inserted.
    static func insertMarkersQuery(_ markers: ArraySlice<FraudMarker>) -> PostgresQuery {
        let organizations = markers.map(\.organizationID.rawValue)
        let transactions = markers.map(\.transactionID)
        let users = markers.map(\.userID.rawValue)
        let markedAt = markers.map { StoredValues.milliseconds($0.markedAt) }
        return """
            INSERT INTO fraud_markers (organization_id, transaction_id, user_id, marked_at)
            SELECT m.organization_id, m.transaction_id, m.user_id, \(unescaped: PostgresValues.timestamp("m.marked_ms"))
            FROM unnest(\(organizations)::text[], \(transactions)::text[], \(users)::text[], \(markedAt)::int8[])
                AS m(organization_id, transaction_id, user_id, marked_ms)
            ON CONFLICT (organization_id, transaction_id) DO NOTHING
            RETURNING organization_id, transaction_id
            """
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
}
