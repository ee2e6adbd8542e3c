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
        let rows = PurchaseTotal.summing(purchases).map { total in
            (
                total.organizationID,
                [
                    total.organizationID.rawValue,
                    total.userID.rawValue,
                    total.merchantID.rawValue,
                    total.first,
                    total.last,
                    total.count,
                ] as StatementArguments
            )
        }
        try await self.write { db in
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
            for (organizationID, arguments) in rows {
                try SQLiteValues.mapMissingReference("organization \(organizationID)") {
                    try upsert.execute(arguments: arguments)
                }
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
                history[MerchantID(try row.decode(forColumn: "merchant_id"))] = PurchaseSummary(
                    firstPurchaseAt: StoredValues.date(milliseconds: try row.decode(forColumn: "first_purchase_at")),
                    lastPurchaseAt: StoredValues.date(milliseconds: try row.decode(forColumn: "last_purchase_at")),
                    count: try row.decode(forColumn: "purchase_count")
                )
            }
            return history
        }
    }
}
