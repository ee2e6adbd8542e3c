/// The answer of `GET /v2/issuers/{organizationId}/transactions/uploads/{uploadId}`: what processing made of an
/// uploaded transaction file. Not in Kard's API: an addition of this platform (Kard reports results through the
/// `fileProcessingResult` notification only).
///
/// ```json
/// {"data": {"type": "incomingTransactionsFile", "id": "…", "attributes": {"filename": "day.jsonl",
///   "status": "processed", "lines": 3, "accepted": 2, "repeated": 0, "refused": 1, "errors": [{"line": 2,
///   "id": "evt-2", "detail": "settledDate is required when status is SETTLED.", "pointer": "/attributes/settledDate"}]}}}
/// ```
public struct TransactionUploadStatusResponse: Codable, Sendable, Equatable {
    /// The upload.
    public var data: TransactionUploadStatusResource

    /// Creates the answer.
    ///
    /// - Parameter data: The upload.
    public init(data: TransactionUploadStatusResource) {
        self.data = data
    }
}

/// An uploaded transaction file and its processing result: `{"type", "id", "attributes"}`.
public struct TransactionUploadStatusResource: Codable, Sendable, Equatable {
    /// The kind of file.
    public var type: TransactionUploadType
    /// The upload id (the `id` of the upload URL).
    public var id: String
    /// The file and its result.
    public var attributes: TransactionUploadStatusAttributes

    /// Creates the resource.
    ///
    /// - Parameters:
    ///   - type: The kind of file.
    ///   - id: The upload id.
    ///   - attributes: The file and its result.
    public init(type: TransactionUploadType, id: String, attributes: TransactionUploadStatusAttributes) {
        self.type = type
        self.id = id
        self.attributes = attributes
    }
}

/// The attributes of an uploaded file: where it is and what became of its lines.
public struct TransactionUploadStatusAttributes: Codable, Sendable, Equatable {
    /// The file name given when the URL was created.
    public var filename: String
    /// `awaitingFile`, `received`, `processing`, `processed` or `failed`.
    public var status: String
    /// Non-blank lines read: `accepted + repeated + refused`.
    public var lines: Int
    /// Lines taken: new events stored (incoming), valid events of enrolled users (historical).
    public var accepted: Int
    /// Events received before with the same content (incoming): nothing changed.
    public var repeated: Int
    /// Lines refused; the first 100 errors are in ``errors``.
    public var refused: Int
    /// Purchases added to the users' merchant history (historical files).
    public var purchasesRecorded: Int?
    /// Purchases at no catalog merchant (historical files).
    public var unknownMerchant: Int?
    /// The errors of the refused lines, the first 100, in line order.
    public var errors: [TransactionUploadLineError]
    /// When the URL was created.
    public var createdAt: KardDate?
    /// When the file was stored.
    public var receivedAt: KardDate?
    /// When processing ended.
    public var finishedAt: KardDate?
    /// Why a `failed` file could not be read to its end.
    public var failureReason: String?

    /// Creates the attributes.
    ///
    /// - Parameters:
    ///   - filename: The file name.
    ///   - status: Where the upload is.
    ///   - lines: Non-blank lines read.
    ///   - accepted: Lines taken.
    ///   - repeated: Events received before.
    ///   - refused: Lines refused.
    ///   - purchasesRecorded: Purchases added to the history (historical files).
    ///   - unknownMerchant: Purchases at no catalog merchant (historical files).
    ///   - errors: The first 100 line errors.
    ///   - createdAt: When the URL was created.
    ///   - receivedAt: When the file was stored.
    ///   - finishedAt: When processing ended.
    ///   - failureReason: Why the file could not be read to its end.
    public init(
        filename: String,
        status: String,
        lines: Int,
        accepted: Int,
        repeated: Int,
        refused: Int,
        purchasesRecorded: Int? = nil,
        unknownMerchant: Int? = nil,
        errors: [TransactionUploadLineError] = [],
        createdAt: KardDate? = nil,
        receivedAt: KardDate? = nil,
        finishedAt: KardDate? = nil,
        failureReason: String? = nil
    ) {
        self.filename = filename
        self.status = status
        self.lines = lines
        self.accepted = accepted
        self.repeated = repeated
        self.refused = refused
        self.purchasesRecorded = purchasesRecorded
        self.unknownMerchant = unknownMerchant
        self.errors = errors
        self.createdAt = createdAt
        self.receivedAt = receivedAt
        self.finishedAt = finishedAt
        self.failureReason = failureReason
    }
}

/// Why one line of an uploaded file was refused.
public struct TransactionUploadLineError: Codable, Sendable, Equatable {
    /// The line number, from 1 (blank lines count).
    public var line: Int
    /// The event's `id`, when the line has one.
    public var id: String?
    /// What is wrong.
    public var detail: String
    /// A JSON pointer into the line's resource (`/attributes/settledDate`), when a field is at fault.
    public var pointer: String?

    /// Creates a line error.
    ///
    /// - Parameters:
    ///   - line: The line number, from 1.
    ///   - id: The event's id.
    ///   - detail: What is wrong.
    ///   - pointer: A JSON pointer into the line's resource.
    public init(line: Int, id: String? = nil, detail: String, pointer: String? = nil) {
        self.line = line
        self.id = id
        self.detail = detail
        self.pointer = pointer
    }
}
