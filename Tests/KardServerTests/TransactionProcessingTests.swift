import Foundation
import Hummingbird
import HummingbirdTesting
import KardCore
import KardModels
import Testing

@testable import KardServer

/// Transactions from the API through processing to the earned rewards, on the sandbox catalog: the BaaS Pro Shops
/// new-customer offer pays 12% (with the standard splits the cardholder gets 4.2%).
@Suite("Transaction processing and earned rewards")
struct TransactionProcessingTests {
    static let adminToken = String(repeating: "p", count: 40)
    static let newCustomer = "sandbox-SHOP-new-customer"
    static let lapsedCustomer = "sandbox-SHOP-lapsed-customer"

    /// One v2 event at BaaS Pro Shops (a store purchase with a card present), dated relative to the test clock.
    static func event(
        _ id: String,
        user: String = newCustomer,
        transaction: String,
        status: String,
        amount: Int,
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
        return #"""
            {"type":"transaction","id":"\#(id)","attributes":{"userId":"\#(user)","transactionId":"\#(transaction)",
             "amount":\#(amount),"status":"\#(status)","currency":"USD","description":"\#(description)",
             "direction":"\#(status == "RETURNED" ? "CREDIT" : "DEBIT")","paymentType":"CARD","cardBIN":"411111",
             "cardLastFour":"1111",\#(dates)}}
            """#
    }

    static func body(_ events: String...) -> String { #"{"data":[\#(events.joined(separator: ","))]}"# }

    /// A sandbox issuer named SHOP with its personas and the demo catalog.
    func setUp() async throws -> (TestPlatform, IssuerProvisioner.IssuerCredentials) {
        let test = try await TestPlatform()
        return (test, try await test.platform.createSandboxIssuer(name: "SHOP"))
    }

    func post(_ client: some TestClientProtocol, _ org: String, token: String, _ events: String...) async throws {
        let answer = try await client.call(
            .post,
            "/v2/issuers/\(org)/transactions",
            token: token,
            json: #"{"data":[\#(events.joined(separator: ","))]}"#
        )
        #expect(answer.status == .accepted, "\(answer.text)")
    }

    func earned(
        _ client: some TestClientProtocol,
        _ org: String,
        user: String = newCustomer,
        token: String,
        query: String = ""
    ) async throws -> EarnedRewardsResponse {
        let answer = try await client.call(
            .get,
            "/v2/issuers/\(org)/users/\(user)/earned-rewards\(query)",
            token: token
        )
        #expect(answer.status == .ok, "\(answer.text)")
        return try answer.decode(EarnedRewardsResponse.self)
    }

    @Test("The guide's BaaS Pro Shops flow: approved, then settled, earned by the new customer only")
    func newCustomerFlow() async throws {
        let (test, issuer) = try await self.setUp()
        let org = issuer.organizationId
        let now = test.clock.now()
        try await test.withClient(adminToken: Self.adminToken) { client in
            let token = try await client.token(for: issuer)
            try await self.post(
                client,
                org,
                token: token,
                Self.event("a1", transaction: "t1", status: "APPROVED", amount: 10_000, on: now)
            )
            #expect(try await test.platform.processor.processPending() == 1)
            let approved = try await self.earned(client, org, token: token, query: "?filter[status]=APPROVED")
            #expect(approved.data.count == 1)
            #expect(approved.data.first?.approved?.attributes.transactionId == "t1")
            #expect(approved.data.first?.relationships?.offer.data.id == SandboxCatalog.baasNewCustomerOfferID.rawValue)
            #expect(try await self.earned(client, org, token: token).data.isEmpty)

            try await self.post(
                client,
                org,
                token: token,
                Self.event("s1", transaction: "t1", status: "SETTLED", amount: 10_000, on: now)
            )
            #expect(try await test.platform.processor.processPending() == 1)
            let settled = try await self.earned(client, org, token: token, query: "?include=merchant,offer")
            let reward = try #require(settled.data.first?.rewarded)
            #expect(reward.attributes.transactionAmountInCents == 10_000)
            // 12% of $100 = $12 commission; issuer 70% = $8.40; cardholder 50% of that = $4.20.
            #expect(reward.attributes.commissionEarned.user.value == 420)
            #expect(reward.attributes.paidToIssuer == .unpaid)
            #expect(settled.meta.lifetimeRewardsInCents == 420)
            #expect(
                settled.includedMerchant(id: SandboxCatalog.baasProShopsID.rawValue)?.attributes.name
                    == "BaaS Pro Shops"
            )
            #expect(try await self.earned(client, org, token: token, query: "?filter[status]=APPROVED").data.isEmpty)

            // The lapsed persona bought there before: the new-customer offer is refused, with the reason kept.
            try await self.post(
                client,
                org,
                token: token,
                Self.event(
                    "l1",
                    user: Self.lapsedCustomer,
                    transaction: "t2",
                    status: "SETTLED",
                    amount: 10_000,
                    on: now
                )
            )
            try await test.platform.processor.processPending()
            let lapsed = try await self.earned(client, org, user: Self.lapsedCustomer, token: token)
            #expect(
                lapsed.data.allSatisfy {
                    $0.relationships?.offer.data.id != SandboxCatalog.baasNewCustomerOfferID.rawValue
                }
            )
            let explained = try await client.call(
                .get,
                "/admin/organizations/\(org)/transactions/t2",
                headers: [.authorization: "Bearer \(Self.adminToken)"]
            )
            #expect(explained.status == .ok)
            let report = try JSONDecoder.iso8601.decode(TransactionReport.self, from: explained.body)
            let verdict = try #require(
                report.explanation?.offers.first { $0.offerID == SandboxCatalog.baasNewCustomerOfferID }
            )
            #expect(!verdict.qualifies)
            #expect(verdict.reason.contains("new customers"))
            #expect(report.explanation?.merchants.first?.merchantID == SandboxCatalog.baasProShopsID)
        }
    }

    @Test("One authorization settled as $75 then $25 earns exactly the reward of $100, in two items")
    func twoSettlements() async throws {
        let (test, issuer) = try await self.setUp()
        let org = issuer.organizationId
        let now = test.clock.now()
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            try await self.post(
                client,
                org,
                token: token,
                Self.event("a", transaction: "t", status: "APPROVED", amount: 10_000, on: now),
                Self.event("s2", transaction: "t", status: "SETTLED", amount: 2_500, on: now.addingTimeInterval(86_400))
            )
            try await test.platform.processor.processPending()
            try await self.post(
                client,
                org,
                token: token,
                Self.event("s1", transaction: "t", status: "SETTLED", amount: 7_500, on: now.addingTimeInterval(3_600))
            )
            try await test.platform.processor.processPending()
            let page = try await self.earned(client, org, token: token)
            let amounts = page.data.compactMap { $0.rewarded?.attributes.transactionAmountInCents }
            #expect(amounts.sorted() == [2_500, 7_500])
            let rewards = page.data.compactMap { $0.rewarded?.attributes.commissionEarned.user.value }
            #expect(rewards.reduce(0, +) == 420)
            #expect(page.meta.lifetimeRewardsInCents == 420)
            // Processing again changes nothing.
            let pending = try await test.platform.store.requeueTransaction("t", in: OrganizationID(org))
            #expect(pending)
            try await test.platform.processor.processPending()
            #expect(try await self.earned(client, org, token: token).data.count == 2)
        }
    }

    @Test("A reversal cancels the approved reward; a return takes back the returned share")
    func reversalAndReturn() async throws {
        let (test, issuer) = try await self.setUp()
        let org = issuer.organizationId
        let now = test.clock.now()
        try await test.withClient(adminToken: Self.adminToken) { client in
            let token = try await client.token(for: issuer)
            try await self.post(
                client,
                org,
                token: token,
                Self.event("ra", transaction: "rev", status: "APPROVED", amount: 5_000, on: now),
                Self.event("pa", transaction: "ret", status: "SETTLED", amount: 10_000, on: now)
            )
            try await test.platform.processor.processPending()
            try await self.post(
                client,
                org,
                token: token,
                Self.event("rr", transaction: "rev", status: "REVERSED", amount: 5_000, on: now),
                Self.event(
                    "pr",
                    transaction: "ret",
                    status: "RETURNED",
                    amount: 5_000,
                    on: now.addingTimeInterval(7_200)
                )
            )
            try await test.platform.processor.processPending()
            #expect(try await self.earned(client, org, token: token, query: "?filter[status]=APPROVED").data.isEmpty)
            let page = try await self.earned(client, org, token: token)
            #expect(page.data.count == 1)
            #expect(page.meta.lifetimeRewardsInCents == 210)
            let notifications = try await test.platform.store.notifications(
                in: OrganizationID(org),
                event: nil,
                afterSequence: nil,
                limit: 100
            )
            let events = notifications.map(\.event)
            #expect(events.filter { $0 == .earnedRewardApproved }.count == 1)
            #expect(events.contains(.earnedRewardRejected))
            #expect(events.contains(.clawback))
            #expect(notifications.first { $0.event == .clawback }?.content.userCents == -210)
        }
    }

    @Test("A fraud marker takes back the reward; the marked transaction earns nothing more")
    func fraudMarker() async throws {
        let (test, issuer) = try await self.setUp()
        let org = issuer.organizationId
        let now = test.clock.now()
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            try await self.post(
                client,
                org,
                token: token,
                Self.event("f", transaction: "fraud-1", status: "SETTLED", amount: 10_000, on: now)
            )
            try await test.platform.processor.processPending()
            #expect(try await self.earned(client, org, token: token).meta.lifetimeRewardsInCents == 420)
            let marked = try await client.call(
                .post,
                "/v2/issuers/\(org)/fraud",
                token: token,
                json:
                    #"{"data":[{"type":"fraudulentTransaction","id":"fraud-1","attributes":{"userId":"\#(Self.newCustomer)"}},{"type":"fraudulentTransaction","id":"x","attributes":{"userId":"nobody"}}]}"#
            )
            #expect(marked.status.code == 207, "\(marked.text)")
            let response = try marked.decode(FraudMarkersResponse.self)
            #expect(response.data.map(\.id) == ["fraud-1"])
            #expect(response.errors?.first?.id == "x")
            try await test.platform.processor.processPending()
            #expect(try await self.earned(client, org, token: token).meta.lifetimeRewardsInCents == 0)
            let record = try await test.platform.store.transactionRecord(of: "fraud-1", in: OrganizationID(org))
            #expect(record?.isRewarded == false)
        }
    }

    @Test("Earned rewards page with cursors both ways and refuse bad filters")
    func paging() async throws {
        let (test, issuer) = try await self.setUp()
        let org = issuer.organizationId
        let now = test.clock.now()
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            let events = (1...5).map {
                Self.event("p\($0)", transaction: "pt\($0)", status: "SETTLED", amount: 1_000 * $0, on: now)
            }
            let answer = try await client.call(
                .post,
                "/v2/issuers/\(org)/transactions",
                token: token,
                json: #"{"data":[\#(events.joined(separator: ","))]}"#
            )
            #expect(answer.status == .accepted)
            try await test.platform.processor.processPending()
            // Only the first purchase is a new customer's; the everyday offers reward the others.
            let first = try await self.earned(client, org, token: token, query: "?page[size]=2")
            #expect(first.data.count == 2)
            let next = try #require(first.links.next)
            #expect(first.links.prev == nil)
            let second = try await client.call(.get, next, token: token)
            let page2 = try second.decode(EarnedRewardsResponse.self)
            #expect(page2.data.count == 2)
            #expect(Set(page2.data.compactMap(\.id)).isDisjoint(with: Set(first.data.compactMap(\.id))))
            let previous = try #require(page2.links.prev)
            let back = try await client.call(.get, previous, token: token).decode(EarnedRewardsResponse.self)
            #expect(back.data.compactMap(\.id) == first.data.compactMap(\.id))

            let badStatus = try await client.call(
                .get,
                "/v2/issuers/\(org)/users/\(Self.newCustomer)/earned-rewards?filter[status]=PAID",
                token: token
            )
            #expect(badStatus.status == .badRequest)
            let unknownUser = try await client.call(
                .get,
                "/v2/issuers/\(org)/users/nobody/earned-rewards",
                token: token
            )
            #expect(unknownUser.status == .notFound)
        }
    }
}

extension JSONDecoder {
    /// A decoder for the admin API's ISO 8601 dates.
    static var iso8601: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
