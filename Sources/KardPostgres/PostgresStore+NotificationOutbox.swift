import KardCore
import PostgresNIO

extension PostgresStore {
    /// Multi-row inserts with `ON CONFLICT (organization_id, source_key) DO NOTHING`, in one transaction.
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when a notification's organization does not
    ///   exist; ``StoreError/duplicate(_:)`` (`notification …`) when a notification id is taken by another source
    ///   key. Nothing of the call is stored then.
    public func appendNotifications(_ notifications: [OutboxNotification]) async throws {
        guard !notifications.isEmpty else { return }
        do {
            try await self.withTransaction { connection in
                try await self.insertNotifications(notifications, on: connection)
            }
        } catch {
            throw await self.writeError(
                error,
                organizations: notifications.map(\.organizationID.rawValue),
                notifications: notifications
            )
        }
    }

    public func notifications(
        in organization: OrganizationID,
        event: NotificationEvent?,
        afterSequence: Int64?,
        limit: Int
    ) async throws -> [OutboxNotification] {
        guard limit > 0 else { return [] }
        return try await self.client.query(
            """
            \(unescaped: Self.notificationSelect)
            WHERE n.organization_id = \(organization.rawValue)
                AND (\(afterSequence)::int8 IS NULL OR n.sequence > \(afterSequence)::int8)
                AND (\(event?.rawValue)::text IS NULL OR n.event = \(event?.rawValue)::text)
            ORDER BY n.sequence
            LIMIT \(limit)
            """,
            logger: self.logger
        ).collect().map(Self.notification(from:))
    }
}
