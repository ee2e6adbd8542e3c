/// An audit request as an issuer sends it (v2 or legacy), before it is checked.
public struct AuditInput: Sendable, Equatable {
    public var userID: UserID?
    public var transactionID: String
    public var code: Int
    public var merchantName: String
    public var description: String
    public var merchantID: MerchantID?
    public var transactionAmountCents: Int64?
    public var preferredContactEmail: String?
    public var submitterName: String?

    public init(
        userID: UserID?,
        transactionID: String,
        code: Int,
        merchantName: String,
        description: String,
        merchantID: MerchantID? = nil,
        transactionAmountCents: Int64? = nil,
        preferredContactEmail: String? = nil,
        submitterName: String? = nil
    ) {
        self.userID = userID
        self.transactionID = transactionID
        self.code = code
        self.merchantName = merchantName
        self.description = description
        self.merchantID = merchantID
        self.transactionAmountCents = transactionAmountCents
        self.preferredContactEmail = preferredContactEmail
        self.submitterName = submitterName
    }
}

/// How an operator moves an audit on.
public struct AuditDecision: Sendable, Equatable {
    /// `IN_PROGRESS` or `CLOSED`.
    public var status: AuditStatus
    /// Required to close; one of ``AuditResolution``.
    public var resolutionCode: Int?
    /// Defaults to the resolution's standard description.
    public var resolutionDescription: String?
    /// A correction of the cardholder's reward, in cents (positive grants, negative takes back), written to the
    /// ledger as an `adjustment`.
    public var adjustmentCents: Int64?
    /// The offer a granted reward is for, when the transaction matched none.
    public var offerID: OfferID?

    public init(
        status: AuditStatus,
        resolutionCode: Int? = nil,
        resolutionDescription: String? = nil,
        adjustmentCents: Int64? = nil,
        offerID: OfferID? = nil
    ) {
        self.status = status
        self.resolutionCode = resolutionCode
        self.resolutionDescription = resolutionDescription
        self.adjustmentCents = adjustmentCents
        self.offerID = offerID
    }
}
