import Foundation

/// Sets up what makes a sandbox issuer ready to try: the demo catalog (when the database has none yet) and the
/// two personas of the integration guide, `sandbox-{issuerName}-new-customer` (no purchase history) and
/// `sandbox-{issuerName}-lapsed-customer` (purchases at the targeted merchants, the last one over 6 months ago),
/// which see different targeted offers.
public struct SandboxPersonas: Sendable {
    private let users: any UserStore
    private let catalog: any CatalogStore
    private let purchases: any PurchaseHistoryStore
    private let clock: any WallClock

    public init(
        users: any UserStore,
        catalog: any CatalogStore,
        purchases: any PurchaseHistoryStore,
        clock: any WallClock
    ) {
        self.users = users
        self.catalog = catalog
        self.purchases = purchases
        self.clock = clock
    }

    /// The persona user ids of the issuer named `issuerName`.
    public static func userIDs(issuerName: String) -> (newCustomer: UserID, lapsedCustomer: UserID) {
        (UserID("sandbox-\(issuerName)-new-customer"), UserID("sandbox-\(issuerName)-lapsed-customer"))
    }

    /// Loads the demo catalog when no catalog was ever loaded (version 0). Returns whether it did.
    @discardableResult
    public func seedCatalogIfEmpty() async throws -> Bool {
        guard try await self.catalog.catalogVersion() == 0 else { return false }
        try await self.catalog.upsertCatalog(SandboxCatalog.make(now: self.clock.now()))
        return true
    }

    /// Enrolls the two personas of a sandbox organization and gives the lapsed one its old purchases.
    /// Personas that exist already are left as they are.
    public func createPersonas(for organization: Organization) async throws {
        let now = self.clock.now()
        let ids = Self.userIDs(issuerName: organization.name)
        let personas = [ids.newCustomer, ids.lapsedCustomer].map { id in
            User(
                organizationID: organization.id,
                id: id,
                profile: UserProfile(enrolledRewards: [.cardLinked], zipCode: "10001"),
                createdAt: now,
                updatedAt: now
            )
        }
        let existing = try await self.users.insertUsers(personas)
        guard !existing.contains(ids.lapsedCustomer) else { return }
        let lastPurchase = SandboxCatalog.lapsedPurchaseDate(now: now)
        try await self.purchases.recordPurchases(
            SandboxCatalog.personaMerchants.flatMap { merchant in
                [lastPurchase.addingTimeInterval(-90 * 86_400), lastPurchase].map { date in
                    MerchantPurchase(
                        organizationID: organization.id,
                        userID: ids.lapsedCustomer,
                        merchantID: merchant,
                        date: date
                    )
                }
            }
        )
    }
}
