import Foundation

/// The notification outbox: what the processor and the audit workflow announce, waiting for delivery.
public protocol NotificationOutboxStore: Sendable {
    /// Stores notifications in one transaction; a source key stored already is skipped.
    func appendNotifications(_ notifications: [OutboxNotification]) async throws

    /// An organization's notifications in insertion order, after `afterSequence`, of one event when given.
    func notifications(
        in organization: OrganizationID,
        event: NotificationEvent?,
        afterSequence: Int64?,
        limit: Int
    ) async throws -> [OutboxNotification]
}
