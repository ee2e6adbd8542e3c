/// The body of `POST /v2/issuers/{organizationId}/fraud` (`FraudulentTransactionRequestBody`): up to 500
/// transactions to flag as fraudulent, so that they are not rewarded.
///
/// ```json
/// {"data": [{"type": "fraudulentTransaction", "id": "myTxnId12345", "attributes": {"userId": "userId123"}}]}
/// ```
public struct FraudMarkersRequest: Codable, Sendable, Equatable {
    /// The transactions to flag.
    public var data: [FraudulentTransactionResource]

    /// Creates the body.
    ///
    /// - Parameter data: The transactions to flag.
    public init(data: [FraudulentTransactionResource]) {
        self.data = data
    }
}

/// A transaction flagged as fraudulent (`FraudulentTransactionData`): `{"type": "fraudulentTransaction", "id":
/// <transactionId>, "attributes": {"userId"}}`.
public struct FraudulentTransactionResource: Codable, Sendable, Equatable {
    /// Always `fraudulentTransaction`.
    public var type: String
    /// The issuer's id of the transaction (the `transactionId` of its events).
    public var id: String
    /// The transaction's owner.
    public var attributes: FraudulentTransactionAttributes

    /// The `type` of a fraud marker.
    public static let resourceType = "fraudulentTransaction"

    /// Creates a fraud marker.
    ///
    /// - Parameters:
    ///   - id: The issuer's id of the transaction.
    ///   - attributes: The transaction's owner.
    public init(id: String, attributes: FraudulentTransactionAttributes) {
        self.type = Self.resourceType
        self.id = id
        self.attributes = attributes
    }

    /// Creates a fraud marker for a user's transaction.
    ///
    /// - Parameters:
    ///   - transactionId: The issuer's id of the transaction.
    ///   - userId: The issuer's id of the user the transaction belongs to.
    public init(transactionId: String, userId: String) {
        self.init(id: transactionId, attributes: FraudulentTransactionAttributes(userId: userId))
    }
}

/// The attributes of a fraud marker (`FraudulentTransactionAttributes`).
public struct FraudulentTransactionAttributes: Codable, Sendable, Equatable {
    /// The issuer's id of the user the transaction belongs to.
    public var userId: String

    /// Creates the attributes.
    ///
    /// - Parameter userId: The issuer's id of the user the transaction belongs to.
    public init(userId: String) {
        self.userId = userId
    }
}

/// The answer to `POST /v2/issuers/{organizationId}/fraud`: the markers recorded (`FraudulentTransactionObject`)
/// and, for a partial success (HTTP 207, `FraudulentTransactionResponse`), one error per failed marker.
///
/// An absent `data` decodes as empty; `errors` is `nil` when absent and is not sent then.
public struct FraudMarkersResponse: Codable, Sendable, Equatable {
    /// The markers recorded, echoed back.
    public var data: [FraudulentTransactionResource]
    /// One error per failed marker, in a 207 answer.
    public var errors: [ErrorObject]?

    /// Creates the answer.
    ///
    /// - Parameters:
    ///   - data: The markers recorded.
    ///   - errors: One error per failed marker.
    public init(data: [FraudulentTransactionResource], errors: [ErrorObject]? = nil) {
        self.data = data
        self.errors = errors
    }

    /// Decodes the answer, treating an absent `data` as empty.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` when a present field is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.data = try container.decodeIfPresent([FraudulentTransactionResource].self, forKey: .data) ?? []
        self.errors = try container.decodeIfPresent([ErrorObject].self, forKey: .errors)
    }

    /// Whether some markers failed.
    public var hasErrors: Bool { !(self.errors ?? []).isEmpty }

    private enum CodingKeys: String, CodingKey {
        case data, errors
    }
}
