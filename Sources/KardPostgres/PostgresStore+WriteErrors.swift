import KardCore
import PostgresNIO

extension PostgresStore {
    /// What a failed write of processing values is reported as, once its transaction rolled back:
    /// - a foreign key violation: ``StoreError/missingReference(_:)`` naming the first of `organizations` that does
    ///   not exist;
    /// - a unique violation: ``StoreError/duplicate(_:)`` naming the notification (`notification …`) or flag
    ///   (`flag …`) whose id is taken by another one (the only unique keys these writes do not skip);
    /// - anything else: `error` itself.
    func writeError(
        _ error: any Error,
        organizations: [String],
        notifications: [OutboxNotification] = [],
        flags: [TransactionFlag] = []
    ) async -> any Error {
        if PostgresValues.isForeignKeyViolation(error) {
            return await self.missingReference("organization", table: "organizations", among: organizations)
        }
        guard PostgresValues.isUniqueViolation(error) else { return error }
        if let id = await self.takenNotificationID(among: notifications) {
            return StoreError.duplicate("notification \(id)")
        }
        if let id = await self.takenFlagID(among: flags) {
            return StoreError.duplicate("flag \(id)")
        }
        return error
    }

    /// The first notification id of `notifications` that another notification (another organization or source key)
    /// holds, earlier in the list or in the outbox; `nil` when none does or that cannot be told.
    private func takenNotificationID(among notifications: [OutboxNotification]) async -> String? {
        guard !notifications.isEmpty else { return nil }
        var earlier: [String: String] = [:]
        for notification in notifications {
            let owner = notification.organizationID.rawValue + "\u{1F}" + notification.sourceKey
            if let first = earlier[notification.notificationID], first != owner { return notification.notificationID }
            earlier[notification.notificationID] = earlier[notification.notificationID] ?? owner
        }
        let ids = notifications.map(\.notificationID)
        let organizations = notifications.map(\.organizationID.rawValue)
        let sourceKeys = notifications.map(\.sourceKey)
        do {
            let rows = try await self.client.query(
                """
                SELECT k.notification_id
                FROM unnest(\(ids)::text[], \(organizations)::text[], \(sourceKeys)::text[])
                    WITH ORDINALITY AS k(notification_id, organization_id, source_key, position)
                JOIN notification_outbox AS n ON n.notification_id = k.notification_id
                WHERE n.organization_id <> k.organization_id OR n.source_key <> k.source_key
                ORDER BY k.position
                LIMIT 1
                """,
                logger: self.logger
            ).collect()
            return try rows.first?.decode(String.self)
        } catch {
            return nil
        }
    }

    /// The first flag id of `flags` that another flag (another organization, user, kind or day) holds, earlier in the
    /// list or stored; `nil` when none does or that cannot be told.
    private func takenFlagID(among flags: [TransactionFlag]) async -> String? {
        guard !flags.isEmpty else { return nil }
        var earlier: [String: String] = [:]
        for flag in flags {
            let owner = [flag.organizationID.rawValue, flag.userID.rawValue, flag.kind.rawValue, flag.day]
                .joined(separator: "\u{1F}")
            if let first = earlier[flag.flagID], first != owner { return flag.flagID }
            earlier[flag.flagID] = earlier[flag.flagID] ?? owner
        }
        let ids = flags.map(\.flagID)
        let organizations = flags.map(\.organizationID.rawValue)
        let users = flags.map(\.userID.rawValue)
        let kinds = flags.map(\.kind.rawValue)
        let days = flags.map(\.day)
        do {
            let rows = try await self.client.query(
                """
                SELECT k.flag_id
                FROM unnest(\(ids)::text[], \(organizations)::text[], \(users)::text[], \(kinds)::text[],
                    \(days)::text[]) WITH ORDINALITY AS k(flag_id, organization_id, user_id, kind, day, position)
                JOIN transaction_flags AS f ON f.flag_id = k.flag_id
                WHERE (f.organization_id, f.user_id, f.kind, f.day) <> (k.organization_id, k.user_id, k.kind, k.day)
                ORDER BY k.position
                LIMIT 1
                """,
                logger: self.logger
            ).collect()
            return try rows.first?.decode(String.self)
        } catch {
            return nil
        }
    }
}
