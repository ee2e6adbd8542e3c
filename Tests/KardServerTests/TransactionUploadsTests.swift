import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KardCore
import KardModels
import Testing

@testable import KardServer

/// Bulk transaction files (upload URLs, the `PUT`, processing of incoming and historical files, the status
/// endpoints) and the deprecated per-user upload sessions, on a sandbox issuer SHOP with the demo catalog. Files are
/// processed by calling the processor, not by the background service.
@Suite("Transaction uploads")
struct TransactionUploadsTests {
    static let adminToken = String(repeating: "u", count: 40)
    static let newCustomer = "sandbox-SHOP-new-customer"
    static let publicURL = "http://uploads.test"

    /// A platform with uploads kept in a temporary directory.
    struct Harness {
        let test: TestPlatform
        let issuer: IssuerProvisioner.IssuerCredentials
        let uploads: TransactionUploads
        let directory: String

        var org: String { self.issuer.organizationId }
        var processor: TransactionUploadProcessor { self.uploads.service.processor }

        init() async throws {
            self.test = try await TestPlatform()
            self.issuer = try await self.test.platform.createSandboxIssuer(name: "SHOP")
            self.directory =
                FileManager.default.temporaryDirectory
                .appendingPathComponent("kard-uploads-\(UUID().uuidString)").path
            self.uploads = TransactionUploads.fileSystem(
                platform: self.test.platform,
                dataDirectory: self.directory,
                publicURL: TransactionUploadsTests.publicURL + "/"
            )
        }

        func withClient(_ body: @Sendable (any TestClientProtocol, String) async throws -> Void) async throws {
            defer { try? FileManager.default.removeItem(atPath: self.directory) }
            let app = Application(
                router: buildRouter(
                    platform: self.test.platform,
                    adminToken: TransactionUploadsTests.adminToken,
                    uploads: self.uploads
                )
            )
            let issuer = self.issuer
            try await app.test(.router) { client in try await body(client, try await client.token(for: issuer)) }
        }

        /// The lifetime rewards of a user.
        func lifetime(_ client: some TestClientProtocol, token: String, user: String) async throws -> Int {
            let answer = try await client.call(
                .get,
                "/v2/issuers/\(self.org)/users/\(user)/earned-rewards",
                token: token
            )
            #expect(answer.status == .ok, "\(answer.text)")
            return try answer.decode(EarnedRewardsResponse.self).meta.lifetimeRewardsInCents
        }
    }

    /// One v2 event at BaaS Pro Shops as one JSONL line.
    static func line(
        _ id: String,
        user: String = newCustomer,
        transaction: String,
        status: String,
        amount: Int = 10_000,
        on date: Date,
        description: String = "BaaS Pro Shops"
    ) -> String {
        let stamp = date.ISO8601Format()
        let dates =
            switch status {
            case "APPROVED": #""authorizationDate":"\#(stamp)""#
            case "SETTLED": #""authorizationDate":"\#(stamp)","settledDate":"\#(stamp)""#
            default: #""transactionDate":"\#(stamp)""#
            }
        return
            #"{"type":"transaction","id":"\#(id)","attributes":{"userId":"\#(user)","transactionId":"\#(transaction)","amount":\#(amount),"status":"\#(status)","currency":"USD","description":"\#(description)","direction":"DEBIT","paymentType":"CARD","cardBIN":"411111","cardLastFour":"1111",\#(dates)}}"#
    }

    /// Compresses with the system's gzip.
    static func gzip(_ data: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-c"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return compressed
    }

    /// Asks for upload URLs; returns the sessions.
    func create(
        _ client: some TestClientProtocol,
        _ org: String,
        token: String,
        _ files: [(type: String, filename: String)]
    ) async throws -> [TransactionUploadURL] {
        let items = files.map { #"{"type":"\#($0.type)","attributes":{"filename":"\#($0.filename)"}}"# }
        let answer = try await client.call(
            .post,
            "/v2/issuers/\(org)/transactions/uploads",
            token: token,
            json: #"{"data":[\#(items.joined(separator: ","))]}"#
        )
        #expect(answer.status == .created, "\(answer.text)")
        return try answer.decode(TransactionUploadResponse.self).data
    }

    /// `PUT`s a file to an upload URL (its path and query on the test server).
    func put(_ client: some TestClientProtocol, _ url: String, _ body: Data) async throws -> APIAnswer {
        let path = String(url.dropFirst(Self.publicURL.count))
        let response = try await client.execute(uri: path, method: .put, headers: [:], body: ByteBuffer(bytes: body))
        return APIAnswer(status: response.status, headers: response.headers, body: Data(buffer: response.body))
    }

    /// Creates an upload, sends `lines` as its file and processes it.
    func upload(
        _ harness: Harness,
        _ client: some TestClientProtocol,
        token: String,
        type: String = "incomingTransactionsFile",
        filename: String = "day.jsonl",
        _ body: Data
    ) async throws -> TransactionUpload {
        let session = try #require(try await self.create(client, harness.org, token: token, [(type, filename)]).first)
        let answer = try await self.put(client, session.attributes.url, body)
        #expect(answer.status == .ok, "\(answer.text)")
        return try await harness.processor.process(session.id, in: OrganizationID(harness.org))
    }

    func status(_ client: some TestClientProtocol, _ org: String, token: String, _ id: String) async throws
        -> TransactionUploadStatusAttributes
    {
        let answer = try await client.call(.get, "/v2/issuers/\(org)/transactions/uploads/\(id)", token: token)
        #expect(answer.status == .ok, "\(answer.text)")
        return try answer.decode(TransactionUploadStatusResponse.self).data.attributes
    }

    @Test("Upload URLs: 201 with a URL on this server per file; bad items 400 with pointers; another issuer 403")
    func createURLs() async throws {
        let harness = try await Harness()
        let other = try await harness.test.issuer("OTHER")
        try await harness.withClient { client, token in
            let sessions = try await self.create(
                client,
                harness.org,
                token: token,
                [("incomingTransactionsFile", "day.jsonl"), ("historicalTransactionsFile", "past.jsonl.gz")]
            )
            #expect(sessions.map(\.type) == [.incomingTransactionsFile, .historicalTransactionsFile])
            for session in sessions {
                #expect(session.attributes.expiresIn == 900)
                let prefix = "\(Self.publicURL)/uploads/\(session.id)?token="
                #expect(session.attributes.url.hasPrefix(prefix))
                let secret = session.attributes.url.dropFirst(prefix.count)
                #expect(secret.count == 64 && secret.allSatisfy(\.isHexDigit))
                // Only the token's hash is kept.
                let record = try #require(
                    FileManager.default.contents(
                        atPath: "\(harness.directory)/objects/uploads/\(harness.org)/\(session.id)/upload.json"
                    )
                )
                #expect(!String(decoding: record, as: UTF8.self).contains(String(secret)))
                #expect(String(decoding: record, as: UTF8.self).contains("awaitingFile"))
            }

            let url = "/v2/issuers/\(harness.org)/transactions/uploads"
            for (body, pointers) in [
                (#"{"data":[]}"#, ["/data"]),
                (
                    #"{"data":[{"type":"dailyFile","attributes":{"filename":"a.txt"}},{"type":"incomingTransactionsFile","attributes":{"filename":"a/b.jsonl"}},{"type":"incomingTransactionsFile","attributes":{"filename":"upload.json"}},{"type":"incomingTransactionsFile","attributes":{"filename":".jsonl"}}]}"#,
                    [
                        "/data/0/type", "/data/0/attributes/filename", "/data/1/attributes/filename",
                        "/data/2/attributes/filename", "/data/3/attributes/filename",
                    ]
                ),
                (#"{"data":[{"type":"incomingTransactionsFile","attributes":{}}]}"#, ["/data/0/attributes/filename"]),
            ] {
                let answer = try await client.call(.post, url, token: token, json: body)
                #expect(answer.status == .badRequest, "\(body)")
                #expect(try answer.errors.compactMap(\.source?.pointer) == pointers, "\(answer.text)")
            }
            let eleven = Array(
                repeating: #"{"type":"incomingTransactionsFile","attributes":{"filename":"a.json"}}"#,
                count: 11
            )
            let tooMany = try await client.call(
                .post,
                url,
                token: token,
                json: #"{"data":[\#(eleven.joined(separator: ","))]}"#
            )
            #expect(tooMany.status == .badRequest)

            let otherToken = try await client.token(for: other)
            let forbidden = try await client.call(
                .post,
                url,
                token: otherToken,
                json: #"{"data":[{"type":"incomingTransactionsFile","attributes":{"filename":"a.jsonl"}}]}"#
            )
            #expect(forbidden.status == .forbidden)
            let unknown = try await client.call(.get, "\(url)/\(sessions[0].id)", token: otherToken)
            #expect(unknown.status == .forbidden)
            let missing = try await client.call(.get, "\(url)/00000000-0000-0000-0000-000000000000", token: token)
            #expect(missing.status == .notFound)
        }
    }

    @Test("PUT: a wrong, unknown or expired URL is 403, a second PUT 409; the file lands in the object store")
    func putRules() async throws {
        let harness = try await Harness()
        try await harness.withClient { client, token in
            let sessions = try await self.create(
                client,
                harness.org,
                token: token,
                [("incomingTransactionsFile", "a.jsonl"), ("incomingTransactionsFile", "b.jsonl")]
            )
            let url = sessions[0].attributes.url
            let wrongToken = String(url.prefix(while: { $0 != "=" })) + "=" + String(repeating: "0", count: 64)
            for bad in [wrongToken, url.replacingOccurrences(of: sessions[0].id, with: "nope"), "\(url)x"] {
                let answer = try await self.put(client, bad, Data("{}".utf8))
                #expect(answer.status == .forbidden)
                #expect(try answer.errors.first?.status == "403", "\(answer.text)")
            }
            let body = Data(
                (Self.line("e1", transaction: "t1", status: "APPROVED", on: harness.test.clock.now()) + "\n").utf8
            )
            #expect(try await self.put(client, url, body).status == .ok)
            let stored = "\(harness.directory)/objects/uploads/\(harness.org)/\(sessions[0].id)/a.jsonl"
            #expect(FileManager.default.contents(atPath: stored) == body)
            let again = try await self.put(client, url, body)
            #expect(again.status == .conflict)
            #expect(try again.errors.first?.status == "409")
            #expect(try await self.status(client, harness.org, token: token, sessions[0].id).status == "received")

            harness.test.clock.advance(by: 901)
            let expired = try await self.put(client, sessions[1].attributes.url, body)
            #expect(expired.status == .forbidden)
            #expect(try expired.errors.first?.detail.contains("expired") == true)
        }
    }

    @Test("An incoming file: valid lines become events and rewards, bad lines are reported by number; again: no change")
    func incomingFile() async throws {
        let harness = try await Harness()
        let now = harness.test.clock.now().addingTimeInterval(-600)
        try await harness.withClient { client, token in
            let file = [
                Self.line("a1", transaction: "t1", status: "APPROVED", on: now),
                "",
                "not json",
                Self.line("s1", transaction: "t1", status: "SETTLED", on: now),
                Self.line("bad-1", transaction: "t2", status: "SETTLED", on: now)
                    .replacingOccurrences(of: #","settledDate":"\#(now.ISO8601Format())""#, with: ""),
                Self.line("bad-2", transaction: "t3", status: "APPROVED", on: now)
                    .replacingOccurrences(of: #""amount":10000"#, with: #""amount":100.5"#),
            ].joined(separator: "\r\n")
            let upload = try await self.upload(harness, client, token: token, Data(file.utf8))
            #expect(upload.status == .processed)
            #expect(upload.counts.lines == 5)
            #expect(upload.counts.accepted == 2)
            #expect(upload.counts.refused == 3)
            #expect(upload.isGzip == false)
            #expect(upload.errors.map(\.line) == [3, 5, 6])
            #expect(upload.errors.map(\.id) == [nil, "bad-1", "bad-2"])
            #expect(upload.errors.map(\.pointer) == [nil, "/attributes/settledDate", "/attributes/amount"])

            let shown = try await self.status(client, harness.org, token: token, upload.id)
            #expect(shown.status == "processed")
            #expect((shown.lines, shown.accepted, shown.repeated, shown.refused) == (5, 2, 0, 3))
            #expect(shown.errors.first?.line == 3)
            #expect(shown.filename == "day.jsonl")

            #expect(try await harness.test.platform.processor.processPending() == 1)
            #expect(try await harness.lifetime(client, token: token, user: Self.newCustomer) == 420)
            let notifications = try await harness.test.platform.store.notifications(
                in: OrganizationID(harness.org),
                event: .fileProcessingResult,
                afterSequence: nil,
                limit: 10
            )
            #expect(notifications.map(\.sourceKey) == ["upload/\(upload.id)"])
            #expect(notifications.first?.content.message.contains("2 accepted") == true)

            // The same file again, processed again or uploaded anew: repeats only, nothing new.
            let again = try await harness.processor.reprocess(upload.id, in: OrganizationID(harness.org))
            #expect((again.counts.accepted, again.counts.repeated, again.counts.refused) == (0, 2, 3))
            let copy = try await self.upload(harness, client, token: token, filename: "copy.jsonl", Data(file.utf8))
            #expect((copy.counts.accepted, copy.counts.repeated) == (0, 2))
            #expect(try await harness.test.platform.processor.processPending() == 0)
            #expect(try await harness.lifetime(client, token: token, user: Self.newCustomer) == 420)

            // The operator's view.
            let list = try await client.call(
                .get,
                "/admin/uploads?organizationId=\(harness.org)",
                headers: [.authorization: "Bearer \(Self.adminToken)"]
            )
            #expect(list.status == .ok)
            #expect(list.text.contains(upload.id) && list.text.contains(copy.id) && !list.text.contains("tokenHash"))
            let one = try await client.call(
                .get,
                "/admin/uploads/\(upload.id)",
                headers: [.authorization: "Bearer \(Self.adminToken)"]
            )
            #expect(one.status == .ok)
            #expect(one.text.contains(#""linesDone" : 6"#) || one.text.contains(#""linesDone":6"#))
        }
    }

    @Test("Gzip files are recognised by their bytes; a truncated one fails with a reason")
    func gzipFiles() async throws {
        let harness = try await Harness()
        let now = harness.test.clock.now().addingTimeInterval(-600)
        try await harness.withClient { client, token in
            let lines = (1...1_200).map {
                Self.line("g\($0)", transaction: "g\($0)", status: "APPROVED", amount: 1_000, on: now)
            }
            let compressed = try Self.gzip(Data((lines.joined(separator: "\n") + "\n").utf8))
            let upload = try await self.upload(harness, client, token: token, filename: "day.jsonl.gz", compressed)
            #expect(upload.status == .processed)
            #expect(upload.isGzip == true)
            #expect((upload.counts.lines, upload.counts.accepted, upload.counts.refused) == (1_200, 1_200, 0))
            #expect(upload.linesDone == 1_200)

            // The name says JSONL, the bytes say gzip: the bytes win.
            let named = try await self.upload(harness, client, token: token, filename: "plain.jsonl", compressed)
            #expect((named.status, named.counts.repeated) == (.processed, 1_200))

            let truncated = try await self.upload(
                harness,
                client,
                token: token,
                filename: "cut.gz",
                compressed.prefix(compressed.count - 10)
            )
            #expect(truncated.status == .failed)
            #expect(truncated.failureReason?.contains("ends in the middle") == true)
            let shown = try await self.status(client, harness.org, token: token, truncated.id)
            #expect(shown.status == "failed")
            #expect(shown.failureReason != nil)
        }
    }

    @Test("A historical file feeds the targeting history only: no event, no ledger entry, no reward")
    func historicalFile() async throws {
        let harness = try await Harness()
        let now = harness.test.clock.now()
        let recentUser = "recent-buyer"
        let org = OrganizationID(harness.org)
        try await harness.withClient { client, token in
            try await client.enroll(recentUser, in: harness.org, token: token)
            let lapsed = SandboxCatalog.lapsedPurchaseDate(now: now)
            let file = [
                Self.line("h1", transaction: "h1", status: "SETTLED", on: lapsed),
                Self.line(
                    "h2",
                    user: recentUser,
                    transaction: "h2",
                    status: "APPROVED",
                    on: now.addingTimeInterval(-30 * 86_400)
                ),
                Self.line("h3", transaction: "h3", status: "SETTLED", on: lapsed, description: "NO SUCH SHOP"),
                Self.line("h4", transaction: "h4", status: "DECLINED", on: lapsed),
                Self.line("h5", user: "nobody", transaction: "h5", status: "SETTLED", on: lapsed),
            ].joined(separator: "\n")
            let upload = try await self.upload(
                harness,
                client,
                token: token,
                type: "historicalTransactionsFile",
                Data(file.utf8)
            )
            #expect(upload.status == .processed)
            let counts = upload.counts
            #expect((counts.lines, counts.accepted, counts.refused) == (5, 4, 1))
            #expect((counts.purchasesRecorded, counts.unknownMerchant, counts.notPurchases) == (2, 1, 1))
            #expect(upload.errors.map(\.line) == [5])
            #expect(upload.errors.first?.pointer == "/attributes/userId")
            let shown = try await self.status(client, harness.org, token: token, upload.id)
            #expect(shown.purchasesRecorded == 2 && shown.unknownMerchant == 1)

            // Nothing went to the inbox: no reward.
            #expect(try await harness.test.platform.processor.processPending() == 0)
            #expect(try await harness.lifetime(client, token: token, user: Self.newCustomer) == 0)
            let history = try await harness.test.platform.store.purchaseHistory(of: UserID(Self.newCustomer), in: org)
            #expect(history[SandboxCatalog.baasProShopsID]?.lastPurchaseAt == lapsed)
            let user = try await harness.test.platform.store.user(UserID(Self.newCustomer), in: org)
            #expect(user?.profile.historicalTransactionsSent == true)

            // The "new customer" bought there 8 months ago: a purchase now earns the lapsed customers' offer (10%:
            // $3.50 to the cardholder), not the new customers' one (12%: $4.20); the recent buyer is neither new nor
            // lapsed (an everyday offer pays it).
            let incoming = [
                Self.line("n1", transaction: "n1", status: "SETTLED", on: now.addingTimeInterval(-60)),
                Self.line(
                    "n2",
                    user: recentUser,
                    transaction: "n2",
                    status: "SETTLED",
                    on: now.addingTimeInterval(-60)
                ),
            ].joined(separator: "\n")
            let processed = try await self.upload(
                harness,
                client,
                token: token,
                filename: "now.jsonl",
                Data(incoming.utf8)
            )
            #expect(processed.counts.accepted == 2)
            #expect(try await harness.test.platform.processor.processPending() == 2)
            #expect(try await harness.lifetime(client, token: token, user: Self.newCustomer) == 350)
            let recent = try await client.call(
                .get,
                "/v2/issuers/\(harness.org)/users/\(recentUser)/earned-rewards",
                token: token
            )
            let recentOffers = try recent.decode(EarnedRewardsResponse.self).data.compactMap(
                \.relationships?.offer.data.id
            )
            #expect(recentOffers.count == 1)
            #expect(!recentOffers.contains(SandboxCatalog.baasNewCustomerOfferID.rawValue))

            // Processing the historical file again leaves the history as it was.
            _ = try await harness.processor.reprocess(upload.id, in: org)
            let after = try await harness.test.platform.store.purchaseHistory(of: UserID(Self.newCustomer), in: org)
            #expect(
                after[SandboxCatalog.baasProShopsID]?.firstPurchaseAt
                    == history[SandboxCatalog.baasProShopsID]?.firstPurchaseAt
            )
        }
    }

    @Test("An interrupted upload resumes after its last checkpoint")
    func resume() async throws {
        let harness = try await Harness()
        let now = harness.test.clock.now().addingTimeInterval(-600)
        try await harness.withClient { client, token in
            let lines = (1...4).map {
                Self.line("r\($0)", transaction: "r\($0)", status: "APPROVED", amount: 500, on: now)
            }
            let session = try #require(
                try await self.create(client, harness.org, token: token, [("incomingTransactionsFile", "r.jsonl")])
                    .first
            )
            #expect(
                try await self.put(client, session.attributes.url, Data(lines.joined(separator: "\n").utf8)).status
                    == .ok
            )
            // As if the process died after a checkpoint at line 2 whose events were stored.
            let organization = OrganizationID(harness.org)
            _ = try await harness.test.platform.ingestion.ingest(
                [
                    try WireTransactionLineDecoder().decode(Data(lines[0].utf8)).get(),
                    try WireTransactionLineDecoder().decode(Data(lines[1].utf8)).get(),
                ],
                in: organization
            )
            let key = TransactionUpload.recordKey(session.id, in: organization)
            var record = try TransactionUpload.fromRecord(try #require(try await harness.uploads.objects.data(at: key)))
            record.status = .processing
            record.linesDone = 2
            record.counts.lines = 2
            record.counts.accepted = 2
            try await harness.uploads.objects.putData(try record.recordData(), as: key)

            let pending = try await harness.processor.pendingUploads()
            #expect(pending.map(\.id) == [session.id])
            let done = try await harness.processor.processPending()
            #expect(done.map(\.status) == [.processed])
            #expect((done.first?.counts.accepted, done.first?.counts.repeated) == (4, 0))
            #expect(try await harness.processor.pendingUploads().isEmpty)

            // A received file that vanished from the store fails with a reason instead of staying pending.
            let lost = try #require(
                try await self.create(client, harness.org, token: token, [("incomingTransactionsFile", "lost.jsonl")])
                    .first
            )
            #expect(try await self.put(client, lost.attributes.url, Data(lines[0].utf8)).status == .ok)
            try FileManager.default.removeItem(
                atPath: "\(harness.directory)/objects/uploads/\(harness.org)/\(lost.id)/lost.jsonl"
            )
            let failed = try await harness.processor.processPending()
            #expect(failed.map(\.status) == [.failed])
            #expect(failed.first?.failureReason?.contains("missing") == true)
        }
    }

    @Test("The deprecated per-user uploads: start, parts for that user only, complete once")
    func perUserUploads() async throws {
        let harness = try await Harness()
        let org = harness.org
        let lapsed = SandboxCatalog.lapsedPurchaseDate(now: harness.test.clock.now())
        try await harness.withClient { client, token in
            let base = "/v2/issuers/\(org)/users/\(Self.newCustomer)/uploads"
            let start = try await client.call(
                .post,
                base,
                token: token,
                json: #"{"data":{"type":"historicalTransactionStart","attributes":{}}}"#
            )
            #expect(start.status == .ok, "\(start.text)")
            let session = try start.decode(TransactionUploadSessionDocument.self).data
            #expect(session.type == TransactionUploadSessionResource.startType)
            let id = try #require(session.id)

            let unknownUser = try await client.call(
                .post,
                "/v2/issuers/\(org)/users/nobody/uploads",
                token: token,
                json: #"{"data":{"type":"historicalTransactionStart","attributes":{}}}"#
            )
            #expect(unknownUser.status == .notFound)

            let mine = Self.line("p1", transaction: "p1", status: "SETTLED", on: lapsed)
                .replacingOccurrences(of: #""type":"transaction""#, with: #""type":"historicalTransaction""#)
            let theirs = Self.line(
                "p2",
                user: "sandbox-SHOP-lapsed-customer",
                transaction: "p2",
                status: "SETTLED",
                on: lapsed
            )
            .replacingOccurrences(of: #""type":"transaction""#, with: #""type":"historicalTransaction""#)
            let part = try await client.call(
                .put,
                "\(base)/\(id)/parts",
                token: token,
                json: #"{"data":[\#(mine),\#(theirs)]}"#
            )
            #expect(part.status.code == 207, "\(part.text)")
            let partAnswer = try part.decode(TransactionUploadPartResponse.self)
            #expect(partAnswer.data.map(\.id) == ["p1"])
            #expect(partAnswer.errors?.map(\.id) == ["p2"])
            #expect(partAnswer.errors?.first?.source?.pointer == "/data/1/attributes/userId")
            let history = try await harness.test.platform.store.purchaseHistory(
                of: UserID(Self.newCustomer),
                in: OrganizationID(org)
            )
            #expect(history[SandboxCatalog.baasProShopsID]?.lastPurchaseAt == lapsed)

            let missing = try await client.call(
                .put,
                "\(base)/\(UUID().uuidString)/parts",
                token: token,
                json: #"{"data":[\#(mine)]}"#
            )
            #expect(missing.status == .notFound)

            let completeBody = #"{"data":{"type":"historicalTransactionComplete","id":"\#(id)","attributes":{}}}"#
            let complete = try await client.call(.put, "\(base)/\(id)", token: token, json: completeBody)
            #expect(complete.status == .ok, "\(complete.text)")
            #expect(
                try complete.decode(TransactionUploadSessionDocument.self).data.type == "historicalTransactionComplete"
            )
            #expect(try await client.call(.put, "\(base)/\(id)", token: token, json: completeBody).status == .conflict)
            let late = try await client.call(.put, "\(base)/\(id)/parts", token: token, json: #"{"data":[\#(mine)]}"#)
            #expect(late.status == .conflict)
            let user = try await harness.test.platform.store.user(UserID(Self.newCustomer), in: OrganizationID(org))
            #expect(user?.profile.historicalTransactionsSent == true)

            let admin = try await client.call(
                .get,
                "/admin/uploads/\(id)",
                headers: [.authorization: "Bearer \(Self.adminToken)"]
            )
            #expect(admin.status == .ok)
            #expect(admin.text.contains("userHistory"))
        }
    }
}
