import Foundation
import KardCore

/// The admin API's JSON views of what the operator inspects. Field names follow the v2 API's camelCase.
enum AdminViews {
    struct Notification: Codable, Sendable {
        var notificationId: String
        var event: NotificationEvent
        var sourceKey: String
        var userId: String?
        var transactionId: String?
        var content: NotificationContent
        var createdAt: Date
        var sequence: Int64

        init(_ notification: OutboxNotification) {
            self.notificationId = notification.notificationID
            self.event = notification.event
            self.sourceKey = notification.sourceKey
            self.userId = notification.userID?.rawValue
            self.transactionId = notification.transactionID
            self.content = notification.content
            self.createdAt = notification.createdAt
            self.sequence = notification.sequence
        }
    }

    struct NotificationList: Codable, Sendable {
        var data: [Notification]
        /// Pass as `after` for the next page; `nil` at the end.
        var nextAfter: Int64?
    }

    struct Flag: Codable, Sendable {
        var flagId: String
        var organizationId: String
        var userId: String
        var kind: TransactionFlagKind
        var day: String
        var transactionId: String?
        var detail: String
        var createdAt: Date

        init(_ flag: TransactionFlag) {
            self.flagId = flag.flagID
            self.organizationId = flag.organizationID.rawValue
            self.userId = flag.userID.rawValue
            self.kind = flag.kind
            self.day = flag.day
            self.transactionId = flag.transactionID
            self.detail = flag.detail
            self.createdAt = flag.createdAt
        }
    }

    struct FlagList: Codable, Sendable {
        var data: [Flag]
    }

    struct Audit: Codable, Sendable {
        var auditId: String
        var organizationId: String
        var userId: String?
        var transactionId: String
        var auditCode: Int
        var merchantName: String
        var auditDescription: String
        var merchantId: String?
        var transactionAmountInCents: Int64?
        var preferredContactEmail: String?
        var submitterName: String?
        var status: AuditStatus
        var resolutionCode: Int?
        var resolutionDescription: String?
        var resolvedAt: Date?
        var createdAt: Date
        var updatedAt: Date

        init(_ audit: KardCore.Audit) {
            self.auditId = audit.auditID
            self.organizationId = audit.organizationID.rawValue
            self.userId = audit.userID?.rawValue
            self.transactionId = audit.transactionID
            self.auditCode = audit.code
            self.merchantName = audit.merchantName
            self.auditDescription = audit.description
            self.merchantId = audit.merchantID?.rawValue
            self.transactionAmountInCents = audit.transactionAmountCents
            self.preferredContactEmail = audit.preferredContactEmail
            self.submitterName = audit.submitterName
            self.status = audit.status
            self.resolutionCode = audit.resolutionCode
            self.resolutionDescription = audit.resolutionDescription
            self.resolvedAt = audit.resolvedAt
            self.createdAt = audit.createdAt
            self.updatedAt = audit.updatedAt
        }
    }

    struct AuditList: Codable, Sendable {
        var data: [Audit]
        /// Pass as `before` for the next page; `nil` at the end.
        var nextBefore: String?
    }

    /// `POST /admin/audits/{auditId}/resolve`.
    struct AuditResolution: Codable, Sendable {
        var status: AuditStatus
        var resolutionCode: Int?
        var resolutionDescription: String?
        var adjustmentCents: Int64?
        var offerId: String?
    }

    struct Clock: Codable, Sendable {
        var now: Date
        var offsetSeconds: Int64
        var mode: String
    }

    /// `POST /admin/sandbox/clock/advance`: `{"by": "45d"}`.
    struct ClockAdvance: Codable, Sendable {
        var by: String
    }

    struct ProcessingResult: Codable, Sendable {
        var processed: Int
        var pending: Int
    }
}
