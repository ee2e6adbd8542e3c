import Foundation

/// Reads of the reward ledger: a cardholder's earned rewards, and a transaction's movements.
public protocol RewardLedgerStore: Sendable {
    /// A page of a user's earned rewards, newest first (by ledger sequence).
    func earnedRewards(_ query: EarnedRewardQuery) async throws -> [RewardLedgerEntry]

    /// The sum of the cardholder's share over the user's movements that count toward earnings (settled,
    /// clawback, adjustment) whose `transactionDate` is at or after `since` (all time when `nil`); only entries
    /// paid in full when `paidInFullOnly`.
    func lifetimeRewardCents(
        of user: UserID,
        in organization: OrganizationID,
        since: Date?,
        paidInFullOnly: Bool
    ) async throws -> Int64

    /// The ledger entries of one transaction, in insertion order.
    func ledgerEntries(of transactionID: String, in organization: OrganizationID) async throws -> [RewardLedgerEntry]

    /// Appends entries (an operator's adjustment) together with their notifications, in one transaction. Entry ids
    /// and notification source keys stored already are skipped.
    func appendLedgerEntries(_ entries: [RewardLedgerEntry], notifications: [OutboxNotification]) async throws
}

/// Which earned rewards to list.
public struct EarnedRewardQuery: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable {
        /// `settled` entries.
        case settled
        /// `approved` entries of transactions with no `settled` and no `rejected` entry yet.
        case approved
    }

    public var organizationID: OrganizationID
    public var userID: UserID
    public var status: Status
    /// Only entries whose `transactionDate` is at or after this instant.
    public var since: Date
    /// Only entries paid in full (ignored for `approved`).
    public var paidInFullOnly: Bool
    /// Only entries with a sequence below this one (the next page).
    public var beforeSequence: Int64?
    /// Only entries with a sequence above this one (the previous page); the result is still newest first.
    public var afterSequence: Int64?
    public var limit: Int

    public init(
        organizationID: OrganizationID,
        userID: UserID,
        status: Status,
        since: Date,
        paidInFullOnly: Bool = false,
        beforeSequence: Int64? = nil,
        afterSequence: Int64? = nil,
        limit: Int
    ) {
        self.organizationID = organizationID
        self.userID = userID
        self.status = status
        self.since = since
        self.paidInFullOnly = paidInFullOnly
        self.beforeSequence = beforeSequence
        self.afterSequence = afterSequence
        self.limit = limit
    }
}
