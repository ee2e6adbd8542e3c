/// A v2 location where the user has eligible in-store offers (`LocationData`):
/// `{"type": "location", "id", "attributes", "relationships"?}`.
public struct LocationResource: Codable, Sendable, Equatable {
    /// Always `location`.
    public var type: String
    /// Kard's location id (a Mongo ObjectId).
    public var id: String
    /// The location's attributes.
    public var attributes: LocationAttributes
    /// The location's offers and categories.
    public var relationships: LocationRelationships?

    /// The `type` of a location.
    public static let resourceType = "location"

    /// Creates a location resource.
    public init(id: String, attributes: LocationAttributes, relationships: LocationRelationships? = nil) {
        self.type = Self.resourceType
        self.id = id
        self.attributes = attributes
        self.relationships = relationships
    }
}

/// The attributes of a v2 location (`LocationAttributes`).
public struct LocationAttributes: Codable, Sendable, Equatable {
    /// The location name.
    public var name: String
    /// The postal address.
    public var address: LocationAddress
    /// Where it is.
    public var coordinates: LocationCoordinates
    /// The phone number.
    public var phone: String
    /// Opening hours.
    public var operationHours: OperationHours
    /// Third-party ids (local locations only; empty otherwise).
    public var partnerIds: [LocationPartnerID]
    /// The kind of food or venue (in the Python SDK, not in the v2 OpenAPI).
    public var cuisine: CuisineOption?
    /// The customer rating (in the Python SDK, not in the v2 OpenAPI).
    public var rating: LocationRating?
    /// The price range, `$` to `$$$$` (in the Python SDK, not in the v2 OpenAPI).
    public var priceLevel: String?
    /// Miles from the searched point, when the search had one (an extension of this platform; Kard's SDKs
    /// keep it as an extra field).
    public var distance: Double?

    /// Creates location attributes.
    public init(
        name: String,
        address: LocationAddress,
        coordinates: LocationCoordinates,
        phone: String,
        operationHours: OperationHours,
        partnerIds: [LocationPartnerID] = [],
        cuisine: CuisineOption? = nil,
        rating: LocationRating? = nil,
        priceLevel: String? = nil,
        distance: Double? = nil
    ) {
        self.name = name
        self.address = address
        self.coordinates = coordinates
        self.phone = phone
        self.operationHours = operationHours
        self.partnerIds = partnerIds
        self.cuisine = cuisine
        self.rating = rating
        self.priceLevel = priceLevel
        self.distance = distance
    }
}

/// The postal address of a v2 location (`EligibilityLocationAddress`).
public struct LocationAddress: Codable, Sendable, Equatable {
    /// Street and number.
    public var street: String
    /// City.
    public var city: String
    /// Two-letter state code.
    public var state: String
    /// ZIP code.
    public var zipCode: String

    /// Creates an address.
    public init(street: String, city: String, state: String, zipCode: String) {
        self.street = street
        self.city = city
        self.state = state
        self.zipCode = zipCode
    }
}

/// The position of a v2 location (`Coordinates`).
public struct LocationCoordinates: Codable, Sendable, Equatable {
    /// Longitude, −180 to 180.
    public var longitude: Double
    /// Latitude, −90 to 90.
    public var latitude: Double

    /// Creates coordinates.
    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}

/// Opening hours of a v2 location (`OperationHours`), in Google Places' shape.
public struct OperationHours: Codable, Sendable, Equatable {
    /// The opening periods.
    public var periods: [OperationPeriod]
    /// One readable line per weekday, such as `Monday: 9:00 AM – 5:00 PM`.
    public var weekdayText: [String]

    /// Creates opening hours.
    public init(periods: [OperationPeriod], weekdayText: [String]) {
        self.periods = periods
        self.weekdayText = weekdayText
    }
}

/// One opening period (`OperationPeriod`).
public struct OperationPeriod: Codable, Sendable, Equatable {
    /// When it closes.
    public var close: OperationTime
    /// When it opens.
    public var open: OperationTime

    /// Creates a period.
    public init(close: OperationTime, open: OperationTime) {
        self.close = close
        self.open = open
    }
}

/// A point in the week (`OperationTime`).
public struct OperationTime: Codable, Sendable, Equatable {
    /// The weekday, 0 (Sunday) to 6 (Saturday).
    public var day: Int
    /// The time of day as `HHmm`, such as `0900`.
    public var time: String

    /// Creates a point in the week.
    public init(day: Int, time: String) {
        self.day = day
        self.time = time
    }
}

/// An id of a location at a third party (`LocationPartnerId`).
public struct LocationPartnerID: Codable, Sendable, Equatable {
    /// The third party.
    public var type: LocationPartnerIDType
    /// The id there.
    public var id: String

    /// Creates a partner id.
    public init(type: LocationPartnerIDType, id: String) {
        self.type = type
        self.id = id
    }
}

/// A customer rating of a location (`LocationRating`).
public struct LocationRating: Codable, Sendable, Equatable {
    /// Stars, out of 5.
    public var value: Double
    /// How many ratings the score is based on, when known.
    public var count: Int?

    /// Creates a rating.
    public init(value: Double, count: Int? = nil) {
        self.value = value
        self.count = count
    }
}

/// The relationships of a v2 location (`LocationRelationships`).
public struct LocationRelationships: Codable, Sendable, Equatable {
    /// The location's eligible offers (`standardOffer`).
    public var offers: RelationshipList
    /// The location's categories.
    public var category: RelationshipList

    /// Creates the relationships.
    public init(offers: RelationshipList, category: RelationshipList) {
        self.offers = offers
        self.category = category
    }
}
