import Foundation

/// A notification waiting in the outbox for delivery to the issuer: written in the same database transaction as
/// the ledger entry or audit change it announces, so none is lost and none is written twice.
public struct OutboxNotification: Sendable, Equatable {
    public var organizationID: OrganizationID
    /// The notification's id (`data.id` on the wire): a UUID, stable across delivery attempts.
    public var notificationID: String
    /// What caused it, unique within the organization (a ledger entry id plus the event name, an audit change):
    /// a second notification with the same key is not stored.
    public var sourceKey: String
    public var event: NotificationEvent
    public var userID: UserID?
    public var transactionID: String?
    public var content: NotificationContent
    public var createdAt: Date
    /// The store's insertion order (0 until stored).
    public var sequence: Int64

    public init(
        organizationID: OrganizationID,
        notificationID: String,
        sourceKey: String,
        event: NotificationEvent,
        userID: UserID? = nil,
        transactionID: String? = nil,
        content: NotificationContent,
        createdAt: Date,
        sequence: Int64 = 0
    ) {
        self.organizationID = organizationID
        self.notificationID = notificationID
        self.sourceKey = sourceKey
        self.event = event
        self.userID = userID
        self.transactionID = transactionID
        self.content = content
        self.createdAt = createdAt
        self.sequence = sequence
    }
}

/// The notification event names of the v2 API.
public enum NotificationEvent: String, Sendable, Equatable, Codable, CaseIterable {
    case earnedRewardApproved
    case earnedRewardSettled
    case earnedRewardRejected
    case validTransaction
    case failedTransaction
    case clawback
    case auditUpdate
    case fileProcessingResult
    case payoutReconciliationFile
    case pushNotificationPlacementFile
    case emailNotificationPlacementFile
}

/// What a notification says, independent of its wire form (which the delivery builds from it). Stored as JSON.
public struct NotificationContent: Sendable, Equatable, Codable {
    /// A push text for the cardholder or a sentence for the issuer.
    public var message: String
    public var merchantID: MerchantID?
    public var merchantName: String?
    public var offerID: OfferID?
    public var transactionAmountCents: Int64?
    public var transactionDate: Date?
    public var cardProductID: String?
    /// The cardholder's share of this movement, in cents.
    public var userCents: Int64?
    /// The issuer's share of this movement (the cardholder's included), in cents.
    public var issuerCents: Int64?
    /// The offer's cardholder reward as shown in offers (`PERCENT` basis points or `FLAT` cents).
    public var userReward: RewardType?
    public var userRewardAmount: Int64?
    public var purchaseChannels: [PurchaseChannel]?
    public var categoryName: String?
    /// For rejections and failures.
    public var reason: String?
    /// For audit updates.
    public var audit: AuditSnapshot?

    public init(message: String) {
        self.message = message
    }

    /// The audit fields an `auditUpdate` notification carries.
    public struct AuditSnapshot: Sendable, Equatable, Codable {
        public var auditID: String
        public var status: AuditStatus
        public var code: Int
        public var merchantName: String
        public var description: String
        public var resolutionCode: Int?
        public var resolutionDescription: String?
        public var resolvedAt: Date?

        public init(audit: Audit) {
            self.auditID = audit.auditID
            self.status = audit.status
            self.code = audit.code
            self.merchantName = audit.merchantName
            self.description = audit.description
            self.resolutionCode = audit.resolutionCode
            self.resolutionDescription = audit.resolutionDescription
            self.resolvedAt = audit.resolvedAt
        }
    }
}
