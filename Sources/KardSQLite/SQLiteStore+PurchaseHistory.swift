import Foundation
import GRDB
import KardCore

extension SQLiteStore {
    /// Adds the call's purchases, summed per organization, user and merchant, to the stored summaries, in one
    /// immediate transaction.
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when a purchase's organization does not
    ///   exist; nothing of the call is stored then.
    public func recordPurchases(_ purchases: [MerchantPurchase]) async throws {
        guard !purchases.isEmpty else { return }
        try await self.write { db in try Self.addPurchases(purchases, db: db) }
    }

    /// Adds `purchases`, summed per organization, user and merchant, to the stored summaries inside the caller's
    /// transaction.
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when a purchase's organization does not
    ///   exist.
    static func addPurchases(_ purchases: [MerchantPurchase], db: Database) throws {
        guard !purchases.isEmpty else { return }
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO merchant_purchases (organization_id, user_id, merchant_id, first_purchase_at,
                    last_purchase_at, purchase_count)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (organization_id, user_id, merchant_id) DO UPDATE SET
                    first_purchase_at = min(first_purchase_at, excluded.first_purchase_at),
                    last_purchase_at = max(last_purchase_at, excluded.last_purchase_at),
                    purchase_count = purchase_count + excluded.purchase_count
                """
        )
        for total in PurchaseTotal.summing(purchases) {
            try SQLiteValues.mapMissingReference("organization \(total.organizationID)") {
                try upsert.execute(arguments: [
                    total.organizationID.rawValue,
                    total.userID.rawValue,
                    total.merchantID.rawValue,
                    total.first,
                    total.last,
                    total.count,
                ])
            }
        }
    }

    public func purchaseHistory(
        of user: UserID,
        in organization: OrganizationID
    ) async throws -> [MerchantID: PurchaseSummary] {
        try await self.read { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT merchant_id, first_purchase_at, last_purchase_at, purchase_count
                    FROM merchant_purchases
                    WHERE organization_id = ? AND user_id = ?
                    """
            )
            var history: [MerchantID: PurchaseSummary] = [:]
            for row in try Row.fetchAll(statement, arguments: [organization.rawValue, user.rawValue]) {
                history[MerchantID(try row.decode(forColumn: "merchant_id"))] = try Self.purchaseSummary(from: row)
            }
            return history
        }
    }

    /// The summary in a `merchant_purchases` row (`first_purchase_at`, `last_purchase_at`, `purchase_count`).
    static func purchaseSummary(from row: Row) throws -> PurchaseSummary {
        PurchaseSummary(
            firstPurchaseAt: StoredValues.date(milliseconds: try row.decode(forColumn: "first_purchase_at")),
            lastPurchaseAt: StoredValues.date(milliseconds: try row.decode(forColumn: "last_purchase_at")),
            count: try row.decode(forColumn: "purchase_count")
        )
    }
}
