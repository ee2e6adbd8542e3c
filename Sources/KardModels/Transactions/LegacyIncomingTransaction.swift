/// A transaction event of the legacy API (`IncomingTransactionRequest`), one item of the body of
/// `POST /transactions/incoming`.
///
/// The v2 counterpart is ``TransactionAttributes``: `referringPartnerUserId` is `userId`, and the `merchant…` fields
/// are the fields of ``TransactionAttributes/merchant``. Absent fields are not sent.
public struct LegacyIncomingTransaction: Codable, Sendable, Equatable {
    /// The transaction's id in the issuer's system; every event of one transaction carries the same id.
    public var transactionId: String
    /// The user's id in the issuer's system.
    public var referringPartnerUserId: String
    /// The amount in cents.
    public var amount: Int
    /// The event's status.
    public var status: TransactionStatusValue
    /// The currency, such as `USD`.
    public var currency: String
    /// The description, usually with the merchant's name.
    public var description: String
    /// A second description, usually with more merchant details.
    public var description2: String?
    /// The merchant category code, usually four digits.
    public var mcc: String?
    /// The name of the processor.
    public var coreProviderId: String?
    /// When a `REVERSED`, `RETURNED` or `DECLINED` event happened; required for those statuses.
    public var transactionDate: KardDate?
    /// When the transaction was authorised; required for `APPROVED`.
    public var authorizationDate: KardDate?
    /// When the transaction settled; required for `SETTLED`.
    public var settledDate: KardDate?
    /// The acquirer's merchant id (MID), usually 15 digits; required for local offers.
    public var merchantId: String?
    /// The id of the store the transaction came from.
    public var merchantStoreId: String?
    /// Whether the card was present.
    public var cardPresence: String?
    /// The merchant's name.
    public var merchantName: String?
    /// The merchant's city.
    public var merchantAddrCity: String?
    /// The merchant's two-letter state code.
    public var merchantAddrState: USState?
    /// The merchant's ZIP code.
    public var merchantAddrZipcode: String?
    /// The merchant's country.
    public var merchantAddrCountry: String?
    /// The merchant's street address.
    public var merchantAddrStreet: String?
    /// The merchant's latitude, as text; a JSON number is accepted too and kept as its text.
    public var merchantLat: String?
    /// The merchant's longitude, as text; a JSON number is accepted too and kept as its text.
    public var merchantLong: String?
    /// The PAN entry mode, usually two digits.
    public var panEntryMode: String?
    /// The first six digits of the card number; needed for matching.
    public var cardBIN: String?
    /// The last four digits of the card number; needed for matching.
    public var cardLastFour: String?
    /// A Google id.
    public var googleId: String?
    /// The approval code.
    public var authorizationCode: String?
    /// The retrieval reference number.
    public var retrievalReferenceNumber: String?
    /// The system trace audit number.
    public var systemTraceAuditNumber: String?
    /// The acquirer reference number.
    public var acquirerReferenceNumber: String?
    /// Whether the transaction is a deposit.
    public var isDeposit: Bool?

    /// Creates a legacy transaction event.
    ///
    /// - Parameters:
    ///   - transactionId: The transaction's id in the issuer's system.
    ///   - referringPartnerUserId: The user's id in the issuer's system.
    ///   - amount: The amount in cents.
    ///   - status: The event's status.
    ///   - currency: The currency.
    ///   - description: The description.
    ///   - description2: A second description.
    ///   - mcc: The merchant category code.
    ///   - coreProviderId: The name of the processor.
    ///   - transactionDate: When a `REVERSED`, `RETURNED` or `DECLINED` event happened.
    ///   - authorizationDate: When the transaction was authorised.
    ///   - settledDate: When the transaction settled.
    ///   - merchantId: The acquirer's merchant id.
    ///   - merchantStoreId: The store id.
    ///   - cardPresence: Whether the card was present.
    ///   - merchantName: The merchant's name.
    ///   - merchantAddrCity: The merchant's city.
    ///   - merchantAddrState: The merchant's state code.
    ///   - merchantAddrZipcode: The merchant's ZIP code.
    ///   - merchantAddrCountry: The merchant's country.
    ///   - merchantAddrStreet: The merchant's street address.
    ///   - merchantLat: The merchant's latitude, as text.
    ///   - merchantLong: The merchant's longitude, as text.
    ///   - panEntryMode: The PAN entry mode.
    ///   - cardBIN: The first six digits of the card number.
    ///   - cardLastFour: The last four digits of the card number.
    ///   - googleId: A Google id.
    ///   - authorizationCode: The approval code.
    ///   - retrievalReferenceNumber: The retrieval reference number.
    ///   - systemTraceAuditNumber: The system trace audit number.
    ///   - acquirerReferenceNumber: The acquirer reference number.
    ///   - isDeposit: Whether the transaction is a deposit.
    public init(
        transactionId: String,
        referringPartnerUserId: String,
        amount: Int,
        status: TransactionStatusValue,
        currency: String,
        description: String,
        description2: String? = nil,
        mcc: String? = nil,
        coreProviderId: String? = nil,
        transactionDate: KardDate? = nil,
        authorizationDate: KardDate? = nil,
        settledDate: KardDate? = nil,
        merchantId: String? = nil,
        merchantStoreId: String? = nil,
        cardPresence: String? = nil,
        merchantName: String? = nil,
        merchantAddrCity: String? = nil,
        merchantAddrState: USState? = nil,
        merchantAddrZipcode: String? = nil,
        merchantAddrCountry: String? = nil,
        merchantAddrStreet: String? = nil,
        merchantLat: String? = nil,
        merchantLong: String? = nil,
        panEntryMode: String? = nil,
        cardBIN: String? = nil,
        cardLastFour: String? = nil,
        googleId: String? = nil,
        authorizationCode: String? = nil,
        retrievalReferenceNumber: String? = nil,
        systemTraceAuditNumber: String? = nil,
        acquirerReferenceNumber: String? = nil,
        isDeposit: Bool? = nil
    ) {
        self.transactionId = transactionId
        self.referringPartnerUserId = referringPartnerUserId
        self.amount = amount
        self.status = status
        self.currency = currency
        self.description = description
        self.description2 = description2
        self.mcc = mcc
        self.coreProviderId = coreProviderId
        self.transactionDate = transactionDate
        self.authorizationDate = authorizationDate
        self.settledDate = settledDate
        self.merchantId = merchantId
        self.merchantStoreId = merchantStoreId
        self.cardPresence = cardPresence
        self.merchantName = merchantName
        self.merchantAddrCity = merchantAddrCity
        self.merchantAddrState = merchantAddrState
        self.merchantAddrZipcode = merchantAddrZipcode
        self.merchantAddrCountry = merchantAddrCountry
        self.merchantAddrStreet = merchantAddrStreet
        self.merchantLat = merchantLat
        self.merchantLong = merchantLong
        self.panEntryMode = panEntryMode
        self.cardBIN = cardBIN
        self.cardLastFour = cardLastFour
        self.googleId = googleId
        self.authorizationCode = authorizationCode
        self.retrievalReferenceNumber = retrievalReferenceNumber
        self.systemTraceAuditNumber = systemTraceAuditNumber
        self.acquirerReferenceNumber = acquirerReferenceNumber
        self.isDeposit = isDeposit
    }

    /// Decodes an event; `merchantLat` and `merchantLong` may be JSON strings or numbers.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` when a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.transactionId = try container.decode(String.self, forKey: .transactionId)
        self.referringPartnerUserId = try container.decode(String.self, forKey: .referringPartnerUserId)
        self.amount = try container.decode(Int.self, forKey: .amount)
        self.status = try container.decode(TransactionStatusValue.self, forKey: .status)
        self.currency = try container.decode(String.self, forKey: .currency)
        self.description = try container.decode(String.self, forKey: .description)
        self.description2 = try container.decodeIfPresent(String.self, forKey: .description2)
        self.mcc = try container.decodeIfPresent(String.self, forKey: .mcc)
        self.coreProviderId = try container.decodeIfPresent(String.self, forKey: .coreProviderId)
        self.transactionDate = try container.decodeIfPresent(KardDate.self, forKey: .transactionDate)
        self.authorizationDate = try container.decodeIfPresent(KardDate.self, forKey: .authorizationDate)
        self.settledDate = try container.decodeIfPresent(KardDate.self, forKey: .settledDate)
        self.merchantId = try container.decodeIfPresent(String.self, forKey: .merchantId)
        self.merchantStoreId = try container.decodeIfPresent(String.self, forKey: .merchantStoreId)
        self.cardPresence = try container.decodeIfPresent(String.self, forKey: .cardPresence)
        self.merchantName = try container.decodeIfPresent(String.self, forKey: .merchantName)
        self.merchantAddrCity = try container.decodeIfPresent(String.self, forKey: .merchantAddrCity)
        self.merchantAddrState = try container.decodeIfPresent(USState.self, forKey: .merchantAddrState)
        self.merchantAddrZipcode = try container.decodeIfPresent(String.self, forKey: .merchantAddrZipcode)
        self.merchantAddrCountry = try container.decodeIfPresent(String.self, forKey: .merchantAddrCountry)
        self.merchantAddrStreet = try container.decodeIfPresent(String.self, forKey: .merchantAddrStreet)
        self.merchantLat = try Self.decodeCoordinate(container, .merchantLat)
        self.merchantLong = try Self.decodeCoordinate(container, .merchantLong)
        self.panEntryMode = try container.decodeIfPresent(String.self, forKey: .panEntryMode)
        self.cardBIN = try container.decodeIfPresent(String.self, forKey: .cardBIN)
        self.cardLastFour = try container.decodeIfPresent(String.self, forKey: .cardLastFour)
        self.googleId = try container.decodeIfPresent(String.self, forKey: .googleId)
        self.authorizationCode = try container.decodeIfPresent(String.self, forKey: .authorizationCode)
        self.retrievalReferenceNumber = try container.decodeIfPresent(String.self, forKey: .retrievalReferenceNumber)
        self.systemTraceAuditNumber = try container.decodeIfPresent(String.self, forKey: .systemTraceAuditNumber)
        self.acquirerReferenceNumber = try container.decodeIfPresent(String.self, forKey: .acquirerReferenceNumber)
        self.isDeposit = try container.decodeIfPresent(Bool.self, forKey: .isDeposit)
    }

    /// A coordinate sent as a string, or as a number kept as its shortest text (`40`, `-73.1446869`).
    private static func decodeCoordinate<Key: CodingKey>(
        _ container: KeyedDecodingContainer<Key>,
        _ key: Key
    ) throws -> String? {
        guard container.contains(key), try !container.decodeNil(forKey: key) else {
            return nil
        }
        if let text = try? container.decode(String.self, forKey: key) {
            return text
        }
        if let integer = try? container.decode(Int.self, forKey: key) {
            return String(integer)
        }
        do {
            return String(try container.decode(Double.self, forKey: key))
        } catch {
            throw DecodingError.typeMismatch(
                String.self,
                DecodingError.Context(
                    codingPath: container.codingPath + [key],
                    debugDescription: "Expected a coordinate as a string or a number."
                )
            )
        }
    }
}

/// The body of the legacy `POST /transactions/incoming`: an array of ``LegacyIncomingTransaction``, or a single one
/// (as the integration guide's samples send it).
public struct LegacyIncomingTransactions: Codable, Sendable, Equatable {
    /// The events, in the order sent.
    public var transactions: [LegacyIncomingTransaction]
    /// Whether the body was a single object rather than an array; such a body of one event encodes as an object.
    public var isSingleObject: Bool

    /// Creates a body.
    ///
    /// - Parameters:
    ///   - transactions: The events.
    ///   - isSingleObject: Whether to encode a single event as an object rather than an array of one.
    public init(_ transactions: [LegacyIncomingTransaction], isSingleObject: Bool = false) {
        self.transactions = transactions
        self.isSingleObject = isSingleObject
    }

    /// Decodes an array of events or a single event.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` when the body is neither, or an event is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let transactions = try? container.decode([LegacyIncomingTransaction].self) {
            self.transactions = transactions
            self.isSingleObject = false
        } else {
            self.transactions = [try container.decode(LegacyIncomingTransaction.self)]
            self.isSingleObject = true
        }
    }

    /// Encodes an array, or an object when ``isSingleObject`` is set and there is exactly one event.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: `EncodingError` from the encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if self.isSingleObject, self.transactions.count == 1, let transaction = self.transactions.first {
            try container.encode(transaction)
        } else {
            try container.encode(self.transactions)
        }
    }
}
