import Foundation

/// An issuer's request to look again at a transaction's reward (a missing or wrong cash-back), and how the
/// operator resolved it.
public struct Audit: Sendable, Equatable {
    public var organizationID: OrganizationID
    /// The platform's id of the audit (a 24-digit hexadecimal id, like Kard's `_id`).
    public var auditID: String
    public var userID: UserID?
    /// The issuer's transaction id.
    public var transactionID: String
    /// `3005` incorrect cashback claim, `3006` missing cashback award, `8001` other.
    public var code: Int
    public var merchantName: String
    public var description: String
    public var merchantID: MerchantID?
    public var transactionAmountCents: Int64?
    public var preferredContactEmail: String?
    public var submitterName: String?
    public var status: AuditStatus
    /// One of ``AuditResolution`` once closed.
    public var resolutionCode: Int?
    public var resolutionDescription: String?
    public var resolvedAt: Date?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        organizationID: OrganizationID,
        auditID: String,
        userID: UserID? = nil,
        transactionID: String,
        code: Int,
        merchantName: String,
        description: String,
        merchantID: MerchantID? = nil,
        transactionAmountCents: Int64? = nil,
        preferredContactEmail: String? = nil,
        submitterName: String? = nil,
        status: AuditStatus = .new,
        resolutionCode: Int? = nil,
        resolutionDescription: String? = nil,
        resolvedAt: Date? = nil,
        createdAt: Date,
        updatedAt: Date
    ) {
        self.organizationID = organizationID
        self.auditID = auditID
        self.userID = userID
        self.transactionID = transactionID
        self.code = code
        self.merchantName = merchantName
        self.description = description
        self.merchantID = merchantID
        self.transactionAmountCents = transactionAmountCents
        self.preferredContactEmail = preferredContactEmail
        self.submitterName = submitterName
        self.status = status
        self.resolutionCode = resolutionCode
        self.resolutionDescription = resolutionDescription
        self.resolvedAt = resolvedAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// Where an audit stands.
public enum AuditStatus: String, Sendable, Equatable, Codable, CaseIterable {
    case new = "NEW"
    case inProgress = "IN_PROGRESS"
    case closed = "CLOSED"
}
