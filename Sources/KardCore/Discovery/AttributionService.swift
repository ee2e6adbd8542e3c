import Foundation

/// Records what cardholders did with offers, notifications and placement slots, including activations and
/// boosts, which later offer answers reflect.
public struct AttributionService: Sendable {
    /// At most this many events per request.
    public static let maximumBatchSize = 100
    /// The mediums each subject accepts.
    public static let mediums: [AttributionEvent.Subject: Set<String>] = [
        .offer: ["BROWSE", "EMAIL", "MAP", "SEARCH", "CTA", "PUSH"],
        .notification: ["PUSH", "EMAIL"],
        .placementSlot: ["BROWSE", "EMAIL", "MAP", "SEARCH", "CTA", "PUSH"],
    ]

    private let users: UserService
    private let store: any AttributionStore
    private let cache: CatalogIndexCache
    private let clock: any WallClock
    private let ids: any IDGenerator

    public init(
        users: UserService,
        store: any AttributionStore,
        cache: CatalogIndexCache,
        clock: any WallClock,
        ids: any IDGenerator
    ) {
        self.users = users
        self.store = store
        self.cache = cache
        self.clock = clock
        self.ids = ids
    }

    /// One event as received; `eventDate` is `nil` when it was missing or not a date.
    public struct Input: Sendable {
        public var subject: String
        public var entityID: String
        public var eventCode: String
        public var medium: String
        public var eventDate: Date?

        public init(subject: String, entityID: String, eventCode: String, medium: String, eventDate: Date?) {
            self.subject = subject
            self.entityID = entityID
            self.eventCode = eventCode
            self.medium = medium
            self.eventDate = eventDate
        }
    }

    /// Validates every event (issues at `index/field`) and stores them together; returns the job id.
    public func record(_ inputs: [Input], for userID: UserID, in organization: OrganizationID) async throws -> String {
        guard (1...Self.maximumBatchSize).contains(inputs.count) else {
            throw DomainError.invalid(field: "", "Send 1 to \(Self.maximumBatchSize) events; got \(inputs.count).")
        }
        _ = try await self.users.user(userID, in: organization)
        let now = self.clock.now()
        var issues: [ValidationIssue] = []
        var events: [AttributionEvent] = []
        for (index, input) in inputs.enumerated() {
            let subject = AttributionEvent.Subject.forType(input.subject)
            if subject == nil {
                issues.append(
                    ValidationIssue(
                        field: "\(index)/type",
                        detail: "type must be offerAttribution, notificationAttribution or placementSlotAttribution."
                    )
                )
            }
            if input.entityID.isEmpty {
                issues.append(ValidationIssue(field: "\(index)/attributes/entityId", detail: "entityId is required."))
            }
            if !AttributionEvent.eventCodes.contains(input.eventCode) {
                issues.append(
                    ValidationIssue(
                        field: "\(index)/attributes/eventCode",
                        detail: "eventCode must be one of IMPRESSION, VIEW, ACTIVATE, BOOST."
                    )
                )
            }
            if let subject, let mediums = Self.mediums[subject], !mediums.contains(input.medium) {
                issues.append(
                    ValidationIssue(
                        field: "\(index)/attributes/medium",
                        detail: "medium must be one of \(mediums.sorted().joined(separator: ", "))."
                    )
                )
            }
            if input.eventDate == nil {
                issues.append(
                    ValidationIssue(
                        field: "\(index)/attributes/eventDate",
                        detail: "eventDate must be an ISO 8601 date-time with a zone, such as 2025-01-01T00:00:00Z."
                    )
                )
            }
            if let subject, let eventDate = input.eventDate {
                events.append(
                    AttributionEvent(
                        id: self.ids.uuid().uuidString.lowercased(),
                        organizationID: organization,
                        userID: userID,
                        subject: subject,
                        entityID: input.entityID,
                        eventCode: input.eventCode,
                        medium: input.medium,
                        eventDate: eventDate,
                        recordedAt: now
                    )
                )
            }
        }
        if !issues.isEmpty { throw DomainError.invalid(issues) }
        try await self.store.recordAttributions(events)
        return self.ids.uuid().uuidString.lowercased()
    }

    /// Records an activation or boost (`eventCode` `ACTIVATE` or `BOOST`, medium `CTA`) of an offer.
    /// - Throws: ``DomainError/notFound(resource:id:)`` for an unknown user or offer.
    public func engage(
        _ offerID: OfferID,
        eventCode: String,
        for userID: UserID,
        in organization: OrganizationID
    ) async throws -> (event: AttributionEvent, offer: Offer, index: CatalogIndex) {
        _ = try await self.users.user(userID, in: organization)
        let index = try await self.cache.index()
        guard let offer = index.offers[offerID] else {
            throw DomainError.notFound(resource: "Offer", id: offerID.rawValue)
        }
        let now = self.clock.now()
        let event = AttributionEvent(
            id: self.ids.uuid().uuidString.lowercased(),
            organizationID: organization,
            userID: userID,
            subject: .offer,
            entityID: offerID.rawValue,
            eventCode: eventCode,
            medium: "CTA",
            eventDate: now,
            recordedAt: now
        )
        try await self.store.recordAttributions([event])
        return (event, offer, index)
    }
}

extension AttributionEvent.Subject {
    /// The subject of a v2 attribution resource type (`offerAttribution`, …).
    public static func forType(_ type: String) -> Self? {
        switch type {
        case "offerAttribution": return .offer
        case "notificationAttribution": return .notification
        case "placementSlotAttribution": return .placementSlot
        default: return nil
        }
    }

    /// The v2 resource type of this subject.
    public var resourceType: String { self.rawValue + "Attribution" }
}
