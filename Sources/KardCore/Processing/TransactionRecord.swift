import Foundation

/// What the processor knows of one transaction (all events sharing a `transactionId`): its current state, the
/// merchant and offer it matched, and why. One row per transaction; rewritten each time one of its events is
/// processed.
public struct TransactionRecord: Sendable, Equatable {
    public var organizationID: OrganizationID
    public var transactionID: String
    public var userID: UserID
    /// The state the transaction's events add up to (see ``TransactionLifecycle``).
    public var status: TransactionStatus
    /// The purchase amount the state stands for: the settled total once settled, otherwise the authorized amount,
    /// or the returned amount of a return we never saw bought.
    public var amountCents: Int64
    /// When the purchase happened (authorization, else settlement, else transaction date).
    public var transactionDate: Date
    /// The merchant the transaction was identified at, when any.
    public var merchantID: MerchantID?
    /// The offer whose reward it earns, when any.
    public var offerID: OfferID?
    /// Whether the transaction earned a reward (it then counts toward the offer's redemption limits).
    public var isRewarded: Bool
    /// Whether the purchase was added to the user's merchant history (done once per transaction).
    public var isPurchaseRecorded: Bool
    /// The matching decision, with the reason for every candidate.
    public var explanation: MatchExplanation
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        organizationID: OrganizationID,
        transactionID: String,
        userID: UserID,
        status: TransactionStatus,
        amountCents: Int64,
        transactionDate: Date,
        merchantID: MerchantID? = nil,
        offerID: OfferID? = nil,
        isRewarded: Bool = false,
        isPurchaseRecorded: Bool = false,
        explanation: MatchExplanation,
        createdAt: Date,
        updatedAt: Date
    ) {
        self.organizationID = organizationID
        self.transactionID = transactionID
        self.userID = userID
        self.status = status
        self.amountCents = amountCents
        self.transactionDate = transactionDate
        self.merchantID = merchantID
        self.offerID = offerID
        self.isRewarded = isRewarded
        self.isPurchaseRecorded = isPurchaseRecorded
        self.explanation = explanation
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
