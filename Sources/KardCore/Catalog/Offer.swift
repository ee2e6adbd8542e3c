import Foundation

/// A cash-back offer of a merchant.
public struct Offer: Sendable, Equatable, Identifiable {
    public var id: OfferID
    public var merchantID: MerchantID
    public var name: String
    public var source: OfferSource
    public var purchaseChannels: [PurchaseChannel]
    /// The commission the merchant pays for a matched purchase: basis points for `PERCENT`, cents for `FLAT`.
    /// Organizations share it with their cardholders by their commission splits.
    public var commissionType: RewardType
    public var totalCommission: Int64
    /// The smallest purchase that earns the reward, in cents.
    public var minimumSpendCents: Int64?
    /// The largest purchase amount the reward is computed on, in cents.
    public var maximumTransactionCents: Int64?
    /// The largest reward for one purchase (the cap), in cents.
    public var maximumRewardCents: Int64?
    /// How many times one cardholder can earn the offer; `nil` for no limit.
    public var maximumRedemptions: Int?
    /// Whether a cardholder can earn the offer once only.
    public var redeemableOnce: Bool
    public var targeting: OfferTargeting
    public var startDate: Date
    public var expirationDate: Date
    public var terms: String
    public var description: String?
    public var websiteURL: String?
    /// When not empty, the offer holds at these locations only (a local or location-specific offer).
    public var locationIDs: [LocationID]
    /// When not empty, only purchases with one of these MCCs qualify.
    public var mccs: [String]
    public var display: OfferDisplay
    public var imageURL: String?
    public var bannerURL: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: OfferID,
        merchantID: MerchantID,
        name: String,
        source: OfferSource = .national,
        purchaseChannels: [PurchaseChannel],
        commissionType: RewardType,
        totalCommission: Int64,
        minimumSpendCents: Int64? = nil,
        maximumTransactionCents: Int64? = nil,
        maximumRewardCents: Int64? = nil,
        maximumRedemptions: Int? = nil,
        redeemableOnce: Bool = false,
        targeting: OfferTargeting = .everyone,
        startDate: Date,
        expirationDate: Date,
        terms: String,
        description: String? = nil,
        websiteURL: String? = nil,
        locationIDs: [LocationID] = [],
        mccs: [String] = [],
        display: OfferDisplay = OfferDisplay(),
        imageURL: String? = nil,
        bannerURL: String? = nil,
        createdAt: Date,
        updatedAt: Date
    ) {
        self.id = id
        self.merchantID = merchantID
        self.name = name
        self.source = source
        self.purchaseChannels = purchaseChannels
        self.commissionType = commissionType
        self.totalCommission = totalCommission
        self.minimumSpendCents = minimumSpendCents
        self.maximumTransactionCents = maximumTransactionCents
        self.maximumRewardCents = maximumRewardCents
        self.maximumRedemptions = maximumRedemptions
        self.redeemableOnce = redeemableOnce
        self.targeting = targeting
        self.startDate = startDate
        self.expirationDate = expirationDate
        self.terms = terms
        self.description = description
        self.websiteURL = websiteURL
        self.locationIDs = locationIDs
        self.mccs = mccs
        self.display = display
        self.imageURL = imageURL
        self.bannerURL = bannerURL
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Whether the offer can be earned at `date` (start inclusive, expiration exclusive).
    public func isLive(at date: Date) -> Bool {
        self.startDate <= date && date < self.expirationDate
    }
}

/// The display texts of an offer (the v2 `components` an app may ask for).
public struct OfferDisplay: Sendable, Equatable, Codable {
    public var shortDescription: String?
    public var longDescription: String?
    public var ctaText: String?
    public var ctaURL: String?
    public var tags: [String]
    public var detailTags: [String]

    public init(
        shortDescription: String? = nil,
        longDescription: String? = nil,
        ctaText: String? = nil,
        ctaURL: String? = nil,
        tags: [String] = [],
        detailTags: [String] = []
    ) {
        self.shortDescription = shortDescription
        self.longDescription = longDescription
        self.ctaText = ctaText
        self.ctaURL = ctaURL
        self.tags = tags
        self.detailTags = detailTags
    }
}
