import Foundation
import GRDB
import KardCore

extension SQLiteStore {
    /// Inserts with `ON CONFLICT (organization_id, source_key) DO NOTHING` in one immediate transaction.
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when a notification's organization does not
    ///   exist; ``StoreError/duplicate(_:)`` (`notification …`) when a notification id is taken by another source
    ///   key. Nothing of the call is stored then.
    public func appendNotifications(_ notifications: [OutboxNotification]) async throws {
        guard !notifications.isEmpty else { return }
        try await self.write { db in
            try Self.insertNotifications(notifications, db: db)
        }
    }

    public func notifications(
        in organization: OrganizationID,
        event: NotificationEvent?,
        afterSequence: Int64?,
        limit: Int
    ) async throws -> [OutboxNotification] {
        guard limit > 0 else { return [] }
        return try await self.read { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT sequence, \(Self.list(Self.notificationColumns)) FROM notification_outbox
                    WHERE organization_id = ? AND (? IS NULL OR sequence > ?) AND (? IS NULL OR event = ?)
                    ORDER BY sequence
                    LIMIT ?
                    """
            )
            return try Row.fetchAll(
                statement,
                arguments: [
                    organization.rawValue, afterSequence, afterSequence, event?.rawValue, event?.rawValue, limit,
                ]
            ).map(Self.notification(from:))
        }
    }
}
