import Foundation

/// A merchant of the catalog, with what identifies its transactions (MIDs, descriptors, MCCs).
public struct Merchant: Sendable, Equatable, Identifiable {
    public var id: MerchantID
    public var name: String
    /// Other names and card-statement descriptors the merchant appears under (`BASS PRO`, `SQ *HILLTOP BBQ`).
    public var aliases: [String]
    /// Merchant ids from acquirers, processors and networks (incl. Visa MIDs).
    public var mids: [String]
    /// Merchant category codes (4 digits).
    public var mccs: [String]
    public var category: MerchantCategory
    public var source: OfferSource
    public var description: String
    public var websiteURL: String?
    public var logoURL: String?
    public var bannerURL: String?
    public var acceptedCards: [CardNetwork]
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: MerchantID,
        name: String,
        aliases: [String] = [],
        mids: [String] = [],
        mccs: [String] = [],
        category: MerchantCategory,
        source: OfferSource = .national,
        description: String = "",
        websiteURL: String? = nil,
        logoURL: String? = nil,
        bannerURL: String? = nil,
        acceptedCards: [CardNetwork] = CardNetwork.allCases,
        createdAt: Date,
        updatedAt: Date
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.mids = mids
        self.mccs = mccs
        self.category = category
        self.source = source
        self.description = description
        self.websiteURL = websiteURL
        self.logoURL = logoURL
        self.bannerURL = bannerURL
        self.acceptedCards = acceptedCards
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
