import Foundation
import GRDB
import KardCore

extension SQLiteStore {
    /// Inserts each event with `ON CONFLICT DO NOTHING` and compares a refused one with the stored payload, all in
    /// one immediate transaction (cached statements).
    ///
    /// An id given more than once is reported once: `.conflicting` when one of its occurrences conflicts, otherwise
    /// the outcome of its first occurrence (a later identical occurrence is a repeat of what the first stored).
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when an event's organization does not exist;
    ///   nothing of the call is stored then.
    public func appendTransactionEvents(
        _ events: [StoredTransactionEvent]
    ) async throws -> [String: InboxAppendOutcome] {
        guard !events.isEmpty else { return [:] }
        let rows = events.map { event in
            (
                event,
                [
                    event.organizationID.rawValue,
                    event.eventID,
                    event.transactionID,
                    event.userID.rawValue,
                    event.payload,
                    StoredValues.milliseconds(event.receivedAt),
                ] as StatementArguments
            )
        }
        return try await self.write { db in
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO transaction_events (organization_id, event_id, transaction_id, user_id, payload,
                        received_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (organization_id, event_id) DO NOTHING
                    """
            )
            let storedPayload = try db.cachedStatement(
                sql: "SELECT payload FROM transaction_events WHERE organization_id = ? AND event_id = ?"
            )
            var outcomes: [String: InboxAppendOutcome] = [:]
            for (event, arguments) in rows {
                try SQLiteValues.mapMissingReference("organization \(event.organizationID)") {
                    try insert.execute(arguments: arguments)
                }
                let outcome: InboxAppendOutcome
                if db.changesCount > 0 {
                    outcome = .appended
                } else {
                    let stored = try String.fetchOne(
                        storedPayload,
                        arguments: [event.organizationID.rawValue, event.eventID]
                    )
                    outcome = stored == event.payload ? .repeated : .conflicting
                }
                outcomes[event.eventID] = Self.combined(outcomes[event.eventID], outcome)
            }
            return outcomes
        }
    }

    public func transactionEvents(
        of transactionID: String,
        in organization: OrganizationID
    ) async throws -> [StoredTransactionEvent] {
        try await self.read { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT event_id, user_id, payload, received_at FROM transaction_events
                    WHERE organization_id = ? AND transaction_id = ?
                    ORDER BY sequence
                    """
            )
            return try Row.fetchAll(statement, arguments: [organization.rawValue, transactionID]).map { row in
                StoredTransactionEvent(
                    organizationID: organization,
                    eventID: try row.decode(forColumn: "event_id"),
                    transactionID: transactionID,
                    userID: UserID(try row.decode(forColumn: "user_id")),
                    payload: try row.decode(forColumn: "payload"),
                    receivedAt: StoredValues.date(milliseconds: try row.decode(forColumn: "received_at"))
                )
            }
        }
    }

    public func transactionEventCount(in organization: OrganizationID) async throws -> Int {
        try await self.read { db in
            let statement = try db.cachedStatement(
                sql: "SELECT count(*) FROM transaction_events WHERE organization_id = ?"
            )
            return try Int.fetchOne(statement, arguments: [organization.rawValue]) ?? 0
        }
    }

    /// The outcome reported for an id seen before with `earlier` (`nil` the first time) and now with `later`.
    static func combined(_ earlier: InboxAppendOutcome?, _ later: InboxAppendOutcome) -> InboxAppendOutcome {
        guard let earlier else { return later }
        return earlier == .conflicting || later == .conflicting ? .conflicting : earlier
    }
}
