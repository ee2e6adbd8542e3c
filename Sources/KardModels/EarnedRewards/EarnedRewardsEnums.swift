/// The status of an earned reward (`RewardedTransactionStatus`), also the `filter[status]` of
/// `GET …/users/{userId}/earned-rewards`.
public struct EarnedRewardStatus: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Approved, with no settled transaction yet (an ``ApprovedTransactionResource``).
    public static let approved: EarnedRewardStatus = "APPROVED"
    /// Settled (a ``RewardedTransactionResource``); the filter's default.
    public static let settled: EarnedRewardStatus = "SETTLED"
}

/// The time window of earned rewards, ending now (`EarnedRewardsRange`, the `filter[range]` query parameter).
///
/// It also scopes ``EarnedRewardsMeta/lifetimeRewardsInCents``.
public struct EarnedRewardsRange: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The last 12 months (`12M`), the default and the longest window.
    public static let last12Months: EarnedRewardsRange = "12M"
    /// The last 6 months (`6M`).
    public static let last6Months: EarnedRewardsRange = "6M"
    /// The last 3 months (`3M`).
    public static let last3Months: EarnedRewardsRange = "3M"
    /// Since January 1 of the current year (`YTD`).
    public static let yearToDate: EarnedRewardsRange = "YTD"
}

/// Whether Kard has paid the issuer the commission of a rewarded transaction (`PaymentStatus`).
public struct PaidToIssuerStatus: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Not paid yet.
    public static let unpaid: PaidToIssuerStatus = "UNPAID"
    /// Paid in full.
    public static let paidInFull: PaidToIssuerStatus = "PAID_IN_FULL"
}

/// A related resource to add to the `included` list of earned rewards (the `include` query parameter).
public struct EarnedRewardsInclude: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The merchants of the rewards (``EarnedRewardMerchantResource``).
    public static let merchant: EarnedRewardsInclude = "merchant"
    /// The offers of the rewards (``EarnedRewardOfferResource``).
    public static let offer: EarnedRewardsInclude = "offer"
}

/// The unit of a ``CommissionValue`` (`CommissionValueType`).
public struct CommissionValueType: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// US cents, the only unit (lowercase, unlike ``OfferAmountType/cents``).
    public static let cents: CommissionValueType = "cents"
}

/// What a ``MerchantAsset`` shows (`MerchantAssetType`).
public struct MerchantAssetType: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The merchant logo.
    public static let imageView: MerchantAssetType = "IMG_VIEW"
    /// A banner.
    public static let bannerView: MerchantAssetType = "BANNER_VIEW"
}
