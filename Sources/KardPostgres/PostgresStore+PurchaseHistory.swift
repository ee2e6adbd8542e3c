import KardCore
import PostgresNIO

extension PostgresStore {
    /// Sums the call's purchases per organization, user and merchant, then adds them to the stored summaries with
    /// multi-row upserts, in one transaction.
    /// - Throws: ``StoreError/missingReference(_:)`` (`organization …`) when a purchase's organization does not
    ///   exist; nothing of the call is stored then.
    public func recordPurchases(_ purchases: [MerchantPurchase]) async throws {
        guard !purchases.isEmpty else { return }
        let totals = PurchaseTotal.summing(purchases)
        let queries = Self.batches(totals).map(Self.recordPurchasesQuery)
        do {
            try await self.withTransaction { connection in
                for query in queries {
                    _ = try await connection.query(query, logger: self.logger).collect()
                }
            }
        } catch  where PostgresValues.isForeignKeyViolation(error) {
            throw await self.missingReference(
                "organization",
                table: "organizations",
                among: totals.map(\.organizationID.rawValue)
            )
        }
    }

    public func purchaseHistory(
        of user: UserID,
        in organization: OrganizationID
    ) async throws -> [MerchantID: PurchaseSummary] {
        let rows = try await self.client.query(
            """
            SELECT merchant_id, \(unescaped: PostgresValues.milliseconds("first_purchase_at")),
                \(unescaped: PostgresValues.milliseconds("last_purchase_at")), purchase_count
            FROM merchant_purchases
            WHERE organization_id = \(organization.rawValue) AND user_id = \(user.rawValue)
            """,
            logger: self.logger
        ).collect()
        var history: [MerchantID: PurchaseSummary] = [:]
        for row in rows {
            let (merchantID, first, last, count) = try row.decode((String, Int64, Int64, Int).self)
            history[MerchantID(merchantID)] = PurchaseSummary(
                firstPurchaseAt: StoredValues.date(milliseconds: first),
                lastPurchaseAt: StoredValues.date(milliseconds: last),
                count: count
            )
        }
        return history
    }

    /// One multi-row upsert of `totals` (their keys distinct).
    static func recordPurchasesQuery(_ totals: ArraySlice<PurchaseTotal>) -> PostgresQuery {
        let organizations = totals.map(\.organizationID.rawValue)
        let users = totals.map(\.userID.rawValue)
        let merchants = totals.map(\.merchantID.rawValue)
        let firsts = totals.map(\.first)
        let lasts = totals.map(\.last)
        let counts = totals.map { Int64($0.count) }
        return """
            INSERT INTO merchant_purchases (organization_id, user_id, merchant_id, first_purchase_at, last_purchase_at,
                purchase_count)
            SELECT p.organization_id, p.user_id, p.merchant_id, \(unescaped: PostgresValues.timestamp("p.first_ms")),
                \(unescaped: PostgresValues.timestamp("p.last_ms")), p.purchases
            FROM unnest(\(organizations)::text[], \(users)::text[], \(merchants)::text[], \(firsts)::int8[],
                \(lasts)::int8[], \(counts)::int8[])
                AS p(organization_id, user_id, merchant_id, first_ms, last_ms, purchases)
            ON CONFLICT (organization_id, user_id, merchant_id) DO UPDATE SET
                first_purchase_at = LEAST(merchant_purchases.first_purchase_at, excluded.first_purchase_at),
                last_purchase_at = GREATEST(merchant_purchases.last_purchase_at, excluded.last_purchase_at),
                purchase_count = merchant_purchases.purchase_count + excluded.purchase_count
            """
    }
}
