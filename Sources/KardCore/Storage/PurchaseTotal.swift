/// One call's purchases at one merchant by one user, summed, so that each summary row is written once.
public struct PurchaseTotal: Sendable, Equatable {
    public var organizationID: OrganizationID
    public var userID: UserID
    public var merchantID: MerchantID
    /// The first purchase, in milliseconds since 1970.
    public var first: Int64
    /// The last purchase, in milliseconds since 1970.
    public var last: Int64
    public var count: Int

    /// The totals of `purchases`, ordered by organization, user and merchant (so that concurrent writers take row
    /// locks in the same order).
    public static func summing(_ purchases: [MerchantPurchase]) -> [PurchaseTotal] {
        var totals: [Key: PurchaseTotal] = [:]
        for purchase in purchases {
            let key = Key(
                organizationID: purchase.organizationID,
                userID: purchase.userID,
                merchantID: purchase.merchantID
            )
            let date = StoredValues.milliseconds(purchase.date)
            if var total = totals[key] {
                total.first = min(total.first, date)
                total.last = max(total.last, date)
                total.count += 1
                totals[key] = total
            } else {
                totals[key] = PurchaseTotal(
                    organizationID: purchase.organizationID,
                    userID: purchase.userID,
                    merchantID: purchase.merchantID,
                    first: date,
                    last: date,
                    count: 1
                )
            }
        }
        return totals.sorted { $0.key < $1.key }.map(\.value)
    }

    private struct Key: Hashable, Comparable {
        var organizationID: OrganizationID
        var userID: UserID
        var merchantID: MerchantID

        static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.organizationID, lhs.userID, lhs.merchantID) < (rhs.organizationID, rhs.userID, rhs.merchantID)
        }
    }
}
