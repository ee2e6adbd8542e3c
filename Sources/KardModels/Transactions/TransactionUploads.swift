/// The kind of transaction file to upload (`FileUploadType`).
public struct TransactionUploadType: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// New transactions, processed and matched as they arrive (daily ingestion).
    public static let incomingTransactionsFile: TransactionUploadType = "incomingTransactionsFile"
    /// Historical transactions (backfill).
    public static let historicalTransactionsFile: TransactionUploadType = "historicalTransactionsFile"
}

/// The body of `POST /v2/issuers/{organizationId}/transactions/uploads` (`CreateFileUploadRequestBody`): 1 to 10
/// files to get upload URLs for.
///
/// ```json
/// {"data": [{"type": "incomingTransactionsFile", "attributes": {"filename": "transaction_12345.jsonl"}}]}
/// ```
public struct TransactionUploadRequest: Codable, Sendable, Equatable {
    /// The files, 1 to 10.
    public var data: [TransactionUploadFile]

    /// Creates the body.
    ///
    /// - Parameter data: The files, 1 to 10.
    public init(data: [TransactionUploadFile]) {
        self.data = data
    }
}

/// A file to upload (`CreateFileUploadData`): `{"type", "attributes": {"filename"}}`.
public struct TransactionUploadFile: Codable, Sendable, Equatable {
    /// The kind of file.
    public var type: TransactionUploadType
    /// The file's name.
    public var attributes: TransactionUploadFileAttributes

    /// Creates a file to upload.
    ///
    /// - Parameters:
    ///   - type: The kind of file.
    ///   - attributes: The file's name.
    public init(type: TransactionUploadType, attributes: TransactionUploadFileAttributes) {
        self.type = type
        self.attributes = attributes
    }

    /// Creates a file to upload from its name.
    ///
    /// - Parameters:
    ///   - type: The kind of file.
    ///   - filename: The file name with its extension, such as `transaction_12345.jsonl`.
    public init(type: TransactionUploadType, filename: String) {
        self.init(type: type, attributes: TransactionUploadFileAttributes(filename: filename))
    }
}

/// The attributes of a file to upload (`CreateFileUploadAttributes`).
public struct TransactionUploadFileAttributes: Codable, Sendable, Equatable {
    /// The file name with its extension, such as `transaction_12345.jsonl`.
    public var filename: String

    /// Creates the attributes.
    ///
    /// - Parameter filename: The file name with its extension.
    public init(filename: String) {
        self.filename = filename
    }
}

/// The answer of `POST /v2/issuers/{organizationId}/transactions/uploads` (`CreateFileUploadUrlResponse`): one
/// presigned upload URL per file, in the order asked.
public struct TransactionUploadResponse: Codable, Sendable, Equatable {
    /// The upload sessions.
    public var data: [TransactionUploadURL]

    /// Creates the answer.
    ///
    /// - Parameter data: The upload sessions.
    public init(data: [TransactionUploadURL]) {
        self.data = data
    }
}

/// An upload session (`FileUploadUrlData`): `{"type", "id", "attributes": {"url", "expiresIn"}}`.
public struct TransactionUploadURL: Codable, Sendable, Equatable {
    /// The kind of file.
    public var type: TransactionUploadType
    /// The upload session id, for tracing.
    public var id: String
    /// Where and until when to upload.
    public var attributes: TransactionUploadURLAttributes

    /// Creates an upload session.
    ///
    /// - Parameters:
    ///   - type: The kind of file.
    ///   - id: The upload session id.
    ///   - attributes: Where and until when to upload.
    public init(type: TransactionUploadType, id: String, attributes: TransactionUploadURLAttributes) {
        self.type = type
        self.id = id
        self.attributes = attributes
    }
}

/// The attributes of an upload session (`FileUploadUrlAttributes`).
public struct TransactionUploadURLAttributes: Codable, Sendable, Equatable {
    /// The presigned URL: `PUT` the file (JSONL, optionally gzip-compressed, up to 5 GB) there as the body.
    public var url: String
    /// Seconds until the URL expires (900); ask for a new one after that.
    public var expiresIn: Int

    /// Creates the attributes.
    ///
    /// - Parameters:
    ///   - url: The presigned `PUT` URL.
    ///   - expiresIn: Seconds until the URL expires.
    public init(url: String, expiresIn: Int) {
        self.url = url
        self.expiresIn = expiresIn
    }
}
