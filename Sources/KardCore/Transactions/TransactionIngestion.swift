import Foundation

/// Accepts transaction events durably: every event is checked (its fields, its user), the valid new ones are
/// appended to the inbox in one transaction, a repeat of an accepted event is a no-op, and a different event
/// under an accepted id is refused. When this returns, every accepted event is stored.
public struct TransactionIngestion: Sendable {
    /// At most this many events per request.
    public static let maximumBatchSize = 500

    private let users: any UserStore
    private let inbox: any TransactionInboxStore
    private let clock: any WallClock

    public init(users: any UserStore, inbox: any TransactionInboxStore, clock: any WallClock) {
        self.users = users
        self.inbox = inbox
        self.clock = clock
    }

    /// What became of one event.
    public enum Outcome: Sendable, Equatable {
        /// Stored now.
        case accepted
        /// Stored before with the same content: nothing to do.
        case repeated
        case refused(DomainError)
    }

    /// Checks and stores a batch; the outcomes are in the order of `inputs`.
    /// - Parameter allOrNothing: store nothing when any event is invalid (the legacy API, which has no 207).
    public func ingest(
        _ inputs: [TransactionInput],
        in organization: OrganizationID,
        allOrNothing: Bool = false
    ) async throws -> [Outcome] {
        let now = self.clock.now()
        var outcomes: [Outcome?] = Array(repeating: nil, count: inputs.count)
        var events: [(index: Int, event: TransactionEvent)] = []
        for (index, input) in inputs.enumerated() {
            switch TransactionRules.event(from: input, organization: organization, now: now) {
            case .success(let event): events.append((index, event))
            case .failure(let error): outcomes[index] = .refused(error)
            }
        }
        let known = try await self.users.existingUserIDs(Set(events.map(\.event.userID)), in: organization)
        var stored: [(index: Int, event: StoredTransactionEvent)] = []
        for (index, event) in events {
            guard known.contains(event.userID) else {
                outcomes[index] = .refused(
                    .invalid(field: "userId", "No user \(event.userID) is enrolled in this organization.")
                )
                continue
            }
            stored.append(
                (
                    index,
                    StoredTransactionEvent(
                        organizationID: organization,
                        eventID: event.eventID,
                        transactionID: event.transactionID,
                        userID: event.userID,
                        payload: try Self.payload(of: event),
                        receivedAt: now
                    )
                )
            )
        }
        if allOrNothing && outcomes.contains(where: { $0 != nil }) {
            return outcomes.map {
                $0 ?? .refused(.invalid(field: "", "Not stored: another event of the request is invalid."))
            }
        }
        // Within one request the first occurrence of an id decides; later ones are repeats or conflicts of it,
        // so the inbox sees each id once.
        var firstPayloads: [String: String] = [:]
        var unique: [StoredTransactionEvent] = []
        for (index, event) in stored {
            if let first = firstPayloads[event.eventID] {
                outcomes[index] = first == event.payload ? .repeated : .refused(Self.conflict(event.eventID))
            } else {
                firstPayloads[event.eventID] = event.payload
                unique.append(event)
            }
        }
        let results = unique.isEmpty ? [:] : try await self.inbox.appendTransactionEvents(unique)
        for (index, event) in stored where outcomes[index] == nil {
            switch results[event.eventID] {
            case .appended: outcomes[index] = .accepted
            case .repeated: outcomes[index] = .repeated
            case .conflicting, nil: outcomes[index] = .refused(Self.conflict(event.eventID))
            }
        }
        return outcomes.map { $0 ?? .refused(.conflict("The event could not be stored.")) }
    }

    /// The canonical JSON of an event: what repeats are compared on.
    public static func payload(of event: TransactionEvent) throws -> String {
        try StoredValues.json(event)
    }

    static func conflict(_ eventID: String) -> DomainError {
        .conflict("Event \(eventID) was already received with different content; event ids must be unique.")
    }
}
