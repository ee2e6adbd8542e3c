import Foundation
import Hummingbird
import HummingbirdTesting
import KardCore
import KardModels
import Testing

@testable import KardServer

@Suite("Marqeta webhooks")
struct MarqetaTests {
    static func transaction(
        type: String,
        token: String,
        preceding: String? = nil,
        amount: String = "100.00",
        extra: String = ""
    ) -> String {
        let precedingField = preceding.map { #","preceding_related_transaction_token":"\#($0)""# } ?? ""
        return #"""
            {"type":"\#(type)","token":"\#(token)","user_token":"buyer","user_transaction_time":"2026-09-20T17:48:06Z",
             "settlement_date":"2026-09-21T00:00:00Z","amount":\#(amount),"state":"COMPLETION","currency_code":"USD"\#(precedingField),
             "card_acceptor":{"mid":"542814140150267","mcc":"5812","name":"Hilltop BBQ","street_address":"123 Peachtree St",
                              "city":"Atlanta","state":"13","zip":"30303"},
             "card":{"last_four":"4321","pan":"123456______4321"}\#(extra)}
            """#
    }

    @Test("Authorization then clearing become one transaction; states and masked PANs are normalised")
    func lifecycle() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        let org = OrganizationID(issuer.organizationId)
        let basic = "Basic " + Data("\(issuer.clientId):\(issuer.clientSecret)".utf8).base64EncodedString()
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            try await client.enroll("buyer", in: org.rawValue, token: token)
            let uri = "/v2/issuers/\(org)/marqeta/transactions"
            let body =
                #"{"transactions":[\#(Self.transaction(type: "authorization", token: "auth-1")),\#(Self.transaction(type: "authorization.clearing", token: "clear-1", preceding: "auth-1")),\#(Self.transaction(type: "refund", token: "refund-1"))]}"#
            let answer = try await client.call(.post, uri, json: body, headers: [.authorization: basic])
            #expect(answer.status == .ok, "\(answer.text)")
            let summary = try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]
            #expect(summary?["accepted"] as? [String] == ["auth-1", "clear-1"])
            #expect(summary?["skipped"] as? [String] == ["refund-1"])

            let events = try await test.platform.store.transactionEvents(of: "auth-1", in: org)
            #expect(events.map(\.eventID) == ["marqeta:auth-1", "marqeta:clear-1"])
            let settled = try JSONDecoder().decode(
                TransactionEvent.self,
                from: Data(try #require(events.last).payload.utf8)
            )
            #expect(settled.status == .settled)
            #expect(settled.amountCents == 10_000)
            #expect(settled.cardBIN == "123456")
            #expect(settled.merchant?.state == "GA")
            #expect(settled.settledDate != nil)

            let again = try await client.call(.post, uri, token: token, json: body)
            #expect(
                (try JSONSerialization.jsonObject(with: again.body) as? [String: Any])?["repeated"] as? [String] == [
                    "auth-1", "clear-1",
                ]
            )
        }
    }

    @Test("Wrong credentials are refused; fractions of a cent are refused with a reason")
    func refusals() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            try await client.enroll("buyer", in: issuer.organizationId, token: token)
            let uri = "/v2/issuers/\(issuer.organizationId)/marqeta/transactions"
            let wrong = "Basic " + Data("\(issuer.clientId):nope".utf8).base64EncodedString()
            let body = Self.transaction(type: "authorization", token: "a-2", amount: "10.005")
            #expect(
                try await client.call(.post, uri, json: body, headers: [.authorization: wrong]).status == .unauthorized
            )
            #expect(try await client.call(.post, uri, json: body).status == .unauthorized)
            let answer = try await client.call(.post, uri, token: token, json: body)
            let refused =
                (try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])?["refused"] as? [[String: Any]]
            #expect(refused?.first?["token"] as? String == "a-2")
            #expect(try await test.platform.store.transactionEventCount(in: OrganizationID(issuer.organizationId)) == 0)
        }
    }
}
