/// A location as the legacy API returns it: bare (`Location`, from `/rewards/merchant/location/{id}` and
/// `/rewards/merchant/locations/{merchantId}`), or with its offers and merchant (`LocationWithFullOffer` from
/// `/rewards/merchant/locations/user/{referringPartnerUserId}`, `LocationWithPartialOffer` from
/// `/rewards/merchant/locations`).
public struct LegacyLocation: Codable, Sendable, Equatable {
    /// Kard's location id (`_id`).
    public var id: String
    /// The merchant's id.
    public var merchantId: String
    /// The location name.
    public var name: String
    /// Always `INSTORE`.
    public var locationType: OfferChannel
    /// The postal address.
    public var address: LegacyAddress
    /// Where it is.
    public var geoLocation: LegacyGeoLocation
    /// The phone number.
    public var phone: String
    /// Opening hours per weekday.
    public var operationHours: LegacyOperatingHours?
    /// The Google Places id.
    public var googleId: String?
    /// Creation time (UTC).
    public var createdDate: KardDate
    /// Last change (UTC).
    public var lastModified: KardDate
    /// National or local.
    public var source: MerchantSource
    /// The merchant category.
    public var category: CategoryOption
    /// The location's offers (in the with-offer variants only).
    public var offers: [LegacyLocationOffer]?
    /// The location's merchant (in the with-offer variants only).
    public var merchant: LegacyOfferMerchant?

    /// Creates a location.
    public init(
        id: String,
        merchantId: String,
        name: String,
        locationType: OfferChannel = .inStore,
        address: LegacyAddress,
        geoLocation: LegacyGeoLocation,
        phone: String,
        operationHours: LegacyOperatingHours? = nil,
        googleId: String? = nil,
        createdDate: KardDate,
        lastModified: KardDate,
        source: MerchantSource,
        category: CategoryOption,
        offers: [LegacyLocationOffer]? = nil,
        merchant: LegacyOfferMerchant? = nil
    ) {
        self.id = id
        self.merchantId = merchantId
        self.name = name
        self.locationType = locationType
        self.address = address
        self.geoLocation = geoLocation
        self.phone = phone
        self.operationHours = operationHours
        self.googleId = googleId
        self.createdDate = createdDate
        self.lastModified = lastModified
        self.source = source
        self.category = category
        self.offers = offers
        self.merchant = merchant
    }

    enum CodingKeys: String, CodingKey {
        case id = "_id"
        case merchantId, name, locationType, address, geoLocation, phone, operationHours, googleId, createdDate
        case lastModified, source, category, offers, merchant
    }
}

/// An offer embedded in a legacy location (`FullLocationsOffer` in the by-user answer, `LocationsOffer` in the
/// all-locations answer, which has only the first five fields and the optional amounts and commissions).
public struct LegacyLocationOffer: Codable, Sendable, Equatable {
    /// Kard's offer id (`_id`).
    public var id: String
    /// The commission of issuer and cardholder together.
    public var totalCommission: Double
    /// Percent or flat.
    public var commissionType: CommissionType
    /// When the offer starts (UTC).
    public var startDate: KardDate
    /// When the offer ends (UTC).
    public var expirationDate: KardDate
    /// The smallest qualifying purchase.
    public var minTransactionAmount: Int?
    /// The largest purchase the reward is computed on.
    public var maxTransactionAmount: Int?
    /// The smallest reward.
    public var minRewardAmount: Int?
    /// The largest reward.
    public var maxRewardAmount: Int?
    /// The issuer's share.
    public var issuersCommission: Double?
    /// The cardholder's share.
    public var usersCommission: Double?
    /// Terms and conditions (full variant).
    public var terms: String?
    /// Whether the offer can be redeemed only once (full variant).
    public var redeemableOnce: Bool?
    /// The offer name (full variant).
    public var name: String?
    /// In store or online (full variant).
    public var offerType: OfferChannel?
    /// Whether the offer is targeted (full variant).
    public var isTargeted: Bool?
    /// Creation time (UTC; full variant).
    public var createdDate: KardDate?
    /// Last change (UTC; full variant).
    public var lastModified: KardDate?
    /// Whether the offer holds at some locations only (full variant).
    public var isLocationSpecific: Bool?
    /// The logo URL with attribution tokens (full variant).
    public var imgUrl: String?
    /// The banner URL with attribution tokens (full variant).
    public var bannerImgUrl: String?
    /// National or local (full variant).
    public var source: MerchantSource?
    /// The merchant category (full variant).
    public var category: CategoryOption?

    /// Creates a location offer.
    public init(
        id: String,
        totalCommission: Double,
        commissionType: CommissionType,
        startDate: KardDate,
        expirationDate: KardDate,
        minTransactionAmount: Int? = nil,
        maxTransactionAmount: Int? = nil,
        minRewardAmount: Int? = nil,
        maxRewardAmount: Int? = nil,
        issuersCommission: Double? = nil,
        usersCommission: Double? = nil,
        terms: String? = nil,
        redeemableOnce: Bool? = nil,
        name: String? = nil,
        offerType: OfferChannel? = nil,
        isTargeted: Bool? = nil,
        createdDate: KardDate? = nil,
        lastModified: KardDate? = nil,
        isLocationSpecific: Bool? = nil,
        imgUrl: String? = nil,
        bannerImgUrl: String? = nil,
        source: MerchantSource? = nil,
        category: CategoryOption? = nil
    ) {
        self.id = id
        self.totalCommission = totalCommission
        self.commissionType = commissionType
        self.startDate = startDate
        self.expirationDate = expirationDate
        self.minTransactionAmount = minTransactionAmount
        self.maxTransactionAmount = maxTransactionAmount
        self.minRewardAmount = minRewardAmount
        self.maxRewardAmount = maxRewardAmount
        self.issuersCommission = issuersCommission
        self.usersCommission = usersCommission
        self.terms = terms
        self.redeemableOnce = redeemableOnce
        self.name = name
        self.offerType = offerType
        self.isTargeted = isTargeted
        self.createdDate = createdDate
        self.lastModified = lastModified
        self.isLocationSpecific = isLocationSpecific
        self.imgUrl = imgUrl
        self.bannerImgUrl = bannerImgUrl
        self.source = source
        self.category = category
    }

    enum CodingKeys: String, CodingKey {
        case id = "_id"
        case totalCommission, commissionType, startDate, expirationDate, minTransactionAmount, maxTransactionAmount
        case minRewardAmount, maxRewardAmount, issuersCommission, usersCommission, terms, redeemableOnce, name
        case offerType, isTargeted, createdDate, lastModified, isLocationSpecific, imgUrl, bannerImgUrl, source
        case category
    }
}

/// A legacy postal address (`Address`).
public struct LegacyAddress: Codable, Sendable, Equatable {
    /// Street and number.
    public var street: String
    /// City.
    public var city: String
    /// Two-letter state code.
    public var state: USState
    /// ZIP code.
    public var zipCode: String

    /// Creates an address.
    public init(street: String, city: String, state: USState, zipCode: String) {
        self.street = street
        self.city = city
        self.state = state
        self.zipCode = zipCode
    }
}

/// Legacy coordinates (`GeoLocation`).
public struct LegacyGeoLocation: Codable, Sendable, Equatable {
    /// Longitude.
    public var longitude: Double
    /// Latitude.
    public var latitude: Double

    /// Creates coordinates.
    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}

/// Legacy opening hours (`OperatingHours`): one free-text entry per weekday, keyed `SUNDAY` … `SATURDAY`.
public struct LegacyOperatingHours: Codable, Sendable, Equatable {
    /// Sunday's hours.
    public var sunday: String?
    /// Monday's hours.
    public var monday: String?
    /// Tuesday's hours.
    public var tuesday: String?
    /// Wednesday's hours.
    public var wednesday: String?
    /// Thursday's hours.
    public var thursday: String?
    /// Friday's hours.
    public var friday: String?
    /// Saturday's hours.
    public var saturday: String?

    /// Creates opening hours.
    public init(
        sunday: String? = nil,
        monday: String? = nil,
        tuesday: String? = nil,
        wednesday: String? = nil,
        thursday: String? = nil,
        friday: String? = nil,
        saturday: String? = nil
    ) {
        self.sunday = sunday
        self.monday = monday
        self.tuesday = tuesday
        self.wednesday = wednesday
        self.thursday = thursday
        self.friday = friday
        self.saturday = saturday
    }

    enum CodingKeys: String, CodingKey {
        case sunday = "SUNDAY"
        case monday = "MONDAY"
        case tuesday = "TUESDAY"
        case wednesday = "WEDNESDAY"
        case thursday = "THURSDAY"
        case friday = "FRIDAY"
        case saturday = "SATURDAY"
    }
}
