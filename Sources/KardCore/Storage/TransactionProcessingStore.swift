import Foundation

/// What the transaction processor needs of the database: claim transactions with unprocessed events, see their
/// whole state, and write the decision (records, ledger entries, notifications, purchases) atomically.
public protocol TransactionProcessingStore: Sendable {
    /// Claims up to `limit` transactions that have unprocessed events (those with the oldest unprocessed event
    /// first) such that no other worker processes them at the same time, calls `decide` once with their state,
    /// writes the changes it returns, and marks the claimed events processed, all in one database transaction.
    /// When `decide` throws, nothing is written and the events stay unprocessed.
    ///
    /// Writing is idempotent: a ledger entry whose `entryID`, or a notification whose `sourceKey`, is stored
    /// already is skipped; records are upserted; purchases are added to the history.
    /// - Returns: the number of transactions processed; 0 when none was pending (or all were claimed by others).
    func processPendingTransactions(
        limit: Int,
        decide: @Sendable (ProcessingBatch) throws -> ProcessingChanges
    ) async throws -> Int

    /// The processed state of one transaction.
    func transactionRecord(of transactionID: String, in organization: OrganizationID) async throws
        -> TransactionRecord?

    /// How many events wait to be processed, across organizations.
    func unprocessedEventCount() async throws -> Int

    /// Marks every stored event of the transaction unprocessed, so that the processor decides it again (after a
    /// fraud marker or an audit). Returns whether the transaction has events.
    func requeueTransaction(_ transactionID: String, in organization: OrganizationID) async throws -> Bool
}

/// The state of the claimed transactions and what deciding them needs to know.
public struct ProcessingBatch: Sendable {
    /// Ordered by their oldest unprocessed event.
    public var transactions: [PendingTransaction]
    /// The organizations of those transactions.
    public var organizations: [OrganizationID: Organization]
    /// The users of those transactions (a missing key: the user was deleted).
    public var users: [UserKey: User]
    /// Those users' purchase history, per merchant.
    public var purchaseHistory: [UserKey: [MerchantID: PurchaseSummary]]
    /// The transactions of those users that earned a reward, per offer (for redemption limits); from the records.
    public var rewardedTransactions: [UserKey: [OfferID: Set<String>]]

    public init(
        transactions: [PendingTransaction],
        organizations: [OrganizationID: Organization],
        users: [UserKey: User],
        purchaseHistory: [UserKey: [MerchantID: PurchaseSummary]],
        rewardedTransactions: [UserKey: [OfferID: Set<String>]]
    ) {
        self.transactions = transactions
        self.organizations = organizations
        self.users = users
        self.purchaseHistory = purchaseHistory
        self.rewardedTransactions = rewardedTransactions
    }
}

/// One claimed transaction: every event it has (processed or not), what was decided before, and its ledger.
public struct PendingTransaction: Sendable {
    public var organizationID: OrganizationID
    public var transactionID: String
    /// All stored events of the transaction, in arrival order.
    public var events: [StoredTransactionEvent]
    /// The ids of the events not processed before this claim.
    public var unprocessedEventIDs: Set<String>
    /// The record written last time, when any.
    public var record: TransactionRecord?
    /// The ledger entries of the transaction, in insertion order.
    public var ledger: [RewardLedgerEntry]
    /// Whether the issuer marked the transaction fraudulent.
    public var isFraudMarked: Bool

    public init(
        organizationID: OrganizationID,
        transactionID: String,
        events: [StoredTransactionEvent],
        unprocessedEventIDs: Set<String>,
        record: TransactionRecord?,
        ledger: [RewardLedgerEntry],
        isFraudMarked: Bool
    ) {
        self.organizationID = organizationID
        self.transactionID = transactionID
        self.events = events
        self.unprocessedEventIDs = unprocessedEventIDs
        self.record = record
        self.ledger = ledger
        self.isFraudMarked = isFraudMarked
    }
}

/// What deciding a batch changes.
public struct ProcessingChanges: Sendable {
    /// Upserted by (organization, transaction id).
    public var records: [TransactionRecord]
    /// Inserted; an entry id stored already is skipped.
    public var ledgerEntries: [RewardLedgerEntry]
    /// Inserted; a source key stored already is skipped.
    public var notifications: [OutboxNotification]
    /// Added to the users' purchase history.
    public var purchases: [MerchantPurchase]
    /// Inserted; a flag of the same organization, user, kind and day is skipped.
    public var flags: [TransactionFlag]

    public init(
        records: [TransactionRecord] = [],
        ledgerEntries: [RewardLedgerEntry] = [],
        notifications: [OutboxNotification] = [],
        purchases: [MerchantPurchase] = [],
        flags: [TransactionFlag] = []
    ) {
        self.records = records
        self.ledgerEntries = ledgerEntries
        self.notifications = notifications
        self.purchases = purchases
        self.flags = flags
    }
}

/// A user within its organization.
public struct UserKey: Hashable, Sendable {
    public var organizationID: OrganizationID
    public var userID: UserID

    public init(organizationID: OrganizationID, userID: UserID) {
        self.organizationID = organizationID
        self.userID = userID
    }
}

extension UserKey {
    /// The key of `user`.
    public init(_ user: User) {
        self.init(organizationID: user.organizationID, userID: user.id)
    }
}
