/// Where a purchase happens.
public enum PurchaseChannel: String, Sendable, CaseIterable, Codable {
    case online = "ONLINE"
    case inStore = "INSTORE"
}

/// National brands, or local merchants (shown only when asked for).
public enum OfferSource: String, Sendable, CaseIterable, Codable {
    case national = "NATIONAL"
    case local = "LOCAL"
}

/// How a reward or commission is expressed.
public enum RewardType: String, Sendable, CaseIterable, Codable {
    /// A share of the purchase, stored in basis points (1 % = 100).
    case percent = "PERCENT"
    /// A fixed amount, stored in cents.
    case flat = "FLAT"
}

/// The merchant categories of Kard's `CategoryOption`.
public enum MerchantCategory: String, Sendable, CaseIterable, Codable {
    case artsAndEntertainment = "Arts & Entertainment"
    case babyKidsAndToys = "Baby, Kids & Toys"
    case booksAndDigitalMedia = "Books & Digital Media"
    case clothing = "Clothing, Shoes & Accessories"
    case electronics = "Computers, Electronics & Software"
    case convenience = "Convenience"
    case gas = "Gas"
    case departmentStores = "Department Stores"
    case foodAndBeverage = "Food & Beverage"
    case healthAndBeauty = "Health & Beauty"
    case homeAndGarden = "Home & Garden"
    case miscellaneous = "Miscellaneous"
    case occasionsAndGifts = "Occasions & Gifts"
    case pets = "Pets"
    case sportsAndOutdoors = "Sports & Outdoors"
    case suppliesAndServices = "Supplies & Services"
    case travel = "Travel"
}

/// Who an offer is meant for.
public enum OfferTargeting: Sendable, Equatable, Codable {
    /// Every enrolled user.
    case everyone
    /// Users with no earlier purchase at the merchant.
    case newCustomers
    /// Users who bought at the merchant before, but not in the last ``lapsedAfterMonths`` months.
    case lapsedCustomers
    /// Only the listed users (of any organization).
    case users(Set<UserID>)

    /// How long without a purchase makes a customer lapsed.
    public static let lapsedAfterMonths = 6

    /// Whether the offer is personalised (Kard's `isTargeted`).
    public var isTargeted: Bool { self != .everyone }
}
