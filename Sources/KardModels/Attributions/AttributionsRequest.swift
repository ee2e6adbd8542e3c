/// The body of `POST /v2/issuers/{organizationId}/users/{userId}/attributions` (`CreateAttributionRequestObject`):
/// up to 100 events of one user.
public struct AttributionsRequest: Codable, Sendable, Equatable {
    /// The events.
    public var data: [AttributionResource]

    /// Creates the body.
    public init(data: [AttributionResource]) {
        self.data = data
    }
}

/// One attribution event to send (`CreateAttributionRequestUnion`): `{"type", "attributes"}`, where `type` tells
/// what ``AttributionAttributes/entityId`` points at.
public struct AttributionResource: Codable, Sendable, Equatable {
    /// `offerAttribution`, `notificationAttribution` or `placementSlotAttribution`.
    public var type: AttributionType
    /// The event.
    public var attributes: AttributionAttributes

    /// Creates an event.
    public init(type: AttributionType, attributes: AttributionAttributes) {
        self.type = type
        self.attributes = attributes
    }

    /// An event about an offer; ``AttributionAttributes/entityId`` is the offer id.
    ///
    /// - Parameter attributes: The event.
    /// - Returns: An `offerAttribution`.
    public static func offer(_ attributes: AttributionAttributes) -> AttributionResource {
        AttributionResource(type: .offer, attributes: attributes)
    }

    /// An event about a notification; ``AttributionAttributes/entityId`` is the notification id.
    ///
    /// - Parameter attributes: The event.
    /// - Returns: A `notificationAttribution`.
    public static func notification(_ attributes: AttributionAttributes) -> AttributionResource {
        AttributionResource(type: .notification, attributes: attributes)
    }

    /// An event about a placement slot; ``AttributionAttributes/entityId`` is the slot id (`state.slotId`).
    ///
    /// - Parameter attributes: The event.
    /// - Returns: A `placementSlotAttribution`.
    public static func placementSlot(_ attributes: AttributionAttributes) -> AttributionResource {
        AttributionResource(type: .placementSlot, attributes: attributes)
    }
}

/// What happened, where and when (`OfferAttributionAttributes`, `NotificationAttributionAttributes`,
/// `PlacementSlotAttributionAttributes`, which share one shape).
public struct AttributionAttributes: Codable, Sendable, Equatable {
    /// The offer, notification or slot id, per the event's type.
    public var entityId: String
    /// What the user did.
    public var eventCode: AttributionEventCode
    /// Where in the rewards experience it happened.
    public var medium: AttributionMedium
    /// When it happened, ISO 8601 (`2025-01-01T00:00:00Z`).
    public var eventDate: KardDate
    /// Placement context: rank, filters, placement and slot.
    public var state: AttributionState?

    /// Creates event attributes.
    public init(
        entityId: String,
        eventCode: AttributionEventCode,
        medium: AttributionMedium,
        eventDate: KardDate,
        state: AttributionState? = nil
    ) {
        self.entityId = entityId
        self.eventCode = eventCode
        self.medium = medium
        self.eventDate = eventDate
        self.state = state
    }
}

/// The context an event happened in (`AttributionState`).
public struct AttributionState: Codable, Sendable, Equatable {
    /// The 1-based position of the offer in the list shown.
    public var rank: Int?
    /// The filters active when the user saw the offer.
    public var filters: [AttributionFilter]?
    /// The placement the event comes from.
    public var placementId: String?
    /// The slot within that placement.
    public var slotId: String?

    /// Creates a context.
    public init(
        rank: Int? = nil,
        filters: [AttributionFilter]? = nil,
        placementId: String? = nil,
        slotId: String? = nil
    ) {
        self.rank = rank
        self.filters = filters
        self.placementId = placementId
        self.slotId = slotId
    }
}

/// A filter that was active when an event happened (`AttributionFilter`).
public struct AttributionFilter: Codable, Sendable, Equatable {
    /// The filter name, such as `category`.
    public var name: String
    /// Its value.
    public var value: String

    /// Creates a filter.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// What an attribution event is about.
public struct AttributionType: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// An offer (`offerAttribution`).
    public static let offer: AttributionType = "offerAttribution"
    /// A notification (`notificationAttribution`).
    public static let notification: AttributionType = "notificationAttribution"
    /// A placement slot (`placementSlotAttribution`).
    public static let placementSlot: AttributionType = "placementSlotAttribution"
}

/// What the user did (`EventCode`).
public struct AttributionEventCode: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The item was shown.
    public static let impression: AttributionEventCode = "IMPRESSION"
    /// The user opened the item.
    public static let view: AttributionEventCode = "VIEW"
    /// The user activated the offer.
    public static let activate: AttributionEventCode = "ACTIVATE"
    /// The user boosted the offer.
    public static let boost: AttributionEventCode = "BOOST"
}

/// Where in the rewards experience an event happened (`OfferMedium`, `NotificationMedium`, `PlacementSlotMedium`).
///
/// Offers accept every value; notifications `PUSH` (and `EMAIL` in the Python SDK); placement slots `CTA`.
public struct AttributionMedium: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Browsing a list.
    public static let browse: AttributionMedium = "BROWSE"
    /// An email.
    public static let email: AttributionMedium = "EMAIL"
    /// A map.
    public static let map: AttributionMedium = "MAP"
    /// Search results.
    public static let search: AttributionMedium = "SEARCH"
    /// A call-to-action button.
    public static let cta: AttributionMedium = "CTA"
    /// A push notification.
    public static let push: AttributionMedium = "PUSH"
}
