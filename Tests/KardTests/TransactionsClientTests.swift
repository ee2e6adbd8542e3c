import Foundation
import KardModels
import Testing

@testable import Kard

@Suite("Transactions client")
struct TransactionsClientTests {
    @Test("transactions.create posts the Python SDK's body and decodes the 202 job")
    func create() async throws {
        let harness = Harness(script: [.json(202, TransactionFixtures.jobBody)])
        let result = try await harness.client.transactions.createRaw(
            organizationID: "organization-123",
            transactions: [TransactionFixtures.gettingStartedResource]
        )
        #expect(result.status == 202)
        #expect(result.data.job.id == "job-1")
        #expect(result.data.job.type == "job")
        #expect(result.data.job.attributes.status == .queued)
        #expect(result.data.job.attributes.message == "Incoming Transactions event successfully queued for processing")
        #expect(result.data.errors.isEmpty)
        #expect(!result.data.hasErrors)

        let request = try #require(harness.transport.apiRequests.first)
        #expect(request.method == .post)
        #expect(request.url == "https://kard.test/v2/issuers/organization-123/transactions")
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.headers["Authorization"] == "Bearer token-1")
        let body = Data(try #require(request.body))
        #expect(try canonicalJSON(body) == canonicalJSON(Data(TransactionFixtures.gettingStartedBody.utf8)))
    }

    @Test("A 207 is a success that carries the job and the errors")
    func multiStatus() async throws {
        let harness = Harness(script: [.json(207, TransactionFixtures.multiStatusBody)])
        let result = try await harness.client.transactions.create(
            organizationID: "org",
            transactions: [TransactionFixtures.gettingStartedResource]
        )
        #expect(result.job.id == "job-2")
        #expect(result.hasErrors)
        #expect(
            result.errors == [
                ErrorObject(
                    status: "400",
                    title: "Invalid Request",
                    detail: "cardBIN is required",
                    source: ErrorSource(pointer: "/data/1/attributes/cardBIN"),
                    id: "e-2"
                )
            ]
        )
        #expect(harness.transport.apiRequests.count == 1)
    }

    @Test("The organization id is encoded as one path segment; errors throw KardError")
    func errors() async throws {
        let harness = Harness(script: [.status(400)])
        await #expect(throws: KardError.self) {
            try await harness.client.transactions.create(organizationID: "a/b", transactions: [])
        }
        #expect(harness.transport.apiRequests.first?.url == "https://kard.test/v2/issuers/a%2Fb/transactions")
        let body = try jsonObject(harness.transport.apiRequests.first?.body)
        #expect((body["data"] as? [Any])?.isEmpty == true)
    }
}
