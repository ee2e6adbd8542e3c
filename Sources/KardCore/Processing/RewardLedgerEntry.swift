import Foundation

/// One movement of a reward: what was earned, settled, rejected or clawed back for one transaction. The ledger is
/// append-only; an entry's ``entryID`` is derived from the transaction and the event that caused it, so deciding
/// the same event twice cannot write a second entry.
public struct RewardLedgerEntry: Sendable, Equatable {
    public var organizationID: OrganizationID
    /// Unique within the organization: `{transactionId}/{movement}/{eventId}`.
    public var entryID: String
    public var transactionID: String
    public var userID: UserID
    public var offerID: OfferID
    public var merchantID: MerchantID
    public var movement: RewardMovement
    /// The event (or audit) that caused the movement.
    public var sourceID: String
    /// The purchase amount the movement is computed on (a settlement's amount, a return's amount).
    public var transactionAmountCents: Int64
    /// The merchant's commission: positive for earned and settled, negative for rejected and clawed back.
    public var commissionCents: Int64
    /// The issuer's share of the commission, the cardholder's share included.
    public var issuerCents: Int64
    /// The cardholder's share.
    public var userCents: Int64
    /// When the purchase (or the return) happened.
    public var transactionDate: Date
    /// Whether the merchant has paid the commission to the platform.
    public var payment: IssuerPayment
    /// When the commission was paid to the issuer (the payout month), once paid.
    public var paidAt: Date?
    public var createdAt: Date
    /// The store's insertion order (0 until stored): what earned-reward pages are ordered and cut by.
    public var sequence: Int64

    public init(
        organizationID: OrganizationID,
        entryID: String,
        transactionID: String,
        userID: UserID,
        offerID: OfferID,
        merchantID: MerchantID,
        movement: RewardMovement,
        sourceID: String,
        transactionAmountCents: Int64,
        commissionCents: Int64,
        issuerCents: Int64,
        userCents: Int64,
        transactionDate: Date,
        payment: IssuerPayment = .unpaid,
        paidAt: Date? = nil,
        createdAt: Date,
        sequence: Int64 = 0
    ) {
        self.organizationID = organizationID
        self.entryID = entryID
        self.transactionID = transactionID
        self.userID = userID
        self.offerID = offerID
        self.merchantID = merchantID
        self.movement = movement
        self.sourceID = sourceID
        self.transactionAmountCents = transactionAmountCents
        self.commissionCents = commissionCents
        self.issuerCents = issuerCents
        self.userCents = userCents
        self.transactionDate = transactionDate
        self.payment = payment
        self.paidAt = paidAt
        self.createdAt = createdAt
        self.sequence = sequence
    }
}

/// The kinds of reward movement.
public enum RewardMovement: String, Sendable, Equatable, Codable, CaseIterable {
    /// An authorization matched an offer: the reward is expected (nothing is owed yet).
    case approved
    /// A settlement matched an offer: the reward is earned (one entry per settlement).
    case settled
    /// An approved reward came to nothing (reversed, declined, fraudulent): the negative of the approval.
    case rejected
    /// A return took back part of a settled reward: negative.
    case clawback
    /// An operator's correction through an audit: positive or negative.
    case adjustment

    /// Whether the movement changes what the cardholder has earned (approvals are only announcements).
    public var countsTowardEarnings: Bool {
        switch self {
        case .settled, .clawback, .adjustment: true
        case .approved, .rejected: false
        }
    }
}

/// Whether the merchant's commission for a reward has reached the issuer (`paidToIssuer` on the wire).
public enum IssuerPayment: String, Sendable, Equatable, Codable, CaseIterable {
    case unpaid = "UNPAID"
    case paidInFull = "PAID_IN_FULL"
}
