/// The filters and order of a locations-by-user ("near me") request.
public struct LocationQuery: Sendable, Equatable {
    /// Search around this point; when set, results are ordered by distance unless `sortByName` is set.
    public var center: GeoPoint?
    /// Search radius in miles (1 to 50).
    public var radiusMiles: Double
    /// Case-insensitive substring of the location name.
    public var name: String?
    public var city: String?
    /// USPS state code.
    public var state: String?
    public var zipCode: String?
    public var category: MerchantCategory?
    /// Only locations of this merchant.
    public var merchantID: MerchantID?
    /// Local merchants are included only when asked for.
    public var sources: Set<OfferSource>
    /// `nil`: by distance when a center is given, otherwise by name; `false`/`true`: by name ascending/descending.
    public var nameDescending: Bool?

    /// The radius used when none is given.
    public static let defaultRadiusMiles = 10.0
    /// The accepted radii.
    public static let radiusRange = 1.0...50.0

    public init(
        center: GeoPoint? = nil,
        radiusMiles: Double = LocationQuery.defaultRadiusMiles,
        name: String? = nil,
        city: String? = nil,
        state: String? = nil,
        zipCode: String? = nil,
        category: MerchantCategory? = nil,
        merchantID: MerchantID? = nil,
        sources: Set<OfferSource> = [.national, .local],
        nameDescending: Bool? = nil
    ) {
        self.center = center
        self.radiusMiles = radiusMiles
        self.name = name
        self.city = city
        self.state = state
        self.zipCode = zipCode
        self.category = category
        self.merchantID = merchantID
        self.sources = sources
        self.nameDescending = nameDescending
    }

    /// Whether results are ordered by distance.
    public var ordersByDistance: Bool { self.center != nil && self.nameDescending == nil }
}

/// A location with the offers a user can earn there, and its distance from the search center.
public struct LocationResult: Sendable {
    public var location: Location
    public var merchant: Merchant
    public var offers: [Offer]
    public var distanceMiles: Double?

    public init(location: Location, merchant: Merchant, offers: [Offer], distanceMiles: Double?) {
        self.location = location
        self.merchant = merchant
        self.offers = offers
        self.distanceMiles = distanceMiles
    }
}
