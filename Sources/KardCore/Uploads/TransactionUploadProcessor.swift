import Foundation

/// Processes uploaded transaction files. The file is JSONL (optionally gzip-compressed, told by its first bytes):
/// one v2 transaction resource per line, blank lines skipped. Lines are decoded one by one and the valid ones taken
/// in batches of 500:
///
/// - `incomingTransactionsFile`: through ``TransactionIngestion``, exactly like events of the API, so they are
///   matched and rewarded by the processing, and a repeated event id changes nothing;
/// - `historicalTransactionsFile`: into the users' merchant history only (``HistoricalPurchaseRecorder``); no
///   reward, no ledger entry.
///
/// After each batch the counts, the errors and the number of lines done are saved in the upload's record, so that
/// processing interrupted by a crash resumes after the last batch. At the end a `fileProcessingResult`
/// notification is queued for the issuer.
public struct TransactionUploadProcessor: Sendable {
    /// Valid lines per batch.
    public static let batchSize = 500
    /// Line errors kept in the record; later ones are counted only.
    public static let maximumReportedErrors = 100
    /// A longer line is refused without being read into memory.
    public static let maximumLineBytes = 1 << 20
    /// At most this many lines between two checkpoints (when few lines are valid).
    static let checkpointLines = 5_000

    private let objects: any ObjectStore
    private let store: any KardStore
    private let ingestion: TransactionIngestion
    private let history: HistoricalPurchaseRecorder
    private let decoder: any TransactionLineDecoder
    private let clock: any WallClock
    private let ids: any IDGenerator
    private let gate: UploadGate

    init(
        objects: any ObjectStore,
        store: any KardStore,
        ingestion: TransactionIngestion,
        history: HistoricalPurchaseRecorder,
        decoder: any TransactionLineDecoder,
        clock: any WallClock,
        ids: any IDGenerator,
        gate: UploadGate
    ) {
        self.objects = objects
        self.store = store
        self.ingestion = ingestion
        self.history = history
        self.decoder = decoder
        self.clock = clock
        self.ids = ids
        self.gate = gate
    }

    /// Processes a received upload, or finishes an interrupted one, and returns its record. An upload in another
    /// state (waiting for its file, processed, failed) is returned as it is.
    /// - Throws: ``DomainError/notFound(resource:id:)`` for an unknown upload; store errors leave the upload
    ///   resumable.
    public func process(_ id: String, in organization: OrganizationID) async throws -> TransactionUpload {
        try await self.gate.withUpload(id) { try await self.run(id, in: organization, restart: false) }
    }

    /// Processes a stored file again from its first line (an operator's retry): incoming events already stored are
    /// repeats and change nothing.
    public func reprocess(_ id: String, in organization: OrganizationID) async throws -> TransactionUpload {
        try await self.gate.withUpload(id) { try await self.run(id, in: organization, restart: true) }
    }

    /// The file uploads received but not processed to their end (after a crash, for example).
    public func pendingUploads() async throws -> [TransactionUpload] {
        var pending: [TransactionUpload] = []
        for key in try await self.objects.keys(withPrefix: "uploads/")
        where key.hasSuffix("/" + TransactionUpload.recordName) {
            guard let data = try await self.objects.data(at: key),
                let upload = try? TransactionUpload.fromRecord(data),
                upload.kind.isFile, upload.status == .received || upload.status == .processing
            else { continue }
            pending.append(upload)
        }
        return pending.sorted { ($0.receivedAt ?? $0.createdAt, $0.id) < ($1.receivedAt ?? $1.createdAt, $1.id) }
    }

    /// Processes every pending upload, oldest first; returns them as processed.
    @discardableResult
    public func processPending() async throws -> [TransactionUpload] {
        var done: [TransactionUpload] = []
        for upload in try await self.pendingUploads() {
            done.append(try await self.process(upload.id, in: upload.organizationID))
        }
        return done
    }

    // MARK: - A run

    private func run(_ id: String, in organization: OrganizationID, restart: Bool) async throws -> TransactionUpload {
        guard let data = try await self.objects.data(at: TransactionUpload.recordKey(id, in: organization)) else {
            throw DomainError.notFound(resource: "Upload", id: id)
        }
        var upload = try TransactionUpload.fromRecord(data)
        guard upload.kind.isFile, let fileKey = upload.fileKey else { return upload }
        if restart, [.processing, .processed, .failed].contains(upload.status) {
            upload.status = .received
            upload.linesDone = 0
            upload.counts = .init()
            upload.errors = []
            upload.failureReason = nil
            upload.finishedAt = nil
        }
        guard upload.status == .received || upload.status == .processing else { return upload }
        upload.status = .processing
        upload.startedAt = upload.startedAt ?? self.clock.now()
        try await self.save(upload)

        var progress = Progress(upload: upload)
        let chunks: AsyncThrowingStream<Data, any Error>
        do {
            chunks = try await self.objects.chunks(of: fileKey)
        } catch ObjectStoreError.notFound {
            progress.upload.status = .failed
            progress.upload.failureReason = "the stored file \(fileKey) is missing"
            progress.upload.finishedAt = self.clock.now()
            try await self.save(progress.upload)
            try await self.notify(progress.upload)
            return progress.upload
        }
        var reader = UploadLineReader(chunks: chunks, maximumLineBytes: Self.maximumLineBytes)
        var lineNumber = 0
        var sinceCheckpoint = 0
        do {
            while let line = try await reader.next() {
                lineNumber += 1
                if lineNumber <= upload.linesDone { continue }
                sinceCheckpoint += 1
                progress.read(line, number: lineNumber, decoder: self.decoder)
                if progress.pending.count >= Self.batchSize || sinceCheckpoint >= Self.checkpointLines {
                    try await self.flush(&progress, linesDone: lineNumber, isGzip: reader.isGzip)
                    sinceCheckpoint = 0
                }
            }
            progress.upload.status = .processed
        } catch let failure as GzipInflater.Failure {
            progress.upload.status = .failed
            progress.upload.failureReason = Self.describe(failure, after: lineNumber)
        }
        progress.upload.finishedAt = self.clock.now()
        try await self.flush(&progress, linesDone: lineNumber, isGzip: reader.isGzip)
        try await self.notify(progress.upload)
        return progress.upload
    }

    /// Takes the pending lines, then saves the record with the lines done.
    private func flush(_ progress: inout Progress, linesDone: Int, isGzip: Bool) async throws {
        let pending = progress.pending
        progress.pending = []
        if !pending.isEmpty {
            switch progress.upload.kind {
            case .incomingTransactionsFile:
                let outcomes = try await self.ingestion.ingest(pending.map(\.input), in: progress.upload.organizationID)
                for (item, outcome) in zip(pending, outcomes) {
                    switch outcome {
                    case .accepted: progress.upload.counts.accepted += 1
                    case .repeated: progress.upload.counts.repeated += 1
                    case .refused(let error):
                        progress.refuse(line: item.line, id: item.input.eventID, Self.problems(of: error))
                    }
                }
            case .historicalTransactionsFile, .userHistory:
                let outcomes = try await self.history.record(
                    pending.map(\.input),
                    in: progress.upload.organizationID,
                    flagged: &progress.flaggedUsers
                )
                for (item, outcome) in zip(pending, outcomes) {
                    progress.count(outcome, line: item.line, id: item.input.eventID)
                }
            }
        }
        progress.commitErrors()
        progress.upload.linesDone = linesDone
        progress.upload.isGzip = isGzip
        try await self.save(progress.upload)
    }

    private func save(_ upload: TransactionUpload) async throws {
        try await self.objects.putData(try upload.recordData(), as: upload.recordKey)
    }

    /// Queues the `fileProcessingResult` notification of a finished upload (once per upload).
    private func notify(_ upload: TransactionUpload) async throws {
        let now = self.clock.now()
        try await self.store.appendNotifications([
            OutboxNotification(
                organizationID: upload.organizationID,
                notificationID: self.ids.uuid().uuidString.lowercased(),
                sourceKey: "upload/\(upload.id)",
                event: .fileProcessingResult,
                content: NotificationContent(message: Self.summary(of: upload)),
                createdAt: now
            )
        ])
    }

    // MARK: - Reporting

    /// A sentence for the issuer: the file and what became of its lines.
    public static func summary(of upload: TransactionUpload) -> String {
        let counts = upload.counts
        let name = "\(upload.kind.rawValue) \(upload.filename ?? upload.id) (upload \(upload.id))"
        var parts = ["\(counts.lines) lines", "\(counts.accepted) accepted"]
        if upload.kind == .incomingTransactionsFile {
            parts.append("\(counts.repeated) repeated")
        } else {
            parts.append("\(counts.purchasesRecorded) purchases recorded")
            parts.append("\(counts.unknownMerchant) at unknown merchants")
        }
        parts.append("\(counts.refused) refused")
        let totals = parts.joined(separator: ", ")
        if upload.status == .failed {
            return
                "\(name) could not be read to its end: \(upload.failureReason ?? "unreadable"). Before that: \(totals)."
        }
        return "\(name) processed: \(totals)."
    }

    static func describe(_ failure: GzipInflater.Failure, after lines: Int) -> String {
        let place = "after line \(lines)"
        switch failure {
        case .notGzip: return "the file is not gzip (\(place))"
        case .truncated: return "the gzip data ends in the middle (\(place)); upload the whole file again"
        case .corrupt(let reason): return "the gzip data is damaged: \(reason) (\(place))"
        }
    }

    /// The problems of a refused event, with pointers into its resource.
    static func problems(of error: DomainError) -> [TransactionLineFailure.Problem] {
        switch error {
        case .invalid(let issues):
            return issues.map { issue in
                let pointer: String? =
                    switch issue.field {
                    case "": nil
                    case "id", "type": "/" + issue.field
                    default: "/attributes/" + issue.field
                    }
                return .init(detail: issue.detail, pointer: pointer)
            }
        case .conflict(let detail):
            return [.init(detail: detail, pointer: "/id")]
        case .notFound(let resource, let id):
            return [.init(detail: "\(resource) \(id) was not found.", pointer: nil)]
        case .forbidden(let detail):
            return [.init(detail: detail, pointer: nil)]
        case .cardAlreadyRegistered:
            return [.init(detail: "The card is registered to another user.", pointer: nil)]
        }
    }
}

/// The state of a run: the record being updated and the lines waiting for the next batch.
private struct Progress {
    var upload: TransactionUpload
    var pending: [(line: Int, input: TransactionInput)] = []
    /// The errors of the lines since the last checkpoint (refusals of a batch come after its decoding errors).
    var newErrors: [TransactionUpload.LineError] = []
    var flaggedUsers: Set<UserID> = []

    init(upload: TransactionUpload) {
        self.upload = upload
    }

    /// Reads one line: blank lines are skipped, the others decoded and queued or refused.
    mutating func read(_ line: UploadLineReader.Line, number: Int, decoder: any TransactionLineDecoder) {
        switch line {
        case .tooLong:
            self.upload.counts.lines += 1
            self.refuse(
                line: number,
                id: nil,
                [
                    .init(
                        detail: "The line is longer than \(TransactionUploadProcessor.maximumLineBytes) bytes.",
                        pointer: nil
                    )
                ]
            )
        case .text(let data):
            guard data.contains(where: { !Self.isBlank($0) }) else { return }
            self.upload.counts.lines += 1
            switch decoder.decode(data) {
            case .success(let input): self.pending.append((number, input))
            case .failure(let failure): self.refuse(line: number, id: failure.id, failure.problems)
            }
        }
    }

    mutating func refuse(line: Int, id: String?, _ problems: [TransactionLineFailure.Problem]) {
        self.upload.counts.refused += 1
        guard self.upload.errors.count < TransactionUploadProcessor.maximumReportedErrors else { return }
        for problem in problems {
            self.newErrors.append(.init(line: line, id: id, detail: problem.detail, pointer: problem.pointer))
        }
    }

    /// Adds the new errors to the record in line order, up to the limit.
    mutating func commitErrors() {
        let room = TransactionUploadProcessor.maximumReportedErrors - self.upload.errors.count
        let ordered = self.newErrors.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
        self.upload.errors += ordered.prefix(max(room, 0)).map(\.element)
        self.newErrors = []
    }

    mutating func count(_ outcome: HistoricalPurchaseRecorder.Outcome, line: Int, id: String) {
        switch outcome {
        case .recorded:
            self.upload.counts.accepted += 1
            self.upload.counts.purchasesRecorded += 1
        case .unknownMerchant:
            self.upload.counts.accepted += 1
            self.upload.counts.unknownMerchant += 1
        case .notPurchase:
            self.upload.counts.accepted += 1
            self.upload.counts.notPurchases += 1
        case .refused(let error):
            self.refuse(line: line, id: id, TransactionUploadProcessor.problems(of: error))
        }
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }
}
