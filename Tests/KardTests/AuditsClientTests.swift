import Foundation
import KardModels
import Testing

@testable import Kard

@Suite("Audits client")
struct AuditsClientTests {
    static let sdkAudit = AuditRequestResource(
        attributes: AuditRequestAttributes(
            auditCode: 8001,
            merchantName: "Caribbean Goodness",
            auditDescription: "duplicate transaction",
            transactionId: "issuerTransaction123"
        )
    )

    @Test("transactions.createAudits posts the Python SDK's body and decodes the 201 answer")
    func create() async throws {
        let harness = Harness(script: [.json(201, EarnedRewardsFixtures.auditsResponse)])
        let response = try await harness.client.transactions.createAuditsRaw(
            organizationID: "organization-123",
            userID: "user-123",
            audits: [Self.sdkAudit]
        )
        #expect(response.status == 201)
        #expect(
            response.data
                == CreateAuditsResponse(data: [
                    AuditResponseResource(
                        id: "d80a6f28-1b24-4d65-9e42-e1cf3379bc98",
                        attributes: AuditResponseAttributes(transactionId: "issuerTransaction123")
                    )
                ])
        )
        #expect(response.data.errors == nil)
        #expect(!response.data.hasErrors)

        let request = try #require(harness.transport.apiRequests.first)
        #expect(request.method == .post)
        #expect(request.url == "https://kard.test/v2/issuers/organization-123/users/user-123/audits")
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.headers["Authorization"] == "Bearer token-1")
        let body = Data(try #require(request.body))
        #expect(try canonicalJSON(body) == canonicalJSON(Data(EarnedRewardsFixtures.auditsRequest.utf8)))
    }

    @Test("The convenience initialiser and named codes send the same body")
    func namedCodes() async throws {
        let harness = Harness()
        let result = try await harness.client.transactions.createAudits(
            organizationID: "org",
            userID: "u1",
            audits: [
                AuditRequestResource(
                    auditCode: .other,
                    merchantName: "Caribbean Goodness",
                    auditDescription: "duplicate transaction",
                    transactionId: "issuerTransaction123"
                ),
                AuditRequestResource(
                    auditCode: .missingCashbackAward,
                    merchantName: "M",
                    auditDescription: "missing",
                    transactionId: "t-2"
                ),
            ]
        )
        let body = try jsonObject(harness.transport.apiRequests.first?.body)
        let data = try #require(body["data"] as? [[String: Any]])
        #expect(data.count == 2)
        #expect(data.map { $0["type"] as? String } == ["audit", "audit"])
        #expect(data.allSatisfy { $0["id"] == nil })
        let attributes = data.compactMap { $0["attributes"] as? [String: Any] }
        #expect(attributes.map { $0["auditCode"] as? Int } == [8001, 3006])
        #expect(attributes.map { $0["transactionId"] as? String } == ["issuerTransaction123", "t-2"])
        // The mock's empty `{}` answer still decodes, as no audits.
        #expect(result == CreateAuditsResponse(data: []))
        #expect(harness.transport.apiRequests.count == 1)
    }

    @Test("A 207 is a success that carries the created audits and the errors")
    func multiStatus() async throws {
        let harness = Harness(script: [.json(207, EarnedRewardsFixtures.auditsMultiStatus)])
        let response = try await harness.client.transactions.createAuditsRaw(
            organizationID: "org",
            userID: "u1",
            audits: [Self.sdkAudit, Self.sdkAudit]
        )
        #expect(response.status == 207)
        #expect(response.data.data.map(\.id) == ["a-1"])
        #expect(response.data.hasErrors)
        #expect(
            response.data.errors == [
                ErrorObject(
                    status: "404",
                    title: "Not Found",
                    detail: "Transaction t-2 not found",
                    source: ErrorSource(pointer: "/data/1/attributes/transactionId"),
                    id: "t-2"
                )
            ]
        )
        #expect(harness.transport.apiRequests.count == 1)
    }

    @Test("A 207 without data decodes with no audits")
    func multiStatusWithoutData() async throws {
        let harness = Harness(script: [
            .json(207, #"{"errors":[{"status":"409","title":"Conflict","detail":"Audit exists","id":"t-1"}]}"#)
        ])
        let response = try await harness.client.transactions.createAudits(
            organizationID: "org",
            userID: "u1",
            audits: [Self.sdkAudit]
        )
        #expect(response.data.isEmpty)
        #expect(response.errors?.map(\.id) == ["t-1"])
    }

    @Test("Ids are encoded as one path segment; errors throw KardError")
    func errors() async throws {
        let harness = Harness(script: [.status(404)])
        let error = await #expect(throws: KardError.self) {
            try await harness.client.transactions.createAudits(organizationID: "o/1", userID: "u 1", audits: [])
        }
        #expect(error?.code == .notFound)
        #expect(harness.transport.apiRequests.first?.url == "https://kard.test/v2/issuers/o%2F1/users/u%201/audits")
        let body = try jsonObject(harness.transport.apiRequests.first?.body)
        #expect((body["data"] as? [Any])?.isEmpty == true)
    }
}

@Suite("Audit wire types")
struct AuditModelTests {
    @Test("The SDK's audit request and answer examples round-trip")
    func v2Examples() throws {
        let request = try roundTrip(CreateAuditsRequest.self, EarnedRewardsFixtures.auditsRequest)
        #expect(request.data == [AuditsClientTests.sdkAudit])
        #expect(request.data.first?.attributes.auditCode == .other)
        let response = try roundTrip(CreateAuditsResponse.self, EarnedRewardsFixtures.auditsResponse)
        #expect(response.data.first?.type == "audit")
        let multi = try roundTrip(CreateAuditsResponse.self, EarnedRewardsFixtures.auditsMultiStatus)
        #expect(multi.errors?.first?.source?.pointer == "/data/1/attributes/transactionId")
    }

    @Test("Audit codes are integers on the wire; unknown codes and statuses decode")
    func codes() throws {
        #expect(AuditCode.incorrectCashbackClaim.rawValue == 3005)
        #expect(AuditCode.missingCashbackAward.rawValue == 3006)
        #expect(AuditCode.other == 8001)
        #expect(AuditCode.documented == [3005, 3006, 8001])
        #expect(
            AuditResolutionCode.documented.map(\.rawValue) == [
                5001, 5002, 5003, 5004, 5005, 5006, 5007, 5008, 5009, 9001, 9002, 9003, 9004, 9005,
            ]
        )
        #expect(AuditResolutionCode.noChangeNeeded.description == "5009")
        #expect(
            try JSONDecoder().decode([AuditCode].self, from: Data("[1234,3005]".utf8)) == [
                1234, .incorrectCashbackClaim,
            ]
        )
        #expect(String(decoding: try JSONEncoder().encode([AuditCode.other]), as: UTF8.self) == "[8001]")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(AuditCode.self, from: Data(#""8001""#.utf8))
        }
        #expect(AuditStatusValue.inProgress.rawValue == "IN_PROGRESS")
        #expect(try JSONDecoder().decode(AuditStatusValue.self, from: Data(#""REOPENED""#.utf8)).rawValue == "REOPENED")
    }

    @Test("The legacy audit request encodes the legacy field names and omits absent optionals")
    func legacyRequest() throws {
        let minimal = LegacyCreateAuditRequest(
            transactionId: "txn-1",
            auditCode: .missingCashbackAward,
            merchantName: "Target",
            auditDescription: "No cashback",
            preferredContactEmail: "ops@issuer.test",
            issuer: "Issuer"
        )
        let expected = #"""
            {"transactionId":"txn-1","auditCode":3006,"merchantName":"Target","auditDescription":"No cashback",
             "preferredContactEmail":"ops@issuer.test","issuer":"Issuer"}
            """#
        #expect(try canonicalJSON(JSONEncoder().encode(minimal)) == canonicalJSON(Data(expected.utf8)))

        let full = #"""
            {"transactionId":"txn-1","auditCode":3005,"merchantName":"Target","auditDescription":"Wrong amount",
             "preferredContactEmail":"ops@issuer.test","issuer":"Issuer","transactionAmountInCents":2599,
             "referringPartnerUserId":"u1","merchantId":"5f3e2d1c40abc50008cc4821","submitterName":"Ann"}
            """#
        let decoded = try roundTrip(LegacyCreateAuditRequest.self, full)
        #expect(decoded.auditCode == .incorrectCashbackClaim)
        #expect(decoded.transactionAmountInCents == 2599)
        #expect(decoded.referringPartnerUserId == "u1")
        #expect(decoded.merchantId == "5f3e2d1c40abc50008cc4821")
        #expect(decoded.submitterName == "Ann")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(LegacyCreateAuditRequest.self, from: Data(#"{"transactionId":"t"}"#.utf8))
        }
    }

    @Test("The legacy audit answer maps _id, and carries the resolution once closed")
    func legacyResponse() throws {
        let created = #"""
            {"_id":"66f0c0ffee0000000000abcd","transactionId":"txn-1","auditCode":3006,"merchantName":"Target",
             "auditDescription":"No cashback","preferredContactEmail":"ops@issuer.test","status":"NEW",
             "referringPartnerUserId":"u1"}
            """#
        let audit = try roundTrip(LegacyAuditResponse.self, created)
        #expect(audit.id == "66f0c0ffee0000000000abcd")
        #expect(audit.status == .new)
        #expect(audit.resolutionCode == nil)

        let closed = #"""
            {"_id":"66f0c0ffee0000000000abcd","transactionId":"txn-1","auditCode":3006,"merchantName":"Target",
             "auditDescription":"No cashback","preferredContactEmail":"ops@issuer.test","status":"CLOSED",
             "transactionAmountInCents":2599,"merchantId":"5f3e2d1c40abc50008cc4821","submitterName":"Ann",
             "resolutionCode":5007,"resolutionDescription":"Resent through webhook",
             "resolutionTimeStamp":"2026-02-01T10:00:00.000Z"}
            """#
        let resolved = try roundTrip(LegacyAuditResponse.self, closed)
        #expect(resolved.status == .closed)
        #expect(resolved.resolutionCode == .resentThroughWebhook)
        #expect(resolved.resolutionDescription == "Resent through webhook")
        #expect(resolved.resolutionTimeStamp?.date == Date(timeIntervalSince1970: 1_769_940_000))

        let built = LegacyAuditResponse(
            id: "66f0c0ffee0000000000abcd",
            transactionId: "txn-1",
            auditCode: 3006,
            merchantName: "Target",
            auditDescription: "No cashback",
            preferredContactEmail: "ops@issuer.test",
            status: .new,
            referringPartnerUserId: "u1"
        )
        #expect(try canonicalJSON(JSONEncoder().encode(built)) == canonicalJSON(Data(created.utf8)))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(
                LegacyAuditResponse.self,
                from: Data(String(created).replacingOccurrences(of: "\"_id\"", with: "\"id\"").utf8)
            )
        }
    }
}
