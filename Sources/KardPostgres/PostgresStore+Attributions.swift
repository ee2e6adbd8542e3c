import KardCore
import PostgresNIO

extension PostgresStore {
    /// The attribution columns as ``attributionEvent(from:)`` reads them.
    static let attributionSelect = """
        SELECT id, organization_id, user_id, subject, entity_id, event_code, medium,
            \(PostgresValues.milliseconds("event_date")), \(PostgresValues.milliseconds("recorded_at"))
        FROM attribution_events
        """

    /// Multi-row inserts with `ON CONFLICT (id) DO NOTHING`, in one transaction: an id stored already, or repeated in
    /// `events`, keeps its first event.
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when an event's organization does not exist;
    ///   nothing of the call is stored then.
    public func recordAttributions(_ events: [AttributionEvent]) async throws {
        guard !events.isEmpty else { return }
        var seen: Set<String> = []
        let unique = events.filter { seen.insert($0.id).inserted }.sorted { $0.id < $1.id }
        let queries = Self.batches(unique).map(Self.recordAttributionsQuery)
        do {
            try await self.withTransaction { connection in
                for query in queries {
                    _ = try await connection.query(query, logger: self.logger).collect()
                }
            }
        } catch  where PostgresValues.isForeignKeyViolation(error) {
            throw await self.missingReference(
                "organization",
                table: "organizations",
                among: events.map(\.organizationID.rawValue)
            )
        }
    }

    public func offerAttributions(
        of user: UserID,
        in organization: OrganizationID
    ) async throws -> [AttributionEvent] {
        try await self.client.query(
            """
            \(unescaped: Self.attributionSelect)
            WHERE organization_id = \(organization.rawValue) AND user_id = \(user.rawValue)
                AND subject = \(AttributionEvent.Subject.offer.rawValue)
            ORDER BY event_date, id
            """,
            logger: self.logger
        ).collect().map(Self.attributionEvent(from:))
    }

    /// One multi-row insert of `events` (their ids distinct), skipping ids stored already.
    static func recordAttributionsQuery(_ events: ArraySlice<AttributionEvent>) -> PostgresQuery {
        let ids = events.map(\.id)
        let organizations = events.map(\.organizationID.rawValue)
        let users = events.map(\.userID.rawValue)
        let subjects = events.map(\.subject.rawValue)
        let entities = events.map(\.entityID)
        let codes = events.map(\.eventCode)
        let media = events.map(\.medium)
        let eventDates = events.map { StoredValues.milliseconds($0.eventDate) }
        let recordedAt = events.map { StoredValues.milliseconds($0.recordedAt) }
        return """
            INSERT INTO attribution_events (id, organization_id, user_id, subject, entity_id, event_code, medium,
                event_date, recorded_at)
            SELECT e.id, e.organization_id, e.user_id, e.subject, e.entity_id, e.event_code, e.medium,
                \(unescaped: PostgresValues.timestamp("e.event_ms")), \(unescaped: PostgresValues.timestamp("e.recorded_ms"))
            FROM unnest(\(ids)::text[], \(organizations)::text[], \(users)::text[], \(subjects)::text[],
                \(entities)::text[], \(codes)::text[], \(media)::text[], \(eventDates)::int8[], \(recordedAt)::int8[])
                AS e(id, organization_id, user_id, subject, entity_id, event_code, medium, event_ms, recorded_ms)
            ON CONFLICT (id) DO NOTHING
            """
    }

    static func attributionEvent(from row: PostgresRow) throws -> AttributionEvent {
        var columns = PostgresColumnReader(row)
        return AttributionEvent(
            id: try columns.next(),
            organizationID: OrganizationID(try columns.next()),
            userID: UserID(try columns.next()),
            subject: try columns.nextRawValue(),
            entityID: try columns.next(),
            eventCode: try columns.next(),
            medium: try columns.next(),
            eventDate: try columns.nextDate(),
            recordedAt: try columns.nextDate()
        )
    }
}
