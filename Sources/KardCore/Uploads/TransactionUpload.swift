import Foundation

/// A transaction upload: a file of transactions an issuer uploads through a presigned URL (or a deprecated per-user
/// upload session), and what processing made of it. Kept as JSON in the object store next to the file
/// (`uploads/{organizationId}/{uploadId}/upload.json`), so it needs no database table.
public struct TransactionUpload: Sendable, Equatable, Codable {
    /// What the upload holds.
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        /// New transaction events, processed like those of the API (matched, rewarded).
        case incomingTransactionsFile
        /// Past purchases, which only feed the targeting history (no rewards).
        case historicalTransactionsFile
        /// A deprecated per-user upload session (`…/users/{userId}/uploads`): historical transactions in parts.
        case userHistory

        /// Whether the upload is a file uploaded through a URL.
        public var isFile: Bool { self != .userHistory }
    }

    /// Where the upload is.
    public enum Status: String, Sendable, Equatable, Codable, CaseIterable {
        /// The URL was handed out; no file yet.
        case awaitingFile
        /// The file is stored; processing has not started.
        case received
        /// Processing has started (``TransactionUpload/linesDone`` lines are done).
        case processing
        /// Every line was read; the counts and errors are final.
        case processed
        /// The file could not be read to its end (``TransactionUpload/failureReason``).
        case failed
        /// A per-user session that takes parts.
        case open
    }

    /// What processing made of the lines.
    public struct Counts: Sendable, Equatable, Codable {
        /// Non-blank lines read: `accepted + repeated + refused`.
        public var lines = 0
        /// Lines taken: new events stored (incoming), or valid events of enrolled users (historical).
        public var accepted = 0
        /// Events stored before with the same content (incoming only): nothing to do.
        public var repeated = 0
        /// Lines refused, each with its errors in ``TransactionUpload/errors`` (the first 100).
        public var refused = 0
        /// Purchases added to the users' merchant history (historical).
        public var purchasesRecorded = 0
        /// Purchases at no catalog merchant (historical): accepted, nothing to record.
        public var unknownMerchant = 0
        /// Accepted events that are not purchases (declined, reversed, returned; historical).
        public var notPurchases = 0

        /// All zero.
        public init() {}
    }

    /// Why a line was refused.
    public struct LineError: Sendable, Equatable, Codable {
        /// The line number, from 1 (blank lines count).
        public var line: Int
        /// The event's `id`, when the line has one.
        public var id: String?
        /// What is wrong.
        public var detail: String
        /// A JSON pointer into the line's resource (`/attributes/settledDate`), when a field is at fault.
        public var pointer: String?

        /// Creates a line error.
        public init(line: Int, id: String?, detail: String, pointer: String?) {
            self.line = line
            self.id = id
            self.detail = detail
            self.pointer = pointer
        }
    }

    /// The upload id (a lowercase UUID): the `{uploadId}` of its URL.
    public var id: String
    /// The issuer's organization.
    public var organizationID: OrganizationID
    /// What the upload holds.
    public var kind: Kind
    /// The file's name (files only).
    public var filename: String?
    /// The user of a per-user session.
    public var userID: UserID?
    /// The hash of the URL's token (``SecretHasher``); the token itself is never stored.
    public var tokenHash: String?
    /// Where the upload is.
    public var status: Status
    /// When the upload (its URL, or the session) was created.
    public var createdAt: Date
    /// When the URL stops accepting the file.
    public var expiresAt: Date?
    /// When the file was stored.
    public var receivedAt: Date?
    /// When processing first started.
    public var startedAt: Date?
    /// When processing ended (or the session was completed).
    public var finishedAt: Date?
    /// The size of the stored file.
    public var byteCount: Int64?
    /// Whether the file was gzip-compressed (known once processing starts).
    public var isGzip: Bool?
    /// Lines read (blank ones included) as of the last checkpoint; processing resumes after them.
    public var linesDone = 0
    public var counts = Counts()
    /// The first ``TransactionUploadProcessor/maximumReportedErrors`` errors, in line order.
    public var errors: [LineError] = []
    /// Why the file could not be read to its end.
    public var failureReason: String?

    /// A new upload, with nothing processed yet.
    public init(
        id: String,
        organizationID: OrganizationID,
        kind: Kind,
        filename: String?,
        userID: UserID? = nil,
        tokenHash: String? = nil,
        status: Status,
        createdAt: Date,
        expiresAt: Date? = nil
    ) {
        self.id = id
        self.organizationID = organizationID
        self.kind = kind
        self.filename = filename
        self.userID = userID
        self.tokenHash = tokenHash
        self.status = status
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }

    // MARK: - Object keys

    /// The folder of the upload's objects.
    public var prefix: String { Self.prefix(self.id, in: self.organizationID) }

    /// The key of this record.
    public var recordKey: String { self.prefix + "/upload.json" }

    /// The key of the uploaded file (files only).
    public var fileKey: String? { self.filename.map { self.prefix + "/" + $0 } }

    /// The folder of an upload's objects: `uploads/{organizationId}/{uploadId}`.
    public static func prefix(_ id: String, in organization: OrganizationID) -> String {
        "uploads/\(organization.rawValue)/\(id)"
    }

    /// The key of an upload's record.
    public static func recordKey(_ id: String, in organization: OrganizationID) -> String {
        self.prefix(id, in: organization) + "/upload.json"
    }

    /// The key of the object naming the organization of an upload (its URL carries the upload id only).
    public static func indexKey(_ id: String) -> String {
        "upload-index/\(id)"
    }

    /// The record's file name, which an uploaded file may not take.
    public static let recordName = "upload.json"

    // MARK: - Coding

    private enum CodingKeys: String, CodingKey {
        case id, organizationId, kind, filename, userId, tokenHash, status, createdAt, expiresAt, receivedAt
        case startedAt, finishedAt, byteCount, isGzip, linesDone, counts, errors, failureReason
    }

    /// Reads a record (`organizationId` and `userId` as plain strings).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.organizationID = OrganizationID(try container.decode(String.self, forKey: .organizationId))
        self.kind = try container.decode(Kind.self, forKey: .kind)
        self.filename = try container.decodeIfPresent(String.self, forKey: .filename)
        self.userID = try container.decodeIfPresent(String.self, forKey: .userId).map(UserID.init)
        self.tokenHash = try container.decodeIfPresent(String.self, forKey: .tokenHash)
        self.status = try container.decode(Status.self, forKey: .status)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
        self.expiresAt = try container.decodeIfPresent(Date.self, forKey: .expiresAt)
        self.receivedAt = try container.decodeIfPresent(Date.self, forKey: .receivedAt)
        self.startedAt = try container.decodeIfPresent(Date.self, forKey: .startedAt)
        self.finishedAt = try container.decodeIfPresent(Date.self, forKey: .finishedAt)
        self.byteCount = try container.decodeIfPresent(Int64.self, forKey: .byteCount)
        self.isGzip = try container.decodeIfPresent(Bool.self, forKey: .isGzip)
        self.linesDone = try container.decodeIfPresent(Int.self, forKey: .linesDone) ?? 0
        self.counts = try container.decodeIfPresent(Counts.self, forKey: .counts) ?? Counts()
        self.errors = try container.decodeIfPresent([LineError].self, forKey: .errors) ?? []
        self.failureReason = try container.decodeIfPresent(String.self, forKey: .failureReason)
    }

    /// Writes the record (`organizationId` and `userId` as plain strings).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.organizationID.rawValue, forKey: .organizationId)
        try container.encode(self.kind, forKey: .kind)
        try container.encodeIfPresent(self.filename, forKey: .filename)
        try container.encodeIfPresent(self.userID?.rawValue, forKey: .userId)
        try container.encodeIfPresent(self.tokenHash, forKey: .tokenHash)
        try container.encode(self.status, forKey: .status)
        try container.encode(self.createdAt, forKey: .createdAt)
        try container.encodeIfPresent(self.expiresAt, forKey: .expiresAt)
        try container.encodeIfPresent(self.receivedAt, forKey: .receivedAt)
        try container.encodeIfPresent(self.startedAt, forKey: .startedAt)
        try container.encodeIfPresent(self.finishedAt, forKey: .finishedAt)
        try container.encodeIfPresent(self.byteCount, forKey: .byteCount)
        try container.encodeIfPresent(self.isGzip, forKey: .isGzip)
        try container.encode(self.linesDone, forKey: .linesDone)
        try container.encode(self.counts, forKey: .counts)
        try container.encode(self.errors, forKey: .errors)
        try container.encodeIfPresent(self.failureReason, forKey: .failureReason)
    }

    /// ISO 8601 with milliseconds, in UTC.
    private static let recordDateStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// The record as stored: pretty JSON with ISO 8601 dates (to the millisecond).
    public func recordData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.formatted(Self.recordDateStyle))
        }
        return try encoder.encode(self)
    }

    /// Reads a stored record.
    public static func fromRecord(_ data: Data) throws -> TransactionUpload {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            if let date = try? Date(text, strategy: Self.recordDateStyle) { return date }
            return try Date(text, strategy: .iso8601)
        }
        return try decoder.decode(TransactionUpload.self, from: data)
    }
}
