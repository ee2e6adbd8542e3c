/// The body of legacy `POST /transactions/audit` (`CreateAuditRequestBody` of the legacy API).
public struct LegacyCreateAuditRequest: Codable, Sendable, Equatable {
    /// The issuer's id of the transaction to audit.
    public var transactionId: String
    /// Why the audit is requested: `3005`, `3006` or `8001`.
    public var auditCode: AuditCode
    /// The merchant of the transaction.
    public var merchantName: String
    /// Details of the claim.
    public var auditDescription: String
    /// Where to write while the audit is reviewed.
    public var preferredContactEmail: String
    /// The issuer's name.
    public var issuer: String
    /// The transaction amount in cents.
    public var transactionAmountInCents: Int?
    /// The issuer's user id.
    public var referringPartnerUserId: String?
    /// Kard's id of the merchant.
    public var merchantId: String?
    /// Who submits the audit.
    public var submitterName: String?

    /// Creates the body.
    ///
    /// - Parameters:
    ///   - transactionId: The issuer's id of the transaction to audit.
    ///   - auditCode: Why the audit is requested.
    ///   - merchantName: The merchant of the transaction.
    ///   - auditDescription: Details of the claim.
    ///   - preferredContactEmail: Where to write while the audit is reviewed.
    ///   - issuer: The issuer's name.
    ///   - transactionAmountInCents: The transaction amount in cents.
    ///   - referringPartnerUserId: The issuer's user id.
    ///   - merchantId: Kard's id of the merchant.
    ///   - submitterName: Who submits the audit.
    public init(
        transactionId: String,
        auditCode: AuditCode,
        merchantName: String,
        auditDescription: String,
        preferredContactEmail: String,
        issuer: String,
        transactionAmountInCents: Int? = nil,
        referringPartnerUserId: String? = nil,
        merchantId: String? = nil,
        submitterName: String? = nil
    ) {
        self.transactionId = transactionId
        self.auditCode = auditCode
        self.merchantName = merchantName
        self.auditDescription = auditDescription
        self.preferredContactEmail = preferredContactEmail
        self.issuer = issuer
        self.transactionAmountInCents = transactionAmountInCents
        self.referringPartnerUserId = referringPartnerUserId
        self.merchantId = merchantId
        self.submitterName = submitterName
    }
}

/// An audit as the legacy API returns it: the answer of `POST /transactions/audit` (`CreateAuditResponse`) and of
/// `GET /transactions/audit/{id}` (`GetAuditByIdResponse`, which adds the resolution once the audit is `CLOSED`).
public struct LegacyAuditResponse: Codable, Sendable, Equatable {
    /// Kard's id of the audit (`_id`).
    public var id: String
    /// The audited transaction's id.
    public var transactionId: String
    /// Why the audit was requested.
    public var auditCode: AuditCode
    /// The merchant of the transaction.
    public var merchantName: String
    /// Details of the claim.
    public var auditDescription: String
    /// Where to write while the audit is reviewed.
    public var preferredContactEmail: String
    /// Where the audit stands.
    public var status: AuditStatusValue
    /// The transaction amount in cents.
    public var transactionAmountInCents: Int?
    /// The issuer's user id.
    public var referringPartnerUserId: String?
    /// Kard's id of the merchant.
    public var merchantId: String?
    /// Who submitted the audit.
    public var submitterName: String?
    /// How the audit was resolved; only once `CLOSED`.
    public var resolutionCode: AuditResolutionCode?
    /// The resolution, in words; only once `CLOSED`.
    public var resolutionDescription: String?
    /// When the audit was closed; only once `CLOSED`.
    public var resolutionTimeStamp: KardDate?

    /// Creates an audit answer.
    ///
    /// - Parameters:
    ///   - id: Kard's id of the audit.
    ///   - transactionId: The audited transaction's id.
    ///   - auditCode: Why the audit was requested.
    ///   - merchantName: The merchant of the transaction.
    ///   - auditDescription: Details of the claim.
    ///   - preferredContactEmail: Where to write while the audit is reviewed.
    ///   - status: Where the audit stands.
    ///   - transactionAmountInCents: The transaction amount in cents.
    ///   - referringPartnerUserId: The issuer's user id.
    ///   - merchantId: Kard's id of the merchant.
    ///   - submitterName: Who submitted the audit.
    ///   - resolutionCode: How the audit was resolved.
    ///   - resolutionDescription: The resolution, in words.
    ///   - resolutionTimeStamp: When the audit was closed.
    public init(
        id: String,
        transactionId: String,
        auditCode: AuditCode,
        merchantName: String,
        auditDescription: String,
        preferredContactEmail: String,
        status: AuditStatusValue,
        transactionAmountInCents: Int? = nil,
        referringPartnerUserId: String? = nil,
        merchantId: String? = nil,
        submitterName: String? = nil,
        resolutionCode: AuditResolutionCode? = nil,
        resolutionDescription: String? = nil,
        resolutionTimeStamp: KardDate? = nil
    ) {
        self.id = id
        self.transactionId = transactionId
        self.auditCode = auditCode
        self.merchantName = merchantName
        self.auditDescription = auditDescription
        self.preferredContactEmail = preferredContactEmail
        self.status = status
        self.transactionAmountInCents = transactionAmountInCents
        self.referringPartnerUserId = referringPartnerUserId
        self.merchantId = merchantId
        self.submitterName = submitterName
        self.resolutionCode = resolutionCode
        self.resolutionDescription = resolutionDescription
        self.resolutionTimeStamp = resolutionTimeStamp
    }

    enum CodingKeys: String, CodingKey {
        case id = "_id"
        case transactionId
        case auditCode
        case merchantName
        case auditDescription
        case preferredContactEmail
        case status
        case transactionAmountInCents
        case referringPartnerUserId
        case merchantId
        case submitterName
        case resolutionCode
        case resolutionDescription
        case resolutionTimeStamp
    }
}
