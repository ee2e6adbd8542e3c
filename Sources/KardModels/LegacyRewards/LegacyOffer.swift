/// An offer with its merchant, as legacy `GET /rewards/merchant/offers` (`Offer`) and
/// `GET /rewards/merchant/offers/user/{referringPartnerUserId}` (`OfferWithAttribution`, which adds the image URLs
/// with attribution tokens) return it.
public struct LegacyOffer: Codable, Sendable, Equatable {
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
    /// National or local.
    public var source: MerchantSource
    /// The merchant category.
    public var category: CategoryOption
    /// The logo URL with attribution tokens (`OfferWithAttribution` only).
    public var imgUrl: String?
    /// The banner URL with attribution tokens (`OfferWithAttribution` only).
    public var bannerImgUrl: String?
    /// The offer's merchant.
    public var merchant: LegacyOfferMerchant

    /// Creates an offer.
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
        issuersCommission: Double? = nil,
        usersCommission: Double? = nil,
        minTransactionAmount: Int? = nil,
        maxTransactionAmount: Int? = nil,
        minRewardAmount: Int? = nil,
        maxRewardAmount: Int? = nil,
        source: MerchantSource,
        category: CategoryOption,
        imgUrl: String? = nil,
        bannerImgUrl: String? = nil,
        merchant: LegacyOfferMerchant
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
        self.issuersCommission = issuersCommission
        self.usersCommission = usersCommission
        self.minTransactionAmount = minTransactionAmount
        self.maxTransactionAmount = maxTransactionAmount
        self.minRewardAmount = minRewardAmount
        self.maxRewardAmount = maxRewardAmount
        self.source = source
        self.category = category
        self.imgUrl = imgUrl
        self.bannerImgUrl = bannerImgUrl
        self.merchant = merchant
    }

    enum CodingKeys: String, CodingKey {
        case id = "_id"
        case terms, redeemableOnce, name, offerType, commissionType, startDate, expirationDate, isTargeted
        case createdDate, lastModified, totalCommission, isLocationSpecific, issuersCommission, usersCommission
        case minTransactionAmount, maxTransactionAmount, minRewardAmount, maxRewardAmount, source, category
        case imgUrl, bannerImgUrl, merchant
    }
}

/// The merchant embedded in a legacy offer or location (`OfferMerchant`, `OfferMerchantWithAttribution`,
/// `LocationsMerchant`, `LocationsMerchantWithAttribution`, which share one shape).
public struct LegacyOfferMerchant: Codable, Sendable, Equatable {
    /// Kard's merchant id (`_id`).
    public var id: String
    /// The merchant name.
    public var name: String
    /// A blurb about the merchant.
    public var description: String
    /// The merchant's program, `CARDLINKED` or `AFFILIATE`.
    public var type: EnrolledReward
    /// The merchant's website (`websiteURL`).
    public var websiteURL: String
    /// The merchant category.
    public var category: CategoryOption
    /// Card networks the merchant accepts.
    public var acceptedCards: [AcceptedCard]
    /// The logo URL (deprecated in the attribution variants in favour of the offer's `imgUrl`).
    public var imgUrl: String
    /// The banner URL (deprecated in the attribution variants in favour of the offer's `bannerImgUrl`).
    public var bannerImgUrl: String?

    /// Creates an embedded merchant.
    public init(
        id: String,
        name: String,
        description: String,
        type: EnrolledReward,
        websiteURL: String,
        category: CategoryOption,
        acceptedCards: [AcceptedCard],
        imgUrl: String,
        bannerImgUrl: String? = nil
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.type = type
        self.websiteURL = websiteURL
        self.category = category
        self.acceptedCards = acceptedCards
        self.imgUrl = imgUrl
        self.bannerImgUrl = bannerImgUrl
    }

    enum CodingKeys: String, CodingKey {
        case id = "_id"
        case name, description, type, websiteURL, category, acceptedCards, imgUrl, bannerImgUrl
    }
}
