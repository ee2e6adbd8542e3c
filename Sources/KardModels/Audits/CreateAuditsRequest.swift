/// The body of `POST /v2/issuers/{organizationId}/users/{userId}/audits` (`CreateAuditRequestBody`): audits of
/// the user's transactions.
///
/// ```json
/// {"data": [{"type": "audit", "attributes": {"auditCode": 8001, "merchantName": "Caribbean Goodness",
///   "auditDescription": "duplicate transaction", "transactionId": "issuerTransaction123"}}]}
/// ```
public struct CreateAuditsRequest: Codable, Sendable, Equatable {
    /// The audits to request.
    public var data: [AuditRequestResource]

    /// Creates the body.
    ///
    /// - Parameter data: The audits to request.
    public init(data: [AuditRequestResource]) {
        self.data = data
    }
}

/// One audit to request (the `CreateAuditRequestDataUnion`): `{"type": "audit", "attributes"}`.
public struct AuditRequestResource: Codable, Sendable, Equatable {
    /// Always `audit`.
    public var type: String
    /// What to audit and why.
    public var attributes: AuditRequestAttributes

    /// The `type` of an audit.
    public static let resourceType = "audit"

    /// Creates an audit request.
    ///
    /// - Parameter attributes: What to audit and why.
    public init(attributes: AuditRequestAttributes) {
        self.type = Self.resourceType
        self.attributes = attributes
    }

    /// Creates an audit request from its fields.
    ///
    /// - Parameters:
    ///   - auditCode: Why the audit is requested.
    ///   - merchantName: The merchant of the transaction.
    ///   - auditDescription: Details of the claim.
    ///   - transactionId: The issuer's id of the transaction to audit.
    public init(auditCode: AuditCode, merchantName: String, auditDescription: String, transactionId: String) {
        self.init(
            attributes: AuditRequestAttributes(
                auditCode: auditCode,
                merchantName: merchantName,
                auditDescription: auditDescription,
                transactionId: transactionId
            )
        )
    }
}

/// The attributes of an audit request (`AuditAttributes`).
public struct AuditRequestAttributes: Codable, Sendable, Equatable {
    /// Why the audit is requested: `3005`, `3006` or `8001`.
    public var auditCode: AuditCode
    /// The merchant of the transaction.
    public var merchantName: String
    /// Details of the claim.
    public var auditDescription: String
    /// The issuer's id of the transaction to audit (the `transactionId` of its events).
    public var transactionId: String

    /// Creates the attributes.
    ///
    /// - Parameters:
    ///   - auditCode: Why the audit is requested.
    ///   - merchantName: The merchant of the transaction.
    ///   - auditDescription: Details of the claim.
    ///   - transactionId: The issuer's id of the transaction to audit.
    public init(auditCode: AuditCode, merchantName: String, auditDescription: String, transactionId: String) {
        self.auditCode = auditCode
        self.merchantName = merchantName
        self.auditDescription = auditDescription
        self.transactionId = transactionId
    }
}

/// The answer to an audit batch: the audits created (HTTP 201, `CreateAuditResponseBody`) and, for a partial
/// success (HTTP 207, `CreateAuditMultiStatusResponse`), one error per failed audit.
///
/// An absent `data` decodes as empty; `errors` is `nil` when absent and is not sent then.
public struct CreateAuditsResponse: Codable, Sendable, Equatable {
    /// The audits created.
    public var data: [AuditResponseResource]
    /// One error per failed audit, in a 207 answer.
    public var errors: [ErrorObject]?

    /// Creates the answer.
    ///
    /// - Parameters:
    ///   - data: The audits created.
    ///   - errors: One error per failed audit.
    public init(data: [AuditResponseResource], errors: [ErrorObject]? = nil) {
        self.data = data
        self.errors = errors
    }

    /// Decodes the answer, treating an absent `data` as empty.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` when a present field is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.data = try container.decodeIfPresent([AuditResponseResource].self, forKey: .data) ?? []
        self.errors = try container.decodeIfPresent([ErrorObject].self, forKey: .errors)
    }

    /// Whether some audits failed.
    public var hasErrors: Bool { !(self.errors ?? []).isEmpty }

    private enum CodingKeys: String, CodingKey {
        case data, errors
    }
}

/// A created audit (the `CreateAuditResponseDataUnion`): `{"type": "audit", "id", "attributes": {"transactionId"}}`.
public struct AuditResponseResource: Codable, Sendable, Equatable {
    /// Always `audit`.
    public var type: String
    /// Kard's id of the audit request.
    public var id: String
    /// The audited transaction.
    public var attributes: AuditResponseAttributes

    /// Creates a created-audit resource.
    ///
    /// - Parameters:
    ///   - id: Kard's id of the audit request.
    ///   - attributes: The audited transaction.
    public init(id: String, attributes: AuditResponseAttributes) {
        self.type = AuditRequestResource.resourceType
        self.id = id
        self.attributes = attributes
    }
}

/// The attributes of a created audit (`AuditResponseAttributes`).
public struct AuditResponseAttributes: Codable, Sendable, Equatable {
    /// The audited transaction's id.
    public var transactionId: String

    /// Creates the attributes.
    ///
    /// - Parameter transactionId: The audited transaction's id.
    public init(transactionId: String) {
        self.transactionId = transactionId
    }
}
