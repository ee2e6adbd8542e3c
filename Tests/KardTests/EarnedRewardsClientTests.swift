import Foundation
import KardModels
import Testing

@testable import Kard

@Suite("Earned-rewards client")
struct EarnedRewardsClientTests {
    static let base = "https://kard.test/v2/issuers/org-123/users/user-456/earned-rewards"

    @Test("The SDK's get_earned_rewards example sends the same GET and decodes the answer")
    func sdkExample() async throws {
        let harness = Harness(script: [.json(200, EarnedRewardsFixtures.sdkExample)])
        let response = try await harness.client.transactions.getEarnedRewardsRaw(
            organizationID: "org-123",
            userID: "user-456",
            pageSize: 10,
            status: .approved,
            include: [.merchant, .offer]
        )
        #expect(response.status == 200)
        #expect(response.data.meta.lifetimeRewardsInCents == 540)
        #expect(response.data.data.count == 2)
        #expect(response.data.included?.count == 4)

        let request = try #require(harness.transport.apiRequests.first)
        #expect(harness.transport.apiRequests.count == 1)
        #expect(request.method == .get)
        #expect(request.body == nil)
        #expect(request.headers["Content-Type"] == nil)
        #expect(request.headers["Authorization"] == "Bearer token-1")
        // Captured from kard-financial-sdk 30.5.1 with the same arguments.
        #expect(request.url == "\(Self.base)?page%5Bsize%5D=10&filter%5Bstatus%5D=APPROVED&include=merchant%2Coffer")
    }

    @Test("Every parameter, in the SDK's order and encoding")
    func everyParameter() async throws {
        let harness = Harness(script: [
            .json(200, EarnedRewardsFixtures.page([], next: nil)),
            .json(200, EarnedRewardsFixtures.page([], next: nil)),
        ])
        _ = try await harness.client.transactions.getEarnedRewards(
            organizationID: "org-123",
            userID: "user-456",
            pageAfter: "abc+/=",
            pageBefore: "def",
            pageSize: 5,
            status: .settled,
            paidInFullOnly: true,
            range: .yearToDate,
            include: [.merchant]
        )
        _ = try await harness.client.transactions.getEarnedRewards(
            organizationID: "org-123",
            userID: "user-456",
            paidInFullOnly: false,
            range: "12M"
        )
        // Both URLs captured from kard-financial-sdk 30.5.1 with the same arguments.
        #expect(
            harness.transport.apiRequests.map(\.url) == [
                "\(Self.base)?page%5Bafter%5D=abc%2B%2F%3D&page%5Bbefore%5D=def&page%5Bsize%5D=5"
                    + "&filter%5Bstatus%5D=SETTLED&filter%5BpaidInFullOnly%5D=true&filter%5Brange%5D=YTD"
                    + "&include=merchant",
                "\(Self.base)?filter%5BpaidInFullOnly%5D=false&filter%5Brange%5D=12M",
            ]
        )
    }

    @Test("No parameters, no query; ids are encoded as one path segment; an empty include sends nothing")
    func noQuery() async throws {
        let harness = Harness(script: [.json(200, EarnedRewardsFixtures.page(["r1"], next: nil))])
        let page = try await harness.client.transactions.getEarnedRewards(
            organizationID: "org 1",
            userID: "a/b",
            include: []
        )
        #expect(page.data.map(\.id) == ["r1"])
        #expect(
            harness.transport.apiRequests.map(\.url) == [
                "https://kard.test/v2/issuers/org%201/users/a%2Fb/earned-rewards"
            ]
        )
    }

    @Test("Errors throw KardError with the decoded Kard errors")
    func errors() async throws {
        let harness = Harness(script: [
            .json(
                404,
                #"{"errors":[{"status":"404","title":"Not Found","detail":"User user-456 not found"}]}"#
            )
        ])
        let error = await #expect(throws: KardError.self) {
            try await harness.client.transactions.getEarnedRewards(organizationID: "org-123", userID: "user-456")
        }
        #expect(error?.code == .notFound)
        #expect(error?.status == 404)
        #expect(error?.errors.first?.detail == "User user-456 not found")
    }

    @Test("A body that is not an earned-rewards page is a decoding error")
    func decodingError() async throws {
        let harness = Harness(script: [.json(200, #"{"data":[],"links":{"self":"/x"}}"#)])
        let error = await #expect(throws: KardError.self) {
            try await harness.client.transactions.getEarnedRewards(organizationID: "org", userID: "u1")
        }
        #expect(error?.code == .decoding)
    }

    @Test("allEarnedRewards walks the pages by links.next, keeps the filters and stops at the last page")
    func pager() async throws {
        let harness = Harness(script: [
            .json(200, EarnedRewardsFixtures.page(["r1", "r2"], next: "Y3Vyc29yMQ%3D%3D")),
            .json(200, EarnedRewardsFixtures.page(["r3"], next: nil)),
            .json(200, EarnedRewardsFixtures.page(["never"], next: nil)),
        ])
        var ids: [String] = []
        for try await reward in harness.client.transactions.allEarnedRewards(
            organizationID: "org",
            userID: "u1",
            status: .settled,
            paidInFullOnly: true,
            range: .last6Months,
            pageSize: 2
        ) {
            ids.append(reward.id ?? "")
        }
        #expect(ids == ["r1", "r2", "r3"])
        let base = "https://kard.test/v2/issuers/org/users/u1/earned-rewards"
        #expect(
            harness.transport.apiRequests.map(\.url) == [
                "\(base)?page%5Bsize%5D=2&filter%5Bstatus%5D=SETTLED&filter%5BpaidInFullOnly%5D=true"
                    + "&filter%5Brange%5D=6M",
                "\(base)?page%5Bafter%5D=Y3Vyc29yMQ%3D%3D&page%5Bsize%5D=2&filter%5Bstatus%5D=SETTLED"
                    + "&filter%5BpaidInFullOnly%5D=true&filter%5Brange%5D=6M",
            ]
        )
    }

    @Test("The pager follows the SDK example's unencoded base64 cursor, and stops on a repeated cursor")
    func pagerCursor() async throws {
        let harness = Harness(script: [
            .json(200, EarnedRewardsFixtures.sdkExample),
            .json(200, EarnedRewardsFixtures.sdkExample),
            .json(200, EarnedRewardsFixtures.page(["never"], next: nil)),
        ])
        var count = 0
        for try await _ in harness.client.transactions.allEarnedRewards(organizationID: "org-123", userID: "user-456") {
            count += 1
        }
        #expect(count == 4)
        let cursor =
            "eyJpZCI6ImZjYWJmMDI0LTM4NzAtNDFmMy05ZmJkLWI0M2VhODVhM2QxOSIsInRzIjoiMjAyNC0xMC0wMVQwMTozNjo1N1oifQ%3D%3D"
        #expect(harness.transport.apiRequests.map(\.url) == [Self.base, "\(Self.base)?page%5Bafter%5D=\(cursor)"])
    }
}
