/// A merchant with its offers, as legacy `GET /rewards/merchant…` returns it (`Merchant`, and
/// `MerchantWithAttribution` from `/rewards/merchant/user/{referringPartnerUserId}`).
public struct LegacyMerchant: Codable, Sendable, Equatable {
    /// Kard's merchant id (`_id`).
    public var id: String
    /// The merchant name.
    public var name: String
    /// A blurb about the merchant.
    public var description: String
    /// The merchant's website (`websiteURL`).
    public var websiteURL: String
    /// The merchant category.
    public var category: CategoryOption
    /// Card networks the merchant accepts.
    public var acceptedCards: [AcceptedCard]
    /// National or local.
    public var source: MerchantSource
    /// Creation time (UTC).
    public var createdDate: KardDate
    /// Last change (UTC).
    public var lastModified: KardDate
    /// The merchant's offers.
    public var offers: [LegacyMerchantOffer]
    /// The logo URL (deprecated in the by-user answer in favour of the offers' `imgUrl`).
    public var imgUrl: String
    /// The banner URL (deprecated in the by-user answer in favour of the offers' `bannerImgUrl`).
    public var bannerImgUrl: String?

    /// Creates a merchant.
    public init(
        id: String,
        name: String,
        description: String,
        websiteURL: String,
        category: CategoryOption,
        acceptedCards: [AcceptedCard],
        source: MerchantSource,
        createdDate: KardDate,
        lastModified: KardDate,
        offers: [LegacyMerchantOffer],
        imgUrl: String,
        bannerImgUrl: String? = nil
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.websiteURL = websiteURL
        self.category = category
        self.acceptedCards = acceptedCards
        self.source = source
        self.createdDate = createdDate
        self.lastModified = lastModified
        self.offers = offers
        self.imgUrl = imgUrl
        self.bannerImgUrl = bannerImgUrl
    }

    enum CodingKeys: String, CodingKey {
        case id = "_id"
        case name, description, websiteURL, category, acceptedCards, source, createdDate, lastModified, offers
        case imgUrl, bannerImgUrl
    }
}

/// An offer inside a ``LegacyMerchant`` (`MerchantOffer`; `MerchantOfferWithAttribution` in the by-user answer,
/// which adds the image URLs and drops `status`).
public struct LegacyMerchantOffer: Codable, Sendable, Equatable {
    /// Kard's offer id (`_id`).
    public var id: String
    /// Terms and conditions.
    public var terms: String
    /// Whether the offer can be redeemed only once.
    public var redeemableOnce: Bool
    /// The offer name.
    public var name: String
    /// In store or online.
    public var offerType: OfferChannel
    /// Percent or flat.
    public var commissionType: CommissionType
    /// When the offer starts (UTC).
    public var startDate: KardDate
    /// When the offer ends (UTC).
    public var expirationDate: KardDate
    /// Whether the offer is targeted.
    public var isTargeted: Bool
    /// Creation time (UTC).
    public var createdDate: KardDate
    /// Last change (UTC).
    public var lastModified: KardDate
    /// The commission of issuer and cardholder together.
    public var totalCommission: Double
    /// Whether the offer holds at some locations only (usually `false`).
    public var isLocationSpecific: Bool
    /// The merchant's id.
    public var merchantId: String
    /// The issuer's share.
    public var issuersCommission: Double?
    /// The cardholder's share.
    public var usersCommission: Double?
    /// The smallest qualifying purchase.
    public var minTransactionAmount: Int?
    /// The largest purchase the reward is computed on.
    public var maxTransactionAmount: Int?
    /// The smallest reward.
    public var minRewardAmount: Int?
    /// The largest reward.
    public var maxRewardAmount: Int?
    /// The locations, when ``isLocationSpecific`` is `true`.
    public var merchantLocationIds: [String]?
    /// Whether the cardholder must opt in.
    public var optInRequired: Bool
    /// The offer status (`MerchantOffer` only).
    public var status: String?
    /// The logo URL with attribution tokens (`MerchantOfferWithAttribution` only).
    public var imgUrl: String?
    /// The banner URL with attribution tokens (`MerchantOfferWithAttribution` only).
    public var bannerImgUrl: String?

    /// Creates a merchant offer.
    public init(
        id: String,
        terms: String,
        redeemableOnce: Bool,
        name: String,
        offerType: OfferChannel,
        commissionType: CommissionType,
        startDate: KardDate,
        expirationDate: KardDate,
        isTargeted: Bool,
        createdDate: KardDate,
        lastModified: KardDate,
        totalCommission: Double,
        isLocationSpecific: Bool,
        merchantId: String,
        issuersCommission: Double? = nil,
        usersCommission: Double? = nil,
        minTransactionAmount: Int? = nil,
        maxTransactionAmount: Int? = nil,
        minRewardAmount: Int? = nil,
        maxRewardAmount: Int? = nil,
        merchantLocationIds: [String]? = nil,
        optInRequired: Bool,
        status: String? = nil,
        imgUrl: String? = nil,
        bannerImgUrl: String? = nil
    ) {
        self.id = id
        self.terms = terms
        self.redeemableOnce = redeemableOnce
        self.name = name
        self.offerType = offerType
        self.commissionType = commissionType
        self.startDate = startDate
        self.expirationDate = expirationDate
        self.isTargeted = isTargeted
        self.createdDate = createdDate
        self.lastModified = lastModified
        self.totalCommission = totalCommission
        self.isLocationSpecific = isLocationSpecific
        self.merchantId = merchantId
        self.issuersCommission = issuersCommission
        self.usersCommission = usersCommission
        self.minTransactionAmount = minTransactionAmount
        self.maxTransactionAmount = maxTransactionAmount
        self.minRewardAmount = minRewardAmount
        self.maxRewardAmount = maxRewardAmount
        self.merchantLocationIds = merchantLocationIds
        self.optInRequired = optInRequired
        self.status = status
        self.imgUrl = imgUrl
        self.bannerImgUrl = bannerImgUrl
    }

    enum CodingKeys: String, CodingKey {
        case id = "_id"
        case terms, redeemableOnce, name, offerType, commissionType, startDate, expirationDate, isTargeted
        case createdDate, lastModified, totalCommission, isLocationSpecific, merchantId, issuersCommission
        case usersCommission, minTransactionAmount, maxTransactionAmount, minRewardAmount, maxRewardAmount
        case merchantLocationIds, optInRequired, status, imgUrl, bannerImgUrl
    }
}
