/// The body of `POST /v2/issuers/{organizationId}/transactions` (`TransactionsRequestBody`): up to 500 transaction
/// events of any of the three types.
public struct TransactionsRequest: Codable, Sendable, Equatable {
    /// The transaction events.
    public var data: [TransactionResource]

    /// Creates the body.
    ///
    /// - Parameter data: The transaction events.
    public init(data: [TransactionResource]) {
        self.data = data
    }
}

/// One transaction event (the `Transactions` union): `{"type", "id", "attributes"}`.
///
/// The three types share one attributes shape, ``TransactionAttributes``, which holds the fields of all of them; the
/// `type` says which fields the API requires and accepts. Create one with ``transaction(id:attributes:)``,
/// ``matchedTransaction(id:attributes:)`` or ``coreTransaction(id:attributes:)``.
public struct TransactionResource: Codable, Sendable, Equatable {
    /// `transaction`, `matchedTransaction` or `coreTransaction`; other values decode as they are.
    public var type: String
    /// The id of the event, unique for each distinct event sent.
    public var id: String
    /// The event's fields.
    public var attributes: TransactionAttributes

    /// The type of a transaction Kard matches to offers itself (`TransactionsAttributes`).
    public static let transactionType = "transaction"
    /// The type of a transaction the issuer matched already, which Kard validates (`MatchedTransactionsAttributes`).
    public static let matchedTransactionType = "matchedTransaction"
    /// The type of a transaction from a core banking system, with little card data (`CoreTransactionAttributes`).
    public static let coreTransactionType = "coreTransaction"

    /// Creates a transaction event of any type.
    ///
    /// - Parameters:
    ///   - type: `transaction`, `matchedTransaction` or `coreTransaction`.
    ///   - id: The id of the event, unique for each distinct event sent.
    ///   - attributes: The event's fields.
    public init(type: String, id: String, attributes: TransactionAttributes) {
        self.type = type
        self.id = id
        self.attributes = attributes
    }

    /// A `transaction` event, which Kard matches to offers (the Python SDK's `Transactions_Transaction`).
    ///
    /// The API also requires ``TransactionAttributes/status``, ``TransactionAttributes/currency``,
    /// ``TransactionAttributes/cardBIN``, ``TransactionAttributes/cardLastFour``,
    /// ``TransactionAttributes/direction`` and ``TransactionAttributes/paymentType``.
    ///
    /// - Parameters:
    ///   - id: The id of the event, unique for each distinct event sent.
    ///   - attributes: The event's fields.
    /// - Returns: A resource of type `transaction`.
    public static func transaction(id: String, attributes: TransactionAttributes) -> TransactionResource {
        TransactionResource(type: Self.transactionType, id: id, attributes: attributes)
    }

    /// A `matchedTransaction` event, matched to an offer by the issuer and validated by Kard.
    ///
    /// The API also requires ``TransactionAttributes/authorizationDate``, ``TransactionAttributes/paymentType``
    /// and ``TransactionAttributes/direction``; it has no `status` or `currency`.
    ///
    /// - Parameters:
    ///   - id: The id of the event, unique for each distinct event sent.
    ///   - attributes: The event's fields.
    /// - Returns: A resource of type `matchedTransaction`.
    public static func matchedTransaction(id: String, attributes: TransactionAttributes) -> TransactionResource {
        TransactionResource(type: Self.matchedTransactionType, id: id, attributes: attributes)
    }

    /// A `coreTransaction` event from a core banking system (the Python SDK's `Transactions_CoreTransaction`).
    ///
    /// The API also requires ``TransactionAttributes/currency``, ``TransactionAttributes/direction``,
    /// ``TransactionAttributes/status`` (always `SETTLED`), ``TransactionAttributes/settledDate`` and
    /// ``TransactionAttributes/authorizationDate``.
    ///
    /// - Parameters:
    ///   - id: The id of the event, unique for each distinct event sent.
    ///   - attributes: The event's fields.
    /// - Returns: A resource of type `coreTransaction`.
    public static func coreTransaction(id: String, attributes: TransactionAttributes) -> TransactionResource {
        TransactionResource(type: Self.coreTransactionType, id: id, attributes: attributes)
    }
}

/// The answer to a transaction batch where some events failed (HTTP 207, `TransactionsMultiResponse`).
public struct TransactionsMultiStatusResponse: Codable, Sendable, Equatable {
    /// One error per failed event, each with the event's `id`.
    public var errors: [ErrorObject]
    /// The job that processes the accepted events.
    public var data: JobResource

    /// Creates the answer.
    ///
    /// - Parameters:
    ///   - errors: One error per failed event.
    ///   - data: The job that processes the accepted events.
    public init(errors: [ErrorObject], data: JobResource) {
        self.errors = errors
        self.data = data
    }
}
