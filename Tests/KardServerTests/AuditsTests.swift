import Foundation
import Hummingbird
import HummingbirdTesting
import KardCore
import KardModels
import Testing

@testable import KardServer

@Suite("Audits")
struct AuditsTests {
    static let adminToken = String(repeating: "q", count: 40)
    static let user = "sandbox-AUDIT-new-customer"

    static func audit(code: Int = 3006, transaction: String = "t-missing") -> String {
        #"{"type":"audit","attributes":{"auditCode":\#(code),"merchantName":"BaaS Pro Shops","auditDescription":"No cash back for my purchase","transactionId":"\#(transaction)"}}"#
    }

    @Test("v2 audits: 201 with ids, 409 for a second open audit, 207 for a mixed batch, 404 for an unknown user")
    func createV2() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.platform.createSandboxIssuer(name: "AUDIT")
        let org = issuer.organizationId
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            let uri = "/v2/issuers/\(org)/users/\(Self.user)/audits"
            let created = try await client.call(.post, uri, token: token, json: #"{"data":[\#(Self.audit())]}"#)
            #expect(created.status == .created, "\(created.text)")
            let body = try created.decode(CreateAuditsResponse.self)
            #expect(body.data.first?.attributes.transactionId == "t-missing")
            let id = try #require(body.data.first?.id)
            #expect(try await test.platform.store.audit(id, in: OrganizationID(org))?.status == .new)

            let again = try await client.call(.post, uri, token: token, json: #"{"data":[\#(Self.audit())]}"#)
            #expect(again.status == .conflict)

            let mixed = try await client.call(
                .post,
                uri,
                token: token,
                json: #"{"data":[\#(Self.audit(code: 3005)),\#(Self.audit(code: 1234))]}"#
            )
            #expect(mixed.status.code == 207, "\(mixed.text)")
            let mixedBody = try mixed.decode(CreateAuditsResponse.self)
            #expect(mixedBody.data.count == 1)
            #expect(mixedBody.errors?.first?.source?.pointer == "/data/1/attributes/auditCode")

            let unknown = try await client.call(
                .post,
                "/v2/issuers/\(org)/users/nobody/audits",
                token: token,
                json: #"{"data":[\#(Self.audit())]}"#
            )
            #expect(unknown.status == .notFound)
            let notifications = try await test.platform.store.notifications(
                in: OrganizationID(org),
                event: .auditUpdate,
                afterSequence: nil,
                limit: 10
            )
            #expect(notifications.count == 2)
            #expect(notifications.first?.content.audit?.status == .new)
        }
    }

    @Test("The operator closes an audit with a grant; the reward lands in the ledger and the legacy GET shows it")
    func resolveWithGrant() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.platform.createSandboxIssuer(name: "AUDIT")
        let org = issuer.organizationId
        try await test.withClient(adminToken: Self.adminToken) { client in
            let token = try await client.token(for: issuer)
            let legacy = try await client.call(
                .post,
                "/transactions/audit",
                token: token,
                json: #"""
                    {"transactionId":"t-9","auditCode":3006,"merchantName":"BaaS Pro Shops",
                     "auditDescription":"Missing reward","preferredContactEmail":"ops@issuer.example",
                     "issuer":"AUDIT","referringPartnerUserId":"\#(Self.user)","transactionAmountInCents":5000}
                    """#
            )
            #expect(legacy.status == .created, "\(legacy.text)")
            let created = try legacy.decode(LegacyAuditResponse.self)
            #expect(created.status == .new)
            let admin: HTTPFields = [.authorization: "Bearer \(Self.adminToken)"]
            let refused = try await client.call(
                .post,
                "/admin/audits/\(created.id)/resolve",
                json: #"{"status":"CLOSED","resolutionCode":1}"#,
                headers: admin
            )
            #expect(refused.status == .badRequest)
            let closed = try await client.call(
                .post,
                "/admin/audits/\(created.id)/resolve",
                json:
                    #"{"status":"CLOSED","resolutionCode":5004,"adjustmentCents":250,"offerId":"\#(SandboxCatalog.baasNewCustomerOfferID)"}"#,
                headers: admin
            )
            #expect(closed.status == .ok, "\(closed.text)")
            let read = try await client.call(.get, "/transactions/audit/\(created.id)", token: token)
            let audit = try read.decode(LegacyAuditResponse.self)
            #expect(audit.status == .closed)
            #expect(audit.resolutionCode?.rawValue == 5004)
            #expect(audit.resolutionDescription == "Reward dispute resolved")
            #expect(audit.resolutionTimeStamp != nil)
            #expect(
                try await test.platform.store.lifetimeRewardCents(
                    of: UserID(Self.user),
                    in: OrganizationID(org),
                    since: nil,
                    paidInFullOnly: false
                ) == 250
            )
            let again = try await client.call(
                .post,
                "/admin/audits/\(created.id)/resolve",
                json: #"{"status":"CLOSED","resolutionCode":5009}"#,
                headers: admin
            )
            #expect(again.status == .conflict)
            let updates = try await test.platform.store.notifications(
                in: OrganizationID(org),
                event: .auditUpdate,
                afterSequence: nil,
                limit: 10
            )
            #expect(updates.map { $0.content.audit?.status } == [.new, .closed])

            // Another issuer cannot read the audit.
            let other = try await test.issuer("OTHER")
            let otherToken = try await client.token(for: other)
            let hidden = try await client.call(.get, "/transactions/audit/\(created.id)", token: otherToken)
            #expect(hidden.status == .notFound)
        }
    }
}
