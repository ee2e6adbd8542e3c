import Foundation

/// A physical store of a merchant.
public struct Location: Sendable, Equatable, Identifiable {
    public var id: LocationID
    public var merchantID: MerchantID
    public var name: String
    public var address: StreetAddress
    public var coordinates: GeoPoint
    public var phone: String
    /// Weekly opening periods; empty when unknown.
    public var openingHours: [OpeningPeriod]
    /// The Google Places id of a local merchant's store.
    public var googleID: String?
    public var source: OfferSource
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: LocationID,
        merchantID: MerchantID,
        name: String,
        address: StreetAddress,
        coordinates: GeoPoint,
        phone: String = "",
        openingHours: [OpeningPeriod] = [],
        googleID: String? = nil,
        source: OfferSource = .national,
        createdAt: Date,
        updatedAt: Date
    ) {
        self.id = id
        self.merchantID = merchantID
        self.name = name
        self.address = address
        self.coordinates = coordinates
        self.phone = phone
        self.openingHours = openingHours
        self.googleID = googleID
        self.source = source
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// A US street address; `state` is a USPS code.
public struct StreetAddress: Sendable, Equatable, Codable {
    public var street: String
    public var city: String
    public var state: String
    public var zipCode: String

    public init(street: String, city: String, state: String, zipCode: String) {
        self.street = street
        self.city = city
        self.state = state
        self.zipCode = zipCode
    }
}

/// A point on Earth in decimal degrees.
public struct GeoPoint: Sendable, Equatable, Codable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Mean Earth radius in miles.
    public static let earthRadiusMiles = 3958.7613

    /// The great-circle (haversine) distance to `other`, in miles.
    public func distanceMiles(to other: GeoPoint) -> Double {
        let radians = Double.pi / 180
        let deltaLatitude = (other.latitude - self.latitude) * radians
        let deltaLongitude = (other.longitude - self.longitude) * radians
        let a =
            pow(sin(deltaLatitude / 2), 2)
            + cos(self.latitude * radians) * cos(other.latitude * radians) * pow(sin(deltaLongitude / 2), 2)
        return 2 * Self.earthRadiusMiles * asin(min(1, sqrt(a)))
    }
}

/// One opening period: from `open` to `close` on `day` (0 = Sunday … 6 = Saturday), times as `HHmm`.
public struct OpeningPeriod: Sendable, Equatable, Codable {
    public var day: Int
    public var open: String
    public var close: String

    public init(day: Int, open: String, close: String) {
        self.day = day
        self.open = open
        self.close = close
    }
}
