import Foundation
import KardCore
import PostgresNIO

extension PostgresStore {
    /// An event's key in the inbox.
    private struct EventKey: Hashable {
        var organizationID: String
        var eventID: String

        init(organizationID: String, eventID: String) {
            self.organizationID = organizationID
            self.eventID = eventID
        }

        init(_ event: StoredTransactionEvent) {
            self.init(organizationID: event.organizationID.rawValue, eventID: event.eventID)
        }
    }

    /// In one transaction: a multi-row `INSERT … SELECT … FROM unnest(…) ON CONFLICT DO NOTHING RETURNING` of the
    /// first occurrence of each id (one per ``batchSize`` events), then one select of the stored payloads of the
    /// ids it did not insert, which are repeats or conflicts.
    ///
    /// An id given more than once is reported once: `.conflicting` when one of its occurrences conflicts, otherwise
    /// the outcome of its first occurrence (a later identical occurrence is a repeat of what the first stored).
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when an event's organization does not exist;
    ///   nothing of the call is stored then.
    public func appendTransactionEvents(
        _ events: [StoredTransactionEvent]
    ) async throws -> [String: InboxAppendOutcome] {
        guard !events.isEmpty else { return [:] }
        var seen: Set<EventKey> = []
        let firsts = events.filter { seen.insert(EventKey($0)).inserted }
        let queries = Self.batches(firsts).map(Self.appendTransactionEventsQuery)
        let stored: [EventKey: String]
        do {
            stored = try await self.withTransaction { connection in
                var inserted: Set<EventKey> = []
                for query in queries {
                    for row in try await connection.query(query, logger: self.logger).collect() {
                        let (organizationID, eventID) = try row.decode((String, String).self)
                        inserted.insert(EventKey(organizationID: organizationID, eventID: eventID))
                    }
                }
                var stored: [EventKey: String] = [:]
                let refused = firsts.filter { !inserted.contains(EventKey($0)) }
                if !refused.isEmpty {
                    let organizations = refused.map(\.organizationID.rawValue)
                    let eventIDs = refused.map(\.eventID)
                    let rows = try await connection.query(
                        """
                        SELECT e.organization_id, e.event_id, e.payload
                        FROM transaction_events AS e
                        JOIN unnest(\(organizations)::text[], \(eventIDs)::text[]) AS k(organization_id, event_id)
                            ON e.organization_id = k.organization_id AND e.event_id = k.event_id
                        """,
                        logger: self.logger
                    ).collect()
                    for row in rows {
                        let (organizationID, eventID, payload) = try row.decode((String, String, String).self)
                        stored[EventKey(organizationID: organizationID, eventID: eventID)] = payload
                    }
                }
                return stored
            }
        } catch  where PostgresValues.isForeignKeyViolation(error) {
            throw await self.missingReference(
                "organization",
                table: "organizations",
                among: events.map(\.organizationID.rawValue)
            )
        }
        // `stored` holds what was there before the call; the first occurrence of any other id was appended.
        var appended: [EventKey: String] = [:]
        var outcomes: [String: InboxAppendOutcome] = [:]
        for event in events {
            let key = EventKey(event)
            let outcome: InboxAppendOutcome
            if let payload = stored[key] ?? appended[key] {
                outcome = payload == event.payload ? .repeated : .conflicting
            } else {
                appended[key] = event.payload
                outcome = .appended
            }
            outcomes[event.eventID] = Self.combined(outcomes[event.eventID], outcome)
        }
        return outcomes
    }

    public func transactionEvents(
        of transactionID: String,
        in organization: OrganizationID
    ) async throws -> [StoredTransactionEvent] {
        try await self.client.query(
            """
            SELECT event_id, user_id, payload, \(unescaped: PostgresValues.milliseconds("received_at"))
            FROM transaction_events
            WHERE organization_id = \(organization.rawValue) AND transaction_id = \(transactionID)
            ORDER BY sequence
            """,
            logger: self.logger
        ).collect().map { row in
            let (eventID, userID, payload, receivedAt) = try row.decode((String, String, String, Int64).self)
            return StoredTransactionEvent(
                organizationID: organization,
                eventID: eventID,
                transactionID: transactionID,
                userID: UserID(userID),
                payload: payload,
                receivedAt: StoredValues.date(milliseconds: receivedAt)
            )
        }
    }

    public func transactionEventCount(in organization: OrganizationID) async throws -> Int {
        let rows = try await self.client.query(
            "SELECT count(*) FROM transaction_events WHERE organization_id = \(organization.rawValue)",
            logger: self.logger
        ).collect()
        return try rows.first?.decode(Int.self) ?? 0
    }

    /// One multi-row insert of `events` (their keys distinct), in their order, returning the keys inserted.
    static func appendTransactionEventsQuery(_ events: ArraySlice<StoredTransactionEvent>) -> PostgresQuery {
        let organizations = events.map(\.organizationID.rawValue)
        let eventIDs = events.map(\.eventID)
        let transactionIDs = events.map(\.transactionID)
        let users = events.map(\.userID.rawValue)
        let payloads = events.map(\.payload)
        let receivedAt = events.map { StoredValues.milliseconds($0.receivedAt) }
        return """
            INSERT INTO transaction_events (organization_id, event_id, transaction_id, user_id, payload, received_at)
            SELECT e.organization_id, e.event_id, e.transaction_id, e.user_id, e.payload,
                \(unescaped: PostgresValues.timestamp("e.received_ms"))
            FROM unnest(\(organizations)::text[], \(eventIDs)::text[], \(transactionIDs)::text[], \(users)::text[],
                \(payloads)::text[], \(receivedAt)::int8[])
                WITH ORDINALITY AS e(organization_id, event_id, transaction_id, user_id, payload, received_ms, position)
            ORDER BY e.position
            ON CONFLICT (organization_id, event_id) DO NOTHING
            RETURNING organization_id, event_id
            """
    }

    /// The outcome reported for an id seen before with `earlier` (`nil` the first time) and now with `later`.
    static func combined(_ earlier: InboxAppendOutcome?, _ later: InboxAppendOutcome) -> InboxAppendOutcome {
        guard let earlier else { return later }
        return earlier == .conflicting || later == .conflicting ? .conflicting : earlier
    }
}
