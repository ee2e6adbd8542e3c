/// Where an offer can be redeemed (`PurchaseChannel`): in a store or online. The legacy API calls it `offerType`.
public struct OfferChannel: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// In a physical store.
    public static let inStore: OfferChannel = "INSTORE"
    /// Online.
    public static let online: OfferChannel = "ONLINE"
}

/// A merchant category (`CategoryOption`). Sent percent-encoded in queries (`Food%20%26%20Beverage`).
public struct CategoryOption: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `Arts & Entertainment`.
    public static let artsAndEntertainment: CategoryOption = "Arts & Entertainment"
    /// `Baby, Kids & Toys`.
    public static let babyKidsAndToys: CategoryOption = "Baby, Kids & Toys"
    /// `Books & Digital Media`.
    public static let booksAndDigitalMedia: CategoryOption = "Books & Digital Media"
    /// `Clothing, Shoes & Accessories`.
    public static let clothingShoesAndAccessories: CategoryOption = "Clothing, Shoes & Accessories"
    /// `Computers, Electronics & Software`.
    public static let computersElectronicsAndSoftware: CategoryOption = "Computers, Electronics & Software"
    /// `Convenience`.
    public static let convenience: CategoryOption = "Convenience"
    /// `Gas`.
    public static let gas: CategoryOption = "Gas"
    /// `Department Stores`.
    public static let departmentStores: CategoryOption = "Department Stores"
    /// `Food & Beverage`.
    public static let foodAndBeverage: CategoryOption = "Food & Beverage"
    /// `Health & Beauty`.
    public static let healthAndBeauty: CategoryOption = "Health & Beauty"
    /// `Home & Garden`.
    public static let homeAndGarden: CategoryOption = "Home & Garden"
    /// `Miscellaneous`.
    public static let miscellaneous: CategoryOption = "Miscellaneous"
    /// `Occasions & Gifts`.
    public static let occasionsAndGifts: CategoryOption = "Occasions & Gifts"
    /// `Pets`.
    public static let pets: CategoryOption = "Pets"
    /// `Sports & Outdoors`.
    public static let sportsAndOutdoors: CategoryOption = "Sports & Outdoors"
    /// `Supplies & Services`.
    public static let suppliesAndServices: CategoryOption = "Supplies & Services"
    /// `Travel`.
    public static let travel: CategoryOption = "Travel"
}

/// A US state or territory as its two-letter code (`State`): the 50 states, `DC`, `AS`, `FM`, `GU`, `MH`, `MP`, `PR`,
/// `PW` and `VI`. Write it as a string literal, such as `"PA"`.
public struct USState: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// How a reward or commission is expressed (`CommissionType`).
public struct CommissionType: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// A fixed amount.
    public static let flat: CommissionType = "FLAT"
    /// A percentage of the purchase.
    public static let percent: CommissionType = "PERCENT"
}

/// A UI component an offer can carry (`ComponentType`), asked for with `supportedComponents`.
public struct OfferComponentType: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// ``OfferComponents/shortDescription``.
    public static let shortDescription: OfferComponentType = "shortDescription"
    /// ``OfferComponents/longDescription``.
    public static let longDescription: OfferComponentType = "longDescription"
    /// ``OfferComponents/baseReward``.
    public static let baseReward: OfferComponentType = "baseReward"
    /// ``OfferComponents/boostedReward``.
    public static let boostedReward: OfferComponentType = "boostedReward"
    /// ``OfferComponents/cta``.
    public static let cta: OfferComponentType = "cta"
    /// ``OfferComponents/tags``.
    public static let tags: OfferComponentType = "tags"
    /// ``OfferComponents/detailTags``.
    public static let detailTags: OfferComponentType = "detailTags"
    /// ``OfferComponents/logoFlare``.
    public static let logoFlare: OfferComponentType = "logoFlare"
    /// ``OfferComponents/progressBar``.
    public static let progressBar: OfferComponentType = "progressBar"
}

/// A sort order of offers (`OfferSortOptions`); a leading `-` sorts descending.
public struct OfferSortOption: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Oldest start date first.
    public static let startDate: OfferSortOption = "startDate"
    /// Newest start date first.
    public static let startDateDescending: OfferSortOption = "-startDate"
    /// Soonest expiration first.
    public static let expirationDate: OfferSortOption = "expirationDate"
    /// Latest expiration first.
    public static let expirationDateDescending: OfferSortOption = "-expirationDate"
    /// By name, A to Z.
    public static let name: OfferSortOption = "name"
    /// By name, Z to A.
    public static let nameDescending: OfferSortOption = "-name"
}

/// A sort order of locations (`LocationSortOptions`); a leading `-` sorts descending.
public struct LocationSortOption: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// By location name, A to Z.
    public static let locationName: LocationSortOption = "locationName"
    /// By location name, Z to A.
    public static let locationNameDescending: LocationSortOption = "-locationName"
}

/// A related resource to add to an answer's `included` list (the `include` query parameter).
public struct RewardsInclude: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The offers' or locations' categories (offers and locations).
    public static let categories: RewardsInclude = "categories"
    /// The locations' offers (locations).
    public static let offers: RewardsInclude = "offers"
    /// The activated or boosted offer (activate and boost).
    public static let offer: RewardsInclude = "offer"
}

/// The unit of an ``OfferAmount`` (`AmountType`).
public struct OfferAmountType: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// US cents.
    public static let cents: OfferAmountType = "CENTS"
}

/// What an ``OfferAsset`` shows.
public struct OfferAssetType: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The merchant logo.
    public static let imageView: OfferAssetType = "IMG_VIEW"
    /// A promotional banner.
    public static let bannerView: OfferAssetType = "BANNER_VIEW"
    /// A photo of the location.
    public static let locationImageView: OfferAssetType = "LOCATION_IMG_VIEW"
}

/// The kind of food or venue of a location (`CuisineOption`), such as `Pizza Restaurant`; a long, open list.
public struct CuisineOption: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// The third party a ``LocationPartnerID`` comes from (`LocationPartnerIdType`).
public struct LocationPartnerIDType: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Google Places.
    public static let google: LocationPartnerIDType = "google"
}
