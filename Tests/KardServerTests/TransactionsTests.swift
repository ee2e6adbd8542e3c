import Foundation
import Hummingbird
import HummingbirdTesting
import KardCore
import KardModels
import Testing

@testable import KardServer

@Suite("Transaction ingestion")
struct TransactionsTests {
    /// One v2 card transaction event as JSON.
    static func event(
        _ id: String,
        user: String = "buyer",
        transaction: String = "txn-1",
        status: String = "APPROVED",
        amount: Int = 1000,
        extra: String = ""
    ) -> String {
        let date =
            switch status {
            case "APPROVED": #""authorizationDate":"2026-09-20T17:47:06Z""#
            case "SETTLED": #""authorizationDate":"2026-09-20T17:47:06Z","settledDate":"2026-09-21T10:00:00Z""#
            default: #""transactionDate":"2026-09-21T10:00:00Z""#
            }
        return #"""
            {"type":"transaction","id":"\#(id)","attributes":{"userId":"\#(user)","transactionId":"\#(transaction)",
             "amount":\#(amount),"subtotal":800,"status":"\#(status)","currency":"USD","description":"ADVANCEAUTO",
             "direction":"DEBIT","paymentType":"CARD","cardBIN":"123456","cardLastFour":"4321",\#(date)\#(extra),
             "merchant":{"id":"12345678901234567","name":"ADVANCEAUTO","addrCity":"Philadelphia","addrState":"PA",
                         "latitude":"39.95","longitude":"-75.16"}}}
            """#
    }

    static func body(_ events: String...) -> String { #"{"data":[\#(events.joined(separator: ","))]}"# }

    func setUp() async throws -> (TestPlatform, IssuerProvisioner.IssuerCredentials) {
        let test = try await TestPlatform()
        return (test, try await test.issuer())
    }

    @Test("Accepted events are stored before the 202; a repeat is a no-op; other content under the same id is a 409")
    func acceptRepeatConflict() async throws {
        let (test, issuer) = try await self.setUp()
        let org = OrganizationID(issuer.organizationId)
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            try await client.enroll("buyer", in: org.rawValue, token: token)
            let uri = "/v2/issuers/\(org)/transactions"
            let first = try await client.call(
                .post,
                uri,
                token: token,
                json: Self.body(Self.event("e1"), Self.event("e2", status: "SETTLED"))
            )
            #expect(first.status == .accepted, "\(first.text)")
            let job = try first.decode(JobResponse.self).data
            #expect(job.type == "job" && job.attributes.status == "queued")
            #expect(try await test.platform.store.transactionEventCount(in: org) == 2)
            let events = try await test.platform.store.transactionEvents(of: "txn-1", in: org)
            #expect(events.map(\.eventID) == ["e1", "e2"])

            let repeated = try await client.call(.post, uri, token: token, json: Self.body(Self.event("e1")))
            #expect(repeated.status == .accepted)
            #expect(try await test.platform.store.transactionEventCount(in: org) == 2)

            let conflict = try await client.call(
                .post,
                uri,
                token: token,
                json: Self.body(Self.event("e1", amount: 999))
            )
            #expect(conflict.status == .conflict)
            #expect(try conflict.errors.first?.id == "e1")
        }
    }

    @Test("A batch with refused events answers 207 naming each one, and stores the others")
    func multiStatus() async throws {
        let (test, issuer) = try await self.setUp()
        let org = OrganizationID(issuer.organizationId)
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            try await client.enroll("buyer", in: org.rawValue, token: token)
            let answer = try await client.call(
                .post,
                "/v2/issuers/\(org)/transactions",
                token: token,
                json: Self.body(
                    Self.event("good"),
                    Self.event("no-user", user: "stranger"),
                    Self.event("full-pan", extra: #","cardProductId":"x""#).replacingOccurrences(
                        of: #""cardBIN":"123456""#,
                        with: #""cardBIN":"4111111111111111""#
                    ),
                    Self.event("no-date", status: "REVERSED").replacingOccurrences(
                        of: #","transactionDate":"2026-09-21T10:00:00Z""#,
                        with: ""
                    )
                )
            )
            #expect(answer.status.code == 207, "\(answer.text)")
            let document = try answer.decode(TransactionsMultiStatusResponse.self)
            let byID = Dictionary(grouping: document.errors, by: { $0.id ?? "" })
            #expect(Set(byID.keys) == ["no-user", "full-pan", "no-date"])
            #expect(byID["no-user"]?.first?.source?.pointer == "/data/1/attributes/userId")
            #expect(byID["full-pan"]?.first?.source?.pointer == "/data/2/attributes/cardBIN")
            #expect(byID["no-date"]?.first?.source?.pointer == "/data/3/attributes/transactionDate")
            #expect(!answer.text.contains("4111111111111111"), "a card number is never echoed")
            let stored = try await test.platform.store.transactionEvents(of: "txn-1", in: org)
            #expect(stored.map(\.eventID) == ["good"])
            #expect(!stored.contains { $0.payload.contains("4111111111111111") })
        }
    }

    @Test("Nothing accepted is a 400; more than 500 events is a 400; another issuer's organization is a 403")
    func refusals() async throws {
        let (test, issuer) = try await self.setUp()
        let other = try await test.issuer("OTHER")
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            let uri = "/v2/issuers/\(issuer.organizationId)/transactions"
            let none = try await client.call(.post, uri, token: token, json: Self.body(Self.event("x", user: "nobody")))
            #expect(none.status == .badRequest)
            let many = (0...500).map { Self.event("bulk-\($0)") }.joined(separator: ",")
            let tooMany = try await client.call(.post, uri, token: token, json: #"{"data":[\#(many)]}"#)
            #expect(tooMany.status == .badRequest)
            #expect(try tooMany.errors.first?.source?.pointer == "/data")
            let otherToken = try await client.token(for: other)
            let foreign = try await client.call(.post, uri, token: otherToken, json: Self.body(Self.event("y")))
            #expect(foreign.status == .forbidden)
            #expect(try await test.platform.store.transactionEventCount(in: OrganizationID(issuer.organizationId)) == 0)
        }
    }

    @Test("Legacy incoming transactions: one object or an array, all or nothing, idempotent")
    func legacy() async throws {
        let (test, issuer) = try await self.setUp()
        let org = OrganizationID(issuer.organizationId)
        let approved = #"""
            {"transactionId":"sandbox-web-313","referringPartnerUserId":"438103","cardBIN":"123456","cardLastFour":"4321",
             "mcc":"1234","amount":10000,"currency":"USD","description":"Hilltop BBQ","merchantId":"542814140150267",
             "merchantName":"Hilltop BBQ","merchantAddrCity":"Atlanta","merchantAddrState":"GA",
             "merchantAddrStreet":"123 Peachtree St","status":"APPROVED","authorizationDate":"2022-10-29T17:48:06.135Z"}
            """#
        let settled = approved.replacingOccurrences(of: #""status":"APPROVED""#, with: #""status":"SETTLED""#)
            .replacingOccurrences(
                of: #""authorizationDate""#,
                with: #""settledDate":"2022-10-30T17:48:06.135Z","authorizationDate""#
            )
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            try await client.enroll("438103", in: org.rawValue, token: token)
            let one = try await client.call(.post, "/transactions/incoming", token: token, json: approved)
            #expect(one.status == .created, "\(one.text)")
            let again = try await client.call(
                .post,
                "/transactions/incoming",
                token: token,
                json: "[\(approved),\(settled)]"
            )
            #expect(again.status == .created)
            #expect(try await test.platform.store.transactionEventCount(in: org) == 2)

            let broken = approved.replacingOccurrences(
                of: #","authorizationDate":"2022-10-29T17:48:06.135Z""#,
                with: ""
            )
            .replacingOccurrences(of: "sandbox-web-313", with: "other-txn")
            let refused = try await client.call(
                .post,
                "/transactions/incoming",
                token: token,
                json: "[\(broken),\(approved.replacingOccurrences(of: "sandbox-web-313", with: "fine-txn"))]"
            )
            #expect(refused.status == .badRequest)
            let messages = try refused.decode([String: [String]].self)["errors"] ?? []
            #expect(messages.contains { $0.contains("authorizationDate") })
            #expect(
                try await test.platform.store.transactionEventCount(in: org) == 2,
                "nothing of a refused request is stored"
            )
        }
    }

    @Test("Inside one request, the first occurrence of an id is stored and later ones are repeats or conflicts")
    func duplicatesInOneRequest() async throws {
        let (test, issuer) = try await self.setUp()
        let org = OrganizationID(issuer.organizationId)
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            try await client.enroll("buyer", in: org.rawValue, token: token)
            let uri = "/v2/issuers/\(org)/transactions"
            let same = try await client.call(
                .post,
                uri,
                token: token,
                json: Self.body(Self.event("d1"), Self.event("d1"))
            )
            #expect(same.status == .accepted)
            let different = try await client.call(
                .post,
                uri,
                token: token,
                json: Self.body(Self.event("d2"), Self.event("d2", amount: 5))
            )
            #expect(different.status.code == 207)
            #expect(try different.decode(TransactionsMultiStatusResponse.self).errors.map(\.status) == ["409"])
            let stored = try await test.platform.store.transactionEvents(of: "txn-1", in: org)
            #expect(stored.map(\.eventID) == ["d1", "d2"])
            #expect(stored.last?.payload.contains("\"amountCents\":1000") == true)
        }
    }

    @Test("A structurally malformed event is refused alone, with its id")
    func malformedItem() async throws {
        let (test, issuer) = try await self.setUp()
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            try await client.enroll("buyer", in: issuer.organizationId, token: token)
            let answer = try await client.call(
                .post,
                "/v2/issuers/\(issuer.organizationId)/transactions",
                token: token,
                json: Self.body(
                    Self.event("fine"),
                    Self.event("no-user").replacingOccurrences(of: #""userId":"buyer","#, with: ""),
                    Self.event("text-amount").replacingOccurrences(of: #""amount":1000"#, with: #""amount":"1000""#),
                    Self.event("fraction").replacingOccurrences(of: #""amount":1000"#, with: #""amount":10.5"#)
                )
            )
            #expect(answer.status.code == 207, "\(answer.text)")
            let errors = try answer.decode(TransactionsMultiStatusResponse.self).errors
            let byID = Dictionary(grouping: errors, by: { $0.id ?? "" })
            #expect(Set(byID.keys) == ["no-user", "text-amount", "fraction"])
            #expect(byID["no-user"]?.first?.source?.pointer == "/data/1/attributes/userId")
            #expect(byID["text-amount"]?.first?.source?.pointer == "/data/2/attributes/amount")
            #expect(byID["fraction"]?.first?.source?.pointer?.hasPrefix("/data/3") == true)
        }
    }
}
