import Foundation
import KardModels
import Testing

@testable import Kard

@Suite("Fraud markers and upload clients")
struct FraudAndUploadsClientTests {
    // MARK: Fraud markers

    @Test("transactions.createFraudMarkers posts the Python SDK's body to /fraud and decodes the echo")
    func fraud() async throws {
        let harness = Harness(script: [.json(201, EarnedRewardsFixtures.fraudResponse)])
        let response = try await harness.client.transactions.createFraudMarkersRaw(
            organizationID: "organization-123",
            fraudulentTransactions: [
                FraudulentTransactionResource(
                    id: "myTxnId12345",
                    attributes: FraudulentTransactionAttributes(userId: "userId123")
                )
            ]
        )
        #expect(response.status == 201)
        #expect(response.data.data == [FraudulentTransactionResource(transactionId: "myTxnId123", userId: "user123")])
        #expect(response.data.errors == nil)
        #expect(!response.data.hasErrors)

        let request = try #require(harness.transport.apiRequests.first)
        #expect(request.method == .post)
        #expect(request.url == "https://kard.test/v2/issuers/organization-123/fraud")
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.headers["Authorization"] == "Bearer token-1")
        let body = Data(try #require(request.body))
        #expect(try canonicalJSON(body) == canonicalJSON(Data(EarnedRewardsFixtures.fraudRequest.utf8)))
    }

    @Test("A fraud 207 is a success with the recorded markers and the errors")
    func fraudMultiStatus() async throws {
        let harness = Harness(script: [
            .json(
                207,
                #"""
                {"data":[{"type":"fraudulentTransaction","id":"t-1","attributes":{"userId":"u1"}}],
                 "errors":[{"status":"404","title":"Not Found","detail":"Transaction not found","id":"t-2"}]}
                """#
            )
        ])
        let markers = try await harness.client.transactions.createFraudMarkers(
            organizationID: "org",
            fraudulentTransactions: [
                FraudulentTransactionResource(transactionId: "t-1", userId: "u1"),
                FraudulentTransactionResource(transactionId: "t-2", userId: "u1"),
            ]
        )
        #expect(markers.data.map(\.id) == ["t-1"])
        #expect(markers.hasErrors)
        #expect(markers.errors?.map(\.id) == ["t-2"])
        let body = try jsonObject(harness.transport.apiRequests.first?.body)
        let data = try #require(body["data"] as? [[String: Any]])
        #expect(data.map { $0["id"] as? String } == ["t-1", "t-2"])
        #expect(data.map { $0["type"] as? String } == ["fraudulentTransaction", "fraudulentTransaction"])
    }

    @Test("Fraud errors throw KardError; the organization id is one path segment")
    func fraudErrors() async throws {
        let harness = Harness(script: [.status(400)])
        let error = await #expect(throws: KardError.self) {
            try await harness.client.transactions.createFraudMarkers(organizationID: "a/b", fraudulentTransactions: [])
        }
        #expect(error?.code == .badRequest)
        #expect(harness.transport.apiRequests.map(\.url) == ["https://kard.test/v2/issuers/a%2Fb/fraud"])
    }

    // MARK: Bulk upload URLs

    @Test("transactions.createBulkTransactionsUploadURL posts the SDK's body and decodes the SDK's example answer")
    func uploadURLs() async throws {
        let harness = Harness(script: [.json(201, EarnedRewardsFixtures.uploadsResponse)])
        let response = try await harness.client.transactions.createBulkTransactionsUploadURLRaw(
            organizationID: "organization-123",
            files: [
                TransactionUploadFile(type: .incomingTransactionsFile, filename: "transaction_12345.jsonl"),
                TransactionUploadFile(
                    type: .historicalTransactionsFile,
                    attributes: TransactionUploadFileAttributes(filename: "transaction_67890.jsonl")
                ),
            ]
        )
        #expect(response.status == 201)
        #expect(response.data.data.map(\.id) == ["2NxKz7TYmqVH8UrjGP1xK3hF2gs", "3PqLa8UZnrWI9VskHQ2yL4iG3ht"])
        #expect(response.data.data.map(\.type) == [.incomingTransactionsFile, .incomingTransactionsFile])
        #expect(response.data.data.first?.attributes.url == "https://s3.amazonaws.com/bucket/key1?X-Amz-Algorithm=...")
        #expect(response.data.data.map(\.attributes.expiresIn) == [900, 900])

        let request = try #require(harness.transport.apiRequests.first)
        #expect(request.method == .post)
        #expect(request.url == "https://kard.test/v2/issuers/organization-123/transactions/uploads")
        #expect(request.headers["Content-Type"] == "application/json")
        let body = Data(try #require(request.body))
        #expect(try canonicalJSON(body) == canonicalJSON(Data(EarnedRewardsFixtures.uploadsRequest.utf8)))
    }

    @Test("Upload URL errors throw KardError (403)")
    func uploadURLErrors() async throws {
        let harness = Harness(script: [.status(403)])
        let error = await #expect(throws: KardError.self) {
            try await harness.client.transactions.createBulkTransactionsUploadURL(organizationID: "org", files: [])
        }
        #expect(error?.code == .forbidden)
        #expect(harness.transport.apiRequests.count == 1)
    }

    // MARK: Deprecated per-user uploads

    @Test("users.uploads: start, add a part, complete — paths, methods and bodies of the v2 spec")
    func perUserUploads() async throws {
        let harness = Harness(script: [
            .json(200, #"{"data":{"type":"historicalTransactionStart","id":"up-1","attributes":{}}}"#),
            .json(200, #"{"data":[{"type":"historicalTransaction","id":"up-1","attributes":{}}]}"#),
            .json(200, #"{"data":{"type":"historicalTransactionComplete","id":"up-1","attributes":{}}}"#),
        ])
        let uploads = harness.client.users.uploads
        let started = try await uploads.create(organizationID: "org", userID: "u1")
        #expect(started == TransactionUploadSessionResource(type: "historicalTransactionStart", id: "up-1"))
        let uploadID = try #require(started.id)

        let historical = TransactionResource.historicalTransaction(
            id: "evt-1",
            attributes: TransactionFixtures.gettingStartedResource.attributes
        )
        #expect(historical.type == "historicalTransaction")
        let part = try await uploads.createPart(
            organizationID: "org",
            userID: "u1",
            uploadID: uploadID,
            transactions: [historical]
        )
        #expect(
            part.data == [TransactionUploadSessionResource(type: TransactionUploadSessionResource.partType, id: "up-1")]
        )
        #expect(!part.hasErrors)

        let completed = try await uploads.update(organizationID: "org", userID: "u1", uploadID: uploadID)
        #expect(completed.type == TransactionUploadSessionResource.completeType)

        let requests = harness.transport.apiRequests
        #expect(requests.map(\.method) == [.post, .put, .put])
        #expect(
            requests.map(\.url) == [
                "https://kard.test/v2/issuers/org/users/u1/uploads",
                "https://kard.test/v2/issuers/org/users/u1/uploads/up-1/parts",
                "https://kard.test/v2/issuers/org/users/u1/uploads/up-1",
            ]
        )
        let bodies = try requests.map { Data(try #require($0.body)) }
        #expect(
            try canonicalJSON(bodies[0])
                == canonicalJSON(Data(#"{"data":{"type":"historicalTransactionStart","attributes":{}}}"#.utf8))
        )
        let partBody = try jsonObject(requests[1].body)
        let items = try #require(partBody["data"] as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items.first?["type"] as? String == "historicalTransaction")
        #expect(items.first?["id"] as? String == "evt-1")
        let attributes = try #require(items.first?["attributes"] as? [String: Any])
        #expect(attributes["transactionId"] as? String == "12345611")
        #expect(attributes["cardBIN"] as? String == "123456")
        #expect(
            try canonicalJSON(bodies[2])
                == canonicalJSON(
                    Data(#"{"data":{"type":"historicalTransactionComplete","id":"up-1","attributes":{}}}"#.utf8)
                )
        )
    }

    @Test("users.uploads: a part's 207 carries the errors; ids are encoded as path segments")
    func perUserUploadsMultiStatus() async throws {
        let harness = Harness(script: [
            .json(207, #"{"errors":[{"status":"400","title":"Invalid","detail":"amount is required","id":"evt-2"}]}"#),
            .status(400),
        ])
        let uploads = harness.client.users.uploads
        let part = try await uploads.createPart(organizationID: "o", userID: "u/1", uploadID: "a b", transactions: [])
        #expect(part.data.isEmpty)
        #expect(part.errors?.first?.id == "evt-2")
        let error = await #expect(throws: KardError.self) {
            try await uploads.update(organizationID: "o", userID: "u/1", uploadID: "a b")
        }
        #expect(error?.code == .badRequest)
        #expect(
            harness.transport.apiRequests.map(\.url) == [
                "https://kard.test/v2/issuers/o/users/u%2F1/uploads/a%20b/parts",
                "https://kard.test/v2/issuers/o/users/u%2F1/uploads/a%20b",
            ]
        )
    }
}

@Suite("Fraud and upload wire types")
struct FraudAndUploadsModelTests {
    @Test("The SDK's fraud, upload request and upload answer examples round-trip")
    func examples() throws {
        let fraud = try roundTrip(FraudMarkersRequest.self, EarnedRewardsFixtures.fraudRequest)
        #expect(fraud.data == [FraudulentTransactionResource(transactionId: "myTxnId12345", userId: "userId123")])
        let echo = try roundTrip(FraudMarkersResponse.self, EarnedRewardsFixtures.fraudResponse)
        #expect(echo.data.first?.attributes.userId == "user123")
        let uploads = try roundTrip(TransactionUploadRequest.self, EarnedRewardsFixtures.uploadsRequest)
        #expect(uploads.data.map(\.type) == [.incomingTransactionsFile, .historicalTransactionsFile])
        #expect(uploads.data.map(\.attributes.filename) == ["transaction_12345.jsonl", "transaction_67890.jsonl"])
        let urls = try roundTrip(TransactionUploadResponse.self, EarnedRewardsFixtures.uploadsResponse)
        #expect(urls.data.count == 2)
    }

    @Test("Built values encode to the wire shapes; absent errors are not sent")
    func encoding() throws {
        let response = FraudMarkersResponse(data: [FraudulentTransactionResource(transactionId: "t", userId: "u")])
        #expect(
            try canonicalJSON(JSONEncoder().encode(response))
                == canonicalJSON(
                    Data(#"{"data":[{"type":"fraudulentTransaction","id":"t","attributes":{"userId":"u"}}]}"#.utf8)
                )
        )
        let urls = TransactionUploadResponse(data: [
            TransactionUploadURL(
                type: .historicalTransactionsFile,
                id: "s-1",
                attributes: TransactionUploadURLAttributes(url: "https://storage.test/put", expiresIn: 900)
            )
        ])
        let expected = #"""
            {"data":[{"type":"historicalTransactionsFile","id":"s-1","attributes":{"url":"https://storage.test/put","expiresIn":900}}]}
            """#
        #expect(try canonicalJSON(JSONEncoder().encode(urls)) == canonicalJSON(Data(expected.utf8)))
        let part = TransactionUploadPartResponse(
            data: [TransactionUploadSessionResource(type: TransactionUploadSessionResource.partType, id: "up-1")],
            errors: [ErrorObject(status: "400", title: "Invalid", detail: "d", id: "e")]
        )
        let partJSON = #"""
            {"data":[{"type":"historicalTransaction","id":"up-1","attributes":{}}],
             "errors":[{"status":"400","title":"Invalid","detail":"d","id":"e"}]}
            """#
        #expect(try canonicalJSON(JSONEncoder().encode(part)) == canonicalJSON(Data(partJSON.utf8)))
        #expect(
            try canonicalJSON(JSONEncoder().encode(TransactionUploadSessionDocument(data: .start())))
                == canonicalJSON(Data(#"{"data":{"type":"historicalTransactionStart","attributes":{}}}"#.utf8))
        )
    }

    @Test("Unknown upload types decode; a fraud marker without attributes does not")
    func openAndRequired() throws {
        let file = try JSONDecoder().decode(
            TransactionUploadFile.self,
            from: Data(#"{"type":"returnsFile","attributes":{"filename":"r.jsonl"}}"#.utf8)
        )
        #expect(file.type.rawValue == "returnsFile")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(
                FraudulentTransactionResource.self,
                from: Data(#"{"type":"fraudulentTransaction","id":"t"}"#.utf8)
            )
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(
                TransactionUploadURL.self,
                from: Data(#"{"type":"incomingTransactionsFile","id":"s","attributes":{"url":"u"}}"#.utf8)
            )
        }
    }
}
