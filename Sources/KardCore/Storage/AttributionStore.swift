import Foundation

/// Persistence of attribution events (impressions, views, activations, boosts).
public protocol AttributionStore: Sendable {
    /// Stores the events in one transaction. An event whose id is stored already is skipped.
    func recordAttributions(_ events: [AttributionEvent]) async throws

    /// The offer events of a user, oldest first.
    func offerAttributions(of user: UserID, in organization: OrganizationID) async throws -> [AttributionEvent]
}

/// One attribution event of a user.
public struct AttributionEvent: Sendable, Equatable {
    /// What the event is about.
    public enum Subject: String, Sendable, CaseIterable, Codable {
        case offer
        case notification
        case placementSlot
    }

    public var id: String
    public var organizationID: OrganizationID
    public var userID: UserID
    public var subject: Subject
    /// The offer, notification or slot id.
    public var entityID: String
    /// `IMPRESSION`, `VIEW`, `ACTIVATE` or `BOOST`.
    public var eventCode: String
    /// Where it happened (`BROWSE`, `EMAIL`, `MAP`, `SEARCH`, `CTA`, `PUSH`).
    public var medium: String
    public var eventDate: Date
    public var recordedAt: Date

    public init(
        id: String,
        organizationID: OrganizationID,
        userID: UserID,
        subject: Subject,
        entityID: String,
        eventCode: String,
        medium: String,
        eventDate: Date,
        recordedAt: Date
    ) {
        self.id = id
        self.organizationID = organizationID
        self.userID = userID
        self.subject = subject
        self.entityID = entityID
        self.eventCode = eventCode
        self.medium = medium
        self.eventDate = eventDate
        self.recordedAt = recordedAt
    }

    /// The event codes Kard defines.
    public static let eventCodes: Set<String> = ["IMPRESSION", "VIEW", "ACTIVATE", "BOOST"]
}
