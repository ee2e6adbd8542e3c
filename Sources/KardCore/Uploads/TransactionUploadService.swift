import Foundation

/// Transaction uploads: hands out upload sessions for files (a random token the issuer's URL carries, stored only
/// as a hash, valid 15 minutes), takes the file once, keeps the records, and runs the deprecated per-user upload
/// sessions, whose parts feed the user's merchant history at once. ``processor`` processes the files.
public struct TransactionUploadService: Sendable {
    /// Seconds a file upload URL stays valid.
    public static let urlLifetime = 900
    /// Files per request.
    public static let maximumFilesPerRequest = 10
    /// The largest file accepted: 5 GiB.
    public static let maximumFileBytes: Int64 = 5 * 1024 * 1024 * 1024
    /// The endings a file name may have.
    public static let fileExtensions = [".jsonl.gz", ".jsonl", ".json", ".gz"]
    /// Transactions per part of a per-user upload session.
    public static let maximumPartSize = 500

    /// Processes the uploaded files.
    public let processor: TransactionUploadProcessor

    private let objects: any ObjectStore
    private let store: any KardStore
    private let history: HistoricalPurchaseRecorder
    private let hasher: any SecretHasher
    private let clock: any WallClock
    private let ids: any IDGenerator
    private let gate: UploadGate

    /// Uploads kept in `objects`; `decoder` reads the lines of the files.
    public init(
        objects: any ObjectStore,
        store: any KardStore,
        ingestion: TransactionIngestion,
        catalog: CatalogIndexCache,
        hasher: any SecretHasher,
        clock: any WallClock,
        ids: any IDGenerator,
        decoder: any TransactionLineDecoder
    ) {
        let gate = UploadGate()
        let history = HistoricalPurchaseRecorder(store: store, catalog: catalog, clock: clock)
        self.objects = objects
        self.store = store
        self.history = history
        self.hasher = hasher
        self.clock = clock
        self.ids = ids
        self.gate = gate
        self.processor = TransactionUploadProcessor(
            objects: objects,
            store: store,
            ingestion: ingestion,
            history: history,
            decoder: decoder,
            clock: clock,
            ids: ids,
            gate: gate
        )
    }

    /// What is wrong with a file name, or `nil` when it can be used: 1 to 255 characters, no `/`, no control
    /// character, not starting with a dot, ending in `.jsonl`, `.json`, `.jsonl.gz` or `.gz`, and not `upload.json`
    /// (the name of the upload's record).
    public static func filenameProblem(_ name: String) -> String? {
        guard (1...255).contains(name.count) else { return "filename must be 1 to 255 characters." }
        if name.contains("/") || name.contains("\\") || name.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            return "filename must not contain a slash, a backslash or a control character."
        }
        if name.hasPrefix(".") { return "filename must not start with a dot." }
        let lowercased = name.lowercased()
        guard self.fileExtensions.contains(where: { lowercased.hasSuffix($0) && lowercased.count > $0.count }) else {
            return "filename must end in .jsonl, .json, .jsonl.gz or .gz."
        }
        if lowercased == TransactionUpload.recordName { return "filename upload.json is reserved; choose another." }
        return nil
    }

    /// A new upload session and the token its URL carries (shown once).
    public struct NewUpload: Sendable, Equatable {
        /// The upload's record, waiting for its file.
        public var upload: TransactionUpload
        /// The secret the upload URL carries (64 hexadecimal digits); only its hash is stored.
        public var token: String
    }

    /// Creates one upload session per file, waiting for its file for ``urlLifetime`` seconds.
    /// - Throws: ``DomainError/invalid(_:)`` for a bad kind or file name (fields `{index}/type`,
    ///   `{index}/filename`) or a count outside 1 to 10; nothing is created then.
    public func createUploads(
        _ files: [(kind: TransactionUpload.Kind, filename: String)],
        in organization: OrganizationID
    ) async throws -> [NewUpload] {
        var issues: [ValidationIssue] = []
        if !(1...Self.maximumFilesPerRequest).contains(files.count) {
            issues.append(.init(field: "", detail: "Send 1 to \(Self.maximumFilesPerRequest) files."))
        }
        for (index, file) in files.enumerated() {
            if !file.kind.isFile {
                issues.append(
                    .init(
                        field: "\(index)/type",
                        detail: "type must be incomingTransactionsFile or historicalTransactionsFile."
                    )
                )
            }
            if let problem = Self.filenameProblem(file.filename) {
                issues.append(.init(field: "\(index)/filename", detail: problem))
            }
        }
        guard issues.isEmpty else { throw DomainError.invalid(issues) }
        let now = self.clock.now()
        var created: [NewUpload] = []
        for file in files {
            let token = self.ids.randomHex(byteCount: 32)
            let upload = TransactionUpload(
                id: self.ids.uuid().uuidString.lowercased(),
                organizationID: organization,
                kind: file.kind,
                filename: file.filename,
                tokenHash: self.hasher.hash(token),
                status: .awaitingFile,
                createdAt: now,
                expiresAt: now.addingTimeInterval(TimeInterval(Self.urlLifetime))
            )
            try await self.register(upload)
            created.append(NewUpload(upload: upload, token: token))
        }
        return created
    }

    /// Checks a file upload's token before its body is read.
    /// - Throws: ``DomainError/forbidden(_:)`` for an unknown upload, a wrong token or an expired URL (as a
    ///   presigned URL would); ``DomainError/conflict(_:)`` when the file was received already.
    public func authorizeFile(_ id: String, token: String) async throws -> TransactionUpload {
        try await self.authorized(id, token: token, checkingExpiry: true)
    }

    /// Stores a file staged at `path` (in ``ObjectStore/stagingDirectory()``) as the upload's file and records it
    /// as received. The URL must have been valid when the upload started (``authorizeFile(_:token:)``); it may
    /// have expired since. Once this returns the file is durable.
    /// - Throws: what ``authorizeFile(_:token:)`` throws (a second upload of the same file is a conflict).
    public func receiveFile(
        _ id: String,
        token: String,
        stagedAt path: String,
        byteCount: Int64
    ) async throws -> TransactionUpload {
        try await self.gate.withUpload(id) {
            var upload = try await self.authorized(id, token: token, checkingExpiry: false)
            guard let fileKey = upload.fileKey else { throw DomainError.forbidden("The upload URL is not valid.") }
            try await self.objects.putFile(at: path, as: fileKey)
            upload.status = .received
            upload.receivedAt = self.clock.now()
            upload.byteCount = byteCount
            try await self.save(upload)
            return upload
        }
    }

    /// An upload of the organization.
    /// - Throws: ``DomainError/notFound(resource:id:)``.
    public func upload(_ id: String, in organization: OrganizationID) async throws -> TransactionUpload {
        guard Self.isPlainID(id), let upload = try await self.load(id, in: organization) else {
            throw DomainError.notFound(resource: "Upload", id: id)
        }
        return upload
    }

    /// An upload of any organization (for the operator).
    /// - Throws: ``DomainError/notFound(resource:id:)``.
    public func upload(_ id: String) async throws -> TransactionUpload {
        guard let organization = try await self.organization(of: id) else {
            throw DomainError.notFound(resource: "Upload", id: id)
        }
        return try await self.upload(id, in: organization)
    }

    /// The uploads of one organization (or all), newest first.
    public func uploads(
        in organization: OrganizationID?,
        status: TransactionUpload.Status? = nil,
        limit: Int
    ) async throws -> [TransactionUpload] {
        let prefix = organization.map { "uploads/\($0.rawValue)/" } ?? "uploads/"
        var found: [TransactionUpload] = []
        for key in try await self.objects.keys(withPrefix: prefix)
        where key.hasSuffix("/" + TransactionUpload.recordName) {
            guard let data = try await self.objects.data(at: key), let upload = try? TransactionUpload.fromRecord(data)
            else { continue }
            if let status, upload.status != status { continue }
            found.append(upload)
        }
        return Array(found.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }.prefix(limit))
    }

    // MARK: - Per-user upload sessions (deprecated by Kard)

    /// Starts a per-user upload session for an enrolled user.
    /// - Throws: ``DomainError/notFound(resource:id:)`` for an unknown user.
    public func startUserUpload(for user: UserID, in organization: OrganizationID) async throws -> TransactionUpload {
        guard try await self.store.user(user, in: organization) != nil else {
            throw DomainError.notFound(resource: "User", id: user.rawValue)
        }
        let upload = TransactionUpload(
            id: self.ids.uuid().uuidString.lowercased(),
            organizationID: organization,
            kind: .userHistory,
            filename: nil,
            userID: user,
            status: .open,
            createdAt: self.clock.now()
        )
        try await self.register(upload)
        return upload
    }

    /// Adds historical transactions of the session's user to its merchant history; the outcomes (`nil`: taken)
    /// are in the order of `inputs`.
    /// - Throws: ``DomainError/notFound(resource:id:)`` for an unknown session (or one of another user),
    ///   ``DomainError/conflict(_:)`` for a completed one.
    public func addUserUploadPart(
        _ inputs: [TransactionInput],
        to id: String,
        user: UserID,
        in organization: OrganizationID
    ) async throws -> [DomainError?] {
        try await self.gate.withUpload(id) {
            var upload = try await self.openSession(id, user: user, in: organization)
            var flagged: Set<UserID> = []
            let outcomes = try await self.history.record(inputs, in: organization, user: user, flagged: &flagged)
            var errors: [DomainError?] = []
            for outcome in outcomes {
                upload.counts.lines += 1
                switch outcome {
                case .recorded:
                    upload.counts.accepted += 1
                    upload.counts.purchasesRecorded += 1
                case .unknownMerchant:
                    upload.counts.accepted += 1
                    upload.counts.unknownMerchant += 1
                case .notPurchase:
                    upload.counts.accepted += 1
                    upload.counts.notPurchases += 1
                case .refused(let error):
                    upload.counts.refused += 1
                    errors.append(error)
                    continue
                }
                errors.append(nil)
            }
            try await self.save(upload)
            return errors
        }
    }

    /// Completes a per-user session: it takes no more parts.
    /// - Throws: ``DomainError/notFound(resource:id:)``, or ``DomainError/conflict(_:)`` when completed already.
    public func completeUserUpload(_ id: String, user: UserID, in organization: OrganizationID) async throws
        -> TransactionUpload
    {
        try await self.gate.withUpload(id) {
            var upload = try await self.openSession(id, user: user, in: organization)
            let now = self.clock.now()
            upload.status = .processed
            upload.finishedAt = now
            try await self.history.markHistorySent([user], in: organization, now: now)
            try await self.save(upload)
            return upload
        }
    }

    // MARK: - Records

    private func openSession(_ id: String, user: UserID, in organization: OrganizationID) async throws
        -> TransactionUpload
    {
        guard Self.isPlainID(id), let upload = try await self.load(id, in: organization), upload.kind == .userHistory,
            upload.userID == user
        else { throw DomainError.notFound(resource: "Upload", id: id) }
        guard upload.status == .open else {
            throw DomainError.conflict("Upload \(id) is complete; start a new upload for more transactions.")
        }
        return upload
    }

    private func authorized(_ id: String, token: String, checkingExpiry: Bool) async throws -> TransactionUpload {
        let invalid = DomainError.forbidden("The upload URL is not valid: ask for a new one.")
        guard Self.isPlainID(id), let organization = try await self.organization(of: id),
            let upload = try await self.load(id, in: organization), upload.kind.isFile,
            let tokenHash = upload.tokenHash, self.hasher.verify(token, against: tokenHash)
        else { throw invalid }
        if checkingExpiry, upload.status == .awaitingFile, let expiresAt = upload.expiresAt,
            self.clock.now() >= expiresAt
        {
            throw DomainError.forbidden(
                "The upload URL expired at \(expiresAt.ISO8601Format()); ask for a new one."
            )
        }
        guard upload.status == .awaitingFile else {
            throw DomainError.conflict(
                "The file of upload \(id) was received already; ask for a new URL to send another."
            )
        }
        return upload
    }

    /// Stores a new upload: the index entry (upload id to organization) first, then the record.
    private func register(_ upload: TransactionUpload) async throws {
        try await self.objects.putData(
            Data(upload.organizationID.rawValue.utf8),
            as: TransactionUpload.indexKey(upload.id)
        )
        try await self.save(upload)
    }

    private func organization(of id: String) async throws -> OrganizationID? {
        guard Self.isPlainID(id), let data = try await self.objects.data(at: TransactionUpload.indexKey(id)) else {
            return nil
        }
        return OrganizationID(String(decoding: data, as: UTF8.self))
    }

    private func load(_ id: String, in organization: OrganizationID) async throws -> TransactionUpload? {
        guard let data = try await self.objects.data(at: TransactionUpload.recordKey(id, in: organization)) else {
            return nil
        }
        return try TransactionUpload.fromRecord(data)
    }

    private func save(_ upload: TransactionUpload) async throws {
        try await self.objects.putData(try upload.recordData(), as: upload.recordKey)
    }

    /// Whether an id from a URL can name an upload (letters, digits, `-`), so that it cannot reach other keys.
    static func isPlainID(_ id: String) -> Bool {
        (1...64).contains(id.count) && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
}
