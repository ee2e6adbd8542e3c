import Foundation
import GRDB
import KardCore

extension SQLiteStore {
    static let attributionColumns =
        "id, organization_id, user_id, subject, entity_id, event_code, medium, event_date, recorded_at"

    /// Inserts with `ON CONFLICT (id) DO NOTHING` in one immediate transaction: an id stored already, or repeated in
    /// `events`, keeps its first event.
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when an event's organization does not exist;
    ///   nothing of the call is stored then.
    public func recordAttributions(_ events: [AttributionEvent]) async throws {
        guard !events.isEmpty else { return }
        let rows = events.map { event in
            (
                event.organizationID,
                [
                    event.id,
                    event.organizationID.rawValue,
                    event.userID.rawValue,
                    event.subject.rawValue,
                    event.entityID,
                    event.eventCode,
                    event.medium,
                    StoredValues.milliseconds(event.eventDate),
                    StoredValues.milliseconds(event.recordedAt),
                ] as StatementArguments
            )
        }
        try await self.write { db in
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO attribution_events (\(Self.attributionColumns))
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO NOTHING
                    """
            )
            for (organizationID, arguments) in rows {
                try SQLiteValues.mapMissingReference("organization \(organizationID)") {
                    try insert.execute(arguments: arguments)
                }
            }
        }
    }

    public func offerAttributions(
        of user: UserID,
        in organization: OrganizationID
    ) async throws -> [AttributionEvent] {
        try await self.read { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT \(Self.attributionColumns) FROM attribution_events
                    WHERE organization_id = ? AND user_id = ? AND subject = ?
                    ORDER BY event_date, id
                    """
            )
            return try Row.fetchAll(
                statement,
                arguments: [organization.rawValue, user.rawValue, AttributionEvent.Subject.offer.rawValue]
            ).map(Self.attributionEvent(from:))
        }
    }

    static func attributionEvent(from row: Row) throws -> AttributionEvent {
        AttributionEvent(
            id: try row.decode(forColumn: "id"),
            organizationID: OrganizationID(try row.decode(forColumn: "organization_id")),
            userID: UserID(try row.decode(forColumn: "user_id")),
            subject: try SQLiteValues.decodeRawValue(AttributionEvent.Subject.self, column: "subject", of: row),
            entityID: try row.decode(forColumn: "entity_id"),
            eventCode: try row.decode(forColumn: "event_code"),
            medium: try row.decode(forColumn: "medium"),
            eventDate: StoredValues.date(milliseconds: try row.decode(forColumn: "event_date")),
            recordedAt: StoredValues.date(milliseconds: try row.decode(forColumn: "recorded_at"))
        )
    }
}
