/// Everything the platform persists, as one engine implements it (SQLite or PostgreSQL).
public protocol KardStore: OrganizationStore, UserStore, SettingsStore, CatalogStore, PurchaseHistoryStore,
    AttributionStore, TransactionInboxStore, TransactionProcessingStore, RewardLedgerStore, NotificationOutboxStore,
    AuditStore, FraudStore
{
    /// Applies pending migrations in order and returns the names of those applied now.
    func migrate() async throws -> [String]

    /// The names of the migrations already applied, in order.
    func appliedMigrations() async throws -> [String]

    /// Releases connections. The store is unusable afterwards.
    func shutdown() async throws
}
