import Foundation

/// What targeting needs to know of a user's purchases: per merchant, the first and last purchase and a count.
/// Fed by processed transactions and historical uploads (and by the sandbox personas).
public protocol PurchaseHistoryStore: Sendable {
    /// Adds purchases to the summaries, in one transaction.
    func recordPurchases(_ purchases: [MerchantPurchase]) async throws

    /// The user's purchase summary at each merchant where it bought anything.
    func purchaseHistory(of user: UserID, in organization: OrganizationID) async throws -> [MerchantID: PurchaseSummary]
}

/// One purchase of a user at a merchant.
public struct MerchantPurchase: Sendable, Equatable {
    public var organizationID: OrganizationID
    public var userID: UserID
    public var merchantID: MerchantID
    public var date: Date

    public init(organizationID: OrganizationID, userID: UserID, merchantID: MerchantID, date: Date) {
        self.organizationID = organizationID
        self.userID = userID
        self.merchantID = merchantID
        self.date = date
    }
}

/// A user's purchases at one merchant, summarised.
public struct PurchaseSummary: Sendable, Equatable {
    public var firstPurchaseAt: Date
    public var lastPurchaseAt: Date
    public var count: Int

    public init(firstPurchaseAt: Date, lastPurchaseAt: Date, count: Int) {
        self.firstPurchaseAt = firstPurchaseAt
        self.lastPurchaseAt = lastPurchaseAt
        self.count = count
    }
}
