import Foundation
import Synchronization
import Testing

@testable import Kard

@Suite("URLs and headers")
struct URLAndHeaderTests {
    @Test(
        "Base URL and path join like the Python SDK",
        arguments: [
            ("https://kard.test", "https://kard.test/v2/issuers/org/users/u1"),
            ("https://kard.test/", "https://kard.test/v2/issuers/org/users/u1"),
            ("https://kard.test/prefix/api", "https://kard.test/prefix/api/v2/issuers/org/users/u1"),
            ("https://kard.test/prefix/api/", "https://kard.test/prefix/api/v2/issuers/org/users/u1"),
        ]
    )
    func join(base: String, expected: String) async throws {
        let harness = Harness(script: [.json(200, #"{"data":\#(userJSON)}"#)], baseURL: URL(string: base))
        _ = try await harness.client.users.get(organizationID: "org", userID: "u1")
        #expect(harness.transport.apiRequests.map(\.url) == [expected])
    }

    @Test("Path parameters are percent-encoded")
    func pathEncoding() async throws {
        let harness = Harness(script: [.json(200, #"{"data":\#(userJSON)}"#)])
        _ = try await harness.client.users.get(organizationID: "org 1", userID: "a/b?c#d%é")
        #expect(
            harness.transport.apiRequests.first?.url
                == "https://kard.test/v2/issuers/org%201/users/a%2Fb%3Fc%23d%25%C3%A9"
        )
    }

    @Test("Environments")
    func environments() throws {
        #expect(KardEnvironment.production.baseURLString == "https://rewards-api.getkard.com")
        #expect(KardEnvironment.sandbox.baseURLString == "https://test-rewards-api.getkard.com")
        let url = try #require(URL(string: "http://localhost:8080/kard"))
        #expect(KardEnvironment.custom(url).baseURLString == "http://localhost:8080/kard")
        let transport = MockTransport()
        #expect(KardClient(token: "t", transport: transport).baseURL == "https://rewards-api.getkard.com")
        #expect(
            KardClient(token: "t", environment: .sandbox, transport: transport).baseURL
                == "https://test-rewards-api.getkard.com"
        )
        #expect(
            KardClient(token: "t", environment: .sandbox, baseURL: url, transport: transport).baseURL
                == "http://localhost:8080/kard"
        )
    }

    @Test("Query parameters are encoded, None-like values dropped, per-call ones merged")
    func query() async throws {
        let harness = Harness(script: [.json(200, #"{"data":[]}"#), .json(200, #"{"data":[]}"#)])
        _ = try await harness.client.organizations.children.list(organizationID: "org", pageSize: 10, pageAfter: "a b=")
        _ = try await harness.client.organizations.children.list(
            organizationID: "org",
            pageSize: 10,
            options: RequestOptions(additionalQueryParameters: [
                KardQueryItem(name: "page[size]", value: "5"), KardQueryItem(name: "x", value: "1"),
            ])
        )
        #expect(
            harness.transport.apiRequests.map(\.url) == [
                "https://kard.test/v2/issuers/org/children?page%5Bafter%5D=a%20b%3D&page%5Bsize%5D=10",
                "https://kard.test/v2/issuers/org/children?page%5Bsize%5D=5&x=1",
            ]
        )
    }

    @Test("Default, client-level, Authorization and per-call headers; later wins")
    func headers() async throws {
        let harness = Harness(
            script: [.json(200, #"{"message":"Ping successful","status":"OK","timestamp":"t"}"#)],
            headers: ["X-Kard-Target-Issuer": "issuer-9", "X-Custom": "client", "Authorization": "ignored"]
        )
        _ = try await harness.client.ping.ping(
            options: RequestOptions(additionalHeaders: ["x-custom": "call", "X-Extra": "1"])
        )
        let request = try #require(harness.transport.apiRequests.first)
        #expect(request.method == .get)
        #expect(request.headers["Authorization"] == "Bearer token-1")
        #expect(request.headers["User-Agent"] == "kard-swift-sdk/\(KardClient.sdkVersion)")
        #expect(request.headers["X-Kard-SDK-Language"] == "Swift")
        #expect(request.headers["X-Kard-SDK-Version"] == KardClient.sdkVersion)
        #expect(request.headers["X-Kard-Target-Issuer"] == "issuer-9")
        #expect(request.headers.values(for: "X-Custom") == ["call"])
        #expect(request.headers["X-Extra"] == "1")
        #expect(request.headers["Content-Type"] == nil)
        #expect(request.body == nil)

        let token = try #require(harness.transport.tokenRequests.first)
        #expect(token.headers["Authorization"] == "ignored")
        #expect(token.headers["X-Kard-Target-Issuer"] == "issuer-9")
        #expect(token.headers["User-Agent"] == "kard-swift-sdk/\(KardClient.sdkVersion)")
    }

    @Test("Per-call headers can even replace Authorization")
    func perCallAuthorization() async throws {
        let harness = Harness()
        _ = try await harness.client.send(
            KardRequest(method: .get, path: "/v2/anything"),
            options: RequestOptions(additionalHeaders: ["authorization": "Bearer override"])
        )
        let request = try #require(harness.transport.apiRequests.first)
        #expect(request.headers.values(for: "Authorization") == ["Bearer override"])
        #expect(request.url == "https://kard.test/v2/anything")
    }

    @Test("A fixed token and a token function are sent as Bearer")
    func bearerModes() async throws {
        let transport = MockTransport()
        let fixed = KardClient(token: "fixed", baseURL: URL(string: "https://kard.test"), transport: transport)
        _ = try await fixed.send(KardRequest(method: .get, path: "v2/a"))
        let counter = Counter()
        let dynamic = KardClient(
            tokenProvider: { "dyn-\(counter.next())" },
            baseURL: URL(string: "https://kard.test"),
            transport: transport
        )
        _ = try await dynamic.send(KardRequest(method: .get, path: "v2/b"))
        _ = try await dynamic.send(KardRequest(method: .get, path: "v2/c"))
        #expect(
            transport.requests.map { $0.headers["Authorization"] } == [
                "Bearer fixed", "Bearer dyn-1", "Bearer dyn-2",
            ]
        )
        #expect(transport.tokenCalls == 0)
    }

    @Test("KardHeaders merge and look-up ignore case")
    func kardHeaders() {
        var headers: KardHeaders = ["Accept": "a", "X-Multi": "1"]
        headers.add(name: "x-multi", value: "2")
        #expect(headers.values(for: "X-MULTI") == ["1", "2"])
        headers.merge(["X-Multi": "3", "accept": "b"])
        #expect(headers.values(for: "x-multi") == ["3"])
        #expect(headers["ACCEPT"] == "b")
        headers["accept"] = nil
        #expect(!headers.contains(name: "Accept"))
        let redacted: KardHeaders = ["Authorization": "Bearer secret", "Cookie": "c", "X-Other": "v"]
        #expect(redacted.redacted()["authorization"] == "[REDACTED]")
        #expect(!redacted.description.contains("secret"))
        #expect(redacted.description.contains("X-Other: v"))
    }
}

final class Counter: Sendable {
    private let value = Mutex(0)

    func next() -> Int {
        self.value.withLock {
            $0 += 1
            return $0
        }
    }
}
