import Foundation

/// The durable inbox of transaction events: what the ingestion endpoints write before they answer, and what the
/// processor reads.
public protocol TransactionInboxStore: Sendable {
    /// Appends the events whose `(organization, eventID)` is not stored yet, all in one transaction, and tells
    /// for each given event id whether it was new, a repeat of the stored content, or a conflicting repeat.
    /// Content is compared on ``StoredTransactionEvent/payload``.
    func appendTransactionEvents(_ events: [StoredTransactionEvent]) async throws -> [String: InboxAppendOutcome]

    /// The stored events of one transaction of an organization, in arrival order.
    func transactionEvents(of transactionID: String, in organization: OrganizationID) async throws
        -> [StoredTransactionEvent]

    /// How many events of an organization are stored (all, processed or not).
    func transactionEventCount(in organization: OrganizationID) async throws -> Int
}

/// A transaction event as the inbox keeps it.
public struct StoredTransactionEvent: Sendable, Equatable {
    public var organizationID: OrganizationID
    public var eventID: String
    public var transactionID: String
    public var userID: UserID
    /// The normalised event as canonical JSON (sorted keys): what repeats are compared on.
    public var payload: String
    public var receivedAt: Date

    public init(
        organizationID: OrganizationID,
        eventID: String,
        transactionID: String,
        userID: UserID,
        payload: String,
        receivedAt: Date
    ) {
        self.organizationID = organizationID
        self.eventID = eventID
        self.transactionID = transactionID
        self.userID = userID
        self.payload = payload
        self.receivedAt = receivedAt
    }
}

/// What became of one event offered to the inbox.
public enum InboxAppendOutcome: Sendable, Equatable {
    /// Stored now.
    case appended
    /// The same id with the same content was stored before: nothing to do.
    case repeated
    /// The same id was stored before with other content: refused.
    case conflicting
}
