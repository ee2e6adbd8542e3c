import Foundation

/// Fraud markers from issuers, and what transaction monitoring found.
public protocol FraudStore: Sendable {
    /// Stores markers (a transaction marked before is skipped) and marks each marked transaction's events
    /// unprocessed so that it is decided again, in one transaction. Returns the transaction ids newly marked.
    func markFraudulent(_ markers: [FraudMarker]) async throws -> Set<String>

    /// Per user, the day's transaction activity from the processed records whose `transactionDate` is in
    /// `[start, end)`: the number of transactions and of returns.
    func dailyActivity(from start: Date, to end: Date) async throws -> [UserKey: DailyActivity]

    /// Stores flags with their notifications; a flag of the same organization, user, kind and day is skipped
    /// (and so is its notification). Returns the flags stored now.
    func recordFlags(_ flags: [TransactionFlag], notifications: [OutboxNotification]) async throws
        -> [TransactionFlag]

    /// Flags newest first, of one organization when given.
    func transactionFlags(in organization: OrganizationID?, limit: Int) async throws -> [TransactionFlag]
}

/// A user's transaction activity over a day.
public struct DailyActivity: Sendable, Equatable {
    public var transactions: Int
    public var returns: Int

    public init(transactions: Int, returns: Int) {
        self.transactions = transactions
        self.returns = returns
    }
}
