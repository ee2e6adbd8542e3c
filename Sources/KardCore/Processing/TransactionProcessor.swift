import Foundation

/// Processes what the inbox holds: claims batches of transactions with unprocessed events and decides them with
/// the current catalog, until none is pending. Safe to run in several processes on one PostgreSQL database (the
/// store never hands one transaction to two of them at once) and to run again after a crash (the ledger is keyed
/// by event, so nothing is paid twice).
public struct TransactionProcessor: Sendable {
    /// Transactions per database transaction.
    public static let batchSize = 250

    private let store: any TransactionProcessingStore
    private let catalog: CatalogIndexCache
    private let clock: any WallClock
    private let ids: any IDGenerator
    private let thresholds: MonitoringThresholds

    public init(
        store: any TransactionProcessingStore,
        catalog: CatalogIndexCache,
        clock: any WallClock,
        ids: any IDGenerator,
        thresholds: MonitoringThresholds = .standard
    ) {
        self.store = store
        self.catalog = catalog
        self.clock = clock
        self.ids = ids
        self.thresholds = thresholds
    }

    /// Processes batches until no transaction is left to claim; returns how many transactions were decided.
    @discardableResult
    public func processPending() async throws -> Int {
        var total = 0
        while true {
            let decider = TransactionDecider(
                index: try await self.catalog.index(),
                now: self.clock.now(),
                ids: self.ids,
                thresholds: self.thresholds
            )
            let processed = try await self.store.processPendingTransactions(limit: Self.batchSize) { batch in
                try decider.decide(batch)
            }
            total += processed
            if processed == 0 { return total }
        }
    }
}
