/// The fields of a transaction event: the union of `TransactionsAttributes` (`transaction`),
/// `MatchedTransactionsAttributes` (`matchedTransaction`) and `CoreTransactionAttributes` (`coreTransaction`).
///
/// Only the fields all three types require are non-optional; which of the others are required, accepted or must be
/// omitted depends on ``TransactionResource/type`` (see the factories of ``TransactionResource``). Absent fields are
/// not sent.
public struct TransactionAttributes: Codable, Sendable, Equatable {
    /// The user's id in the issuer's system.
    public var userId: String
    /// The transaction's id; every event of one transaction (approval, settlement…) carries the same id.
    public var transactionId: String
    /// The amount in cents.
    public var amount: Int
    /// The base amount in cents, without tips, taxes and other fees.
    public var subtotal: Int?
    /// The event's status; required for `transaction` and `coreTransaction` (always `SETTLED` there).
    public var status: TransactionStatusValue?
    /// The ISO 4217 currency, such as `USD`; required for `transaction` and `coreTransaction`.
    public var currency: String?
    /// The description, usually with the merchant's name; matching compares it with offers' merchant names.
    public var description: String
    /// A second description, usually with more merchant details.
    public var description2: String?
    /// The merchant category code, usually four digits.
    public var mcc: String?
    /// The name of the processor.
    public var coreProviderId: String?
    /// When a `REVERSED`, `RETURNED` or `DECLINED` event happened; required for those statuses.
    public var transactionDate: KardDate?
    /// When the transaction was authorised; required for `APPROVED`, `matchedTransaction` and `coreTransaction`.
    public var authorizationDate: KardDate?
    /// When the transaction settled; required for `SETTLED`.
    public var settledDate: KardDate?
    /// The merchant.
    public var merchant: TransactionMerchantInfo?
    /// Whether the card was present.
    public var cardPresence: String?
    /// The PAN entry mode.
    public var panEntryMode: String?
    /// The first six digits of the card number.
    public var cardBIN: String?
    /// The last four digits of the card number.
    public var cardLastFour: String?
    /// The approval code.
    public var authorizationCode: String?
    /// The retrieval reference number.
    public var retrievalReferenceNumber: String?
    /// The system trace audit number.
    public var systemTraceAuditNumber: String?
    /// The acquirer reference number.
    public var acquirerReferenceNumber: String?
    /// Which way the money flows; required by every type.
    public var direction: TransactionDirectionValue?
    /// How it was paid: `CARD` for `transaction`; `CARD`, `CASH` or `UNKNOWN` for `matchedTransaction`.
    public var paymentType: TransactionPaymentTypeValue?
    /// The card network.
    public var cardNetwork: TransactionCardNetworkValue?
    /// The card product id.
    public var cardProductId: String?
    /// The user's ZIP code.
    public var userZipCode: String?
    /// Network-specific merchant ids.
    public var processorMids: TransactionProcessorMids?
    /// An account id.
    public var accountId: String?
    /// `matchedTransaction` only: the Kard offer the issuer matched the transaction to; absent means unmatched.
    public var matchedOfferId: String?
    /// `matchedTransaction` only: the Kard location where the transaction took place.
    public var matchedLocationId: String?
    /// `matchedTransaction` only: the online order linked to the transaction.
    public var orderId: String?
    /// `matchedTransaction` only: the kind of receipt the transaction comes from.
    public var receiptMedium: TransactionReceiptMediumValue?
    /// `coreTransaction` only, deprecated: the financial institution's name; use ``financialInstitutionId``.
    public var financialInstitutionName: String?
    /// `coreTransaction` only: the financial institution's id.
    public var financialInstitutionId: String?
    /// `coreTransaction` only: the last four digits of each card that may have been used.
    public var cardLastFours: [String]?

    /// Creates the fields of a transaction event.
    ///
    /// - Parameters:
    ///   - userId: The user's id in the issuer's system.
    ///   - transactionId: The transaction's id.
    ///   - amount: The amount in cents.
    ///   - description: The description, usually with the merchant's name.
    ///   - subtotal: The base amount in cents, without tips, taxes and fees.
    ///   - status: The event's status.
    ///   - currency: The ISO 4217 currency.
    ///   - description2: A second description.
    ///   - mcc: The merchant category code.
    ///   - coreProviderId: The name of the processor.
    ///   - transactionDate: When a `REVERSED`, `RETURNED` or `DECLINED` event happened.
    ///   - authorizationDate: When the transaction was authorised.
    ///   - settledDate: When the transaction settled.
    ///   - merchant: The merchant.
    ///   - cardPresence: Whether the card was present.
    ///   - panEntryMode: The PAN entry mode.
    ///   - cardBIN: The first six digits of the card number.
    ///   - cardLastFour: The last four digits of the card number.
    ///   - authorizationCode: The approval code.
    ///   - retrievalReferenceNumber: The retrieval reference number.
    ///   - systemTraceAuditNumber: The system trace audit number.
    ///   - acquirerReferenceNumber: The acquirer reference number.
    ///   - direction: Which way the money flows.
    ///   - paymentType: How it was paid.
    ///   - cardNetwork: The card network.
    ///   - cardProductId: The card product id.
    ///   - userZipCode: The user's ZIP code.
    ///   - processorMids: Network-specific merchant ids.
    ///   - accountId: An account id.
    ///   - matchedOfferId: `matchedTransaction` only: the matched Kard offer.
    ///   - matchedLocationId: `matchedTransaction` only: the Kard location.
    ///   - orderId: `matchedTransaction` only: the online order.
    ///   - receiptMedium: `matchedTransaction` only: the kind of receipt.
    ///   - financialInstitutionName: `coreTransaction` only, deprecated: the institution's name.
    ///   - financialInstitutionId: `coreTransaction` only: the institution's id.
    ///   - cardLastFours: `coreTransaction` only: candidate last four digits.
    public init(
        userId: String,
        transactionId: String,
        amount: Int,
        description: String,
        subtotal: Int? = nil,
        status: TransactionStatusValue? = nil,
        currency: String? = nil,
        description2: String? = nil,
        mcc: String? = nil,
        coreProviderId: String? = nil,
        transactionDate: KardDate? = nil,
        authorizationDate: KardDate? = nil,
        settledDate: KardDate? = nil,
        merchant: TransactionMerchantInfo? = nil,
        cardPresence: String? = nil,
        panEntryMode: String? = nil,
        cardBIN: String? = nil,
        cardLastFour: String? = nil,
        authorizationCode: String? = nil,
        retrievalReferenceNumber: String? = nil,
        systemTraceAuditNumber: String? = nil,
        acquirerReferenceNumber: String? = nil,
        direction: TransactionDirectionValue? = nil,
        paymentType: TransactionPaymentTypeValue? = nil,
        cardNetwork: TransactionCardNetworkValue? = nil,
        cardProductId: String? = nil,
        userZipCode: String? = nil,
        processorMids: TransactionProcessorMids? = nil,
        accountId: String? = nil,
        matchedOfferId: String? = nil,
        matchedLocationId: String? = nil,
        orderId: String? = nil,
        receiptMedium: TransactionReceiptMediumValue? = nil,
        financialInstitutionName: String? = nil,
        financialInstitutionId: String? = nil,
        cardLastFours: [String]? = nil
    ) {
        self.userId = userId
        self.transactionId = transactionId
        self.amount = amount
        self.subtotal = subtotal
        self.status = status
        self.currency = currency
        self.description = description
        self.description2 = description2
        self.mcc = mcc
        self.coreProviderId = coreProviderId
        self.transactionDate = transactionDate
        self.authorizationDate = authorizationDate
        self.settledDate = settledDate
        self.merchant = merchant
        self.cardPresence = cardPresence
        self.panEntryMode = panEntryMode
        self.cardBIN = cardBIN
        self.cardLastFour = cardLastFour
        self.authorizationCode = authorizationCode
        self.retrievalReferenceNumber = retrievalReferenceNumber
        self.systemTraceAuditNumber = systemTraceAuditNumber
        self.acquirerReferenceNumber = acquirerReferenceNumber
        self.direction = direction
        self.paymentType = paymentType
        self.cardNetwork = cardNetwork
        self.cardProductId = cardProductId
        self.userZipCode = userZipCode
        self.processorMids = processorMids
        self.accountId = accountId
        self.matchedOfferId = matchedOfferId
        self.matchedLocationId = matchedLocationId
        self.orderId = orderId
        self.receiptMedium = receiptMedium
        self.financialInstitutionName = financialInstitutionName
        self.financialInstitutionId = financialInstitutionId
        self.cardLastFours = cardLastFours
    }
}
