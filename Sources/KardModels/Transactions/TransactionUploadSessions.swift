/// A step of a deprecated per-user historical upload (`users > uploads` of the v2 API):
/// `{"type", "id"?, "attributes": {}}`.
///
/// The same shape serves the three calls: `historicalTransactionStart` (create an upload; no `id` in the request),
/// `historicalTransactionComplete` (finish it; `id` is the upload id) and, in the answer of an added part,
/// `historicalTransaction`. Kard deprecated these calls in favour of ``TransactionUploadRequest``.
public struct TransactionUploadSessionResource: Codable, Sendable, Equatable {
    /// `historicalTransactionStart`, `historicalTransactionComplete` or `historicalTransaction`.
    public var type: String
    /// The upload id; absent when starting an upload.
    public var id: String?
    /// Always empty.
    public var attributes: EmptyAttributes

    /// The `type` that starts an upload.
    public static let startType = "historicalTransactionStart"
    /// The `type` that completes an upload.
    public static let completeType = "historicalTransactionComplete"
    /// The `type` of the transactions of an upload part.
    public static let partType = "historicalTransaction"

    /// Creates a step.
    ///
    /// - Parameters:
    ///   - type: The step's type.
    ///   - id: The upload id, absent when starting.
    public init(type: String, id: String? = nil) {
        self.type = type
        self.id = id
        self.attributes = EmptyAttributes()
    }

    /// The resource that starts an upload: `{"type": "historicalTransactionStart", "attributes": {}}`.
    ///
    /// - Returns: A start request.
    public static func start() -> TransactionUploadSessionResource {
        TransactionUploadSessionResource(type: Self.startType)
    }

    /// The resource that completes an upload: `{"type": "historicalTransactionComplete", "id", "attributes": {}}`.
    ///
    /// - Parameter uploadID: The upload id.
    /// - Returns: A completion request.
    public static func complete(uploadID: String) -> TransactionUploadSessionResource {
        TransactionUploadSessionResource(type: Self.completeType, id: uploadID)
    }
}

/// The body and answer of the deprecated `POST …/users/{userId}/uploads` (`CreateUploadRequestObject`,
/// `CreateUploadResponseObject`) and `PUT …/users/{userId}/uploads/{uploadId}` (`UpdateUploadRequestObject`,
/// `UpdateUploadResponseObject`): `{"data": {"type", "id"?, "attributes": {}}}`.
public struct TransactionUploadSessionDocument: Codable, Sendable, Equatable {
    /// The upload step.
    public var data: TransactionUploadSessionResource

    /// Creates the document.
    ///
    /// - Parameter data: The upload step.
    public init(data: TransactionUploadSessionResource) {
        self.data = data
    }
}

/// The body of the deprecated `PUT …/users/{userId}/uploads/{uploadId}/parts` (`CreateUploadPartRequestObject`):
/// up to 500 historical transactions, each `{"type": "historicalTransaction", "id", "attributes"}` with the
/// attributes of a `transaction` event.
public struct TransactionUploadPartRequest: Codable, Sendable, Equatable {
    /// The transactions, created with ``TransactionResource/historicalTransaction(id:attributes:)``.
    public var data: [TransactionResource]

    /// Creates the body.
    ///
    /// - Parameter data: The transactions.
    public init(data: [TransactionResource]) {
        self.data = data
    }
}

/// The answer of the deprecated `PUT …/users/{userId}/uploads/{uploadId}/parts`: the accepted entries
/// (`CreateUploadPartResponseObject`) and, for a partial success (HTTP 207, `CreateUploadPartMultiStatusResponse`),
/// one error per failed transaction.
///
/// An absent `data` decodes as empty; `errors` is `nil` when absent and is not sent then.
public struct TransactionUploadPartResponse: Codable, Sendable, Equatable {
    /// The accepted entries, `{"type": "historicalTransaction", "id", "attributes": {}}`.
    public var data: [TransactionUploadSessionResource]
    /// One error per failed transaction, in a 207 answer.
    public var errors: [ErrorObject]?

    /// Creates the answer.
    ///
    /// - Parameters:
    ///   - data: The accepted entries.
    ///   - errors: One error per failed transaction.
    public init(data: [TransactionUploadSessionResource], errors: [ErrorObject]? = nil) {
        self.data = data
        self.errors = errors
    }

    /// Decodes the answer, treating an absent `data` as empty.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` when a present field is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.data = try container.decodeIfPresent([TransactionUploadSessionResource].self, forKey: .data) ?? []
        self.errors = try container.decodeIfPresent([ErrorObject].self, forKey: .errors)
    }

    /// Whether some transactions failed.
    public var hasErrors: Bool { !(self.errors ?? []).isEmpty }

    private enum CodingKeys: String, CodingKey {
        case data, errors
    }
}

extension TransactionResource {
    /// The type of a transaction of a deprecated per-user historical upload part.
    public static let historicalTransactionType = TransactionUploadSessionResource.partType

    /// A `historicalTransaction` of a deprecated per-user upload part; it takes the attributes of a `transaction`
    /// event.
    ///
    /// - Parameters:
    ///   - id: The id of the event, unique for each distinct event sent.
    ///   - attributes: The event's fields.
    /// - Returns: A resource of type `historicalTransaction`.
    public static func historicalTransaction(id: String, attributes: TransactionAttributes) -> TransactionResource {
        TransactionResource(type: Self.historicalTransactionType, id: id, attributes: attributes)
    }
}
