import Foundation
import KardModels
import Testing

@testable import Kard

@Suite("Retries")
struct RetryTests {
    static let ok = Reply.json(200, "{}")

    func expectDelays(_ actual: [Double], _ expected: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(actual.count == expected.count, sourceLocation: sourceLocation)
        for (value, wanted) in zip(actual, expected) {
            #expect(abs(value - wanted) < 1e-9, "\(value) != \(wanted)", sourceLocation: sourceLocation)
        }
    }

    @Test("Retried statuses use exponential backoff", arguments: [408, 409, 429, 500, 502, 503, 599])
    func retriedStatuses(status: Int) async throws {
        let harness = Harness(script: [.status(status), .status(status), Self.ok])
        let response = try await harness.client.send(KardRequest(method: .post, path: "v2/x"))
        #expect(response.status == 200)
        #expect(harness.transport.apiRequests.count == 3)
        expectDelays(harness.sleeper.seconds, [1, 2])
    }

    @Test("Statuses that are not retried", arguments: [400, 401, 403, 404, 422])
    func notRetried(status: Int) async throws {
        let harness = Harness(script: [.status(status), Self.ok])
        await #expect(throws: KardError.self) {
            try await harness.client.send(KardRequest(method: .get, path: "v2/x"), decoding: EmptyAttributes.self)
        }
        #expect(harness.transport.apiRequests.count == 1)
        #expect(harness.sleeper.seconds.isEmpty)
    }

    @Test("After the last retry the final error response is thrown")
    func exhausted() async throws {
        let harness = Harness(script: [.status(503), .status(503), .status(503), Self.ok])
        do {
            _ = try await harness.client.organizations.get()
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .server)
            #expect(error.status == 503)
        }
        #expect(harness.transport.apiRequests.count == 3)
        expectDelays(harness.sleeper.seconds, [1, 2])
    }

    @Test("maxRetries per request", arguments: [0, 1, 4])
    func perRequestMaxRetries(maxRetries: Int) async throws {
        let harness = Harness(script: Array(repeating: .status(500), count: 10))
        _ = try await harness.client.send(
            KardRequest(method: .get, path: "v2/x"),
            options: RequestOptions(maxRetries: maxRetries)
        )
        #expect(harness.transport.apiRequests.count == maxRetries + 1)
        #expect(harness.sleeper.seconds.count == maxRetries)
    }

    @Test("Connection failures are retried; the last one is thrown")
    func connectionFailures() async throws {
        let harness = Harness(script: [.connectionFailure, Self.ok])
        _ = try await harness.client.send(KardRequest(method: .get, path: "v2/x"))
        #expect(harness.transport.apiRequests.count == 2)
        expectDelays(harness.sleeper.seconds, [1])

        let failing = Harness(script: [.connectionFailure, .connectionFailure, .connectionFailure, Self.ok])
        do {
            _ = try await failing.client.send(KardRequest(method: .get, path: "v2/x"))
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .connection)
        }
        #expect(failing.transport.apiRequests.count == 3)
    }

    @Test("Timeouts and other transport failures are not retried")
    func timeoutsNotRetried() async throws {
        struct Weird: Error {}
        let harness = Harness(script: [.failure(KardError(code: .timeout, message: "slow")), Self.ok])
        do {
            _ = try await harness.client.send(KardRequest(method: .get, path: "v2/x"))
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .timeout)
        }
        #expect(harness.transport.apiRequests.count == 1)
        #expect(harness.sleeper.seconds.isEmpty)
    }

    @Test("The token call is retried too")
    func tokenRetried() async throws {
        let harness = Harness(tokenReply: { $0 == 1 ? .status(503) : MockTransport.token("second") })
        _ = try await harness.client.send(KardRequest(method: .get, path: "v2/x"))
        #expect(harness.transport.tokenCalls == 2)
        #expect(harness.transport.apiRequests.first?.headers["Authorization"] == "Bearer second")
    }

    @Test(
        "Retry-After in seconds, capped at 60, no jitter",
        arguments: [("5", 5.0), (" 7 ", 7.0), ("120", 60.0)]
    )
    func retryAfterSeconds(header: String, expected: Double) async throws {
        let harness = Harness(script: [.status(429, headers: ["Retry-After": header]), Self.ok], random: 0.9)
        _ = try await harness.client.send(KardRequest(method: .get, path: "v2/x"))
        expectDelays(harness.sleeper.seconds, [expected])
    }

    @Test("Retry-After as an HTTP date counts from the injected clock")
    func retryAfterDate() async throws {
        // The clock starts at 1_700_000_000 = Tue, 14 Nov 2023 22:13:20 GMT.
        let harness = Harness(
            script: [
                .status(503, headers: ["Retry-After": "Tue, 14 Nov 2023 22:13:50 GMT"]),
                .status(503, headers: ["Retry-After": "Tue, 14 Nov 2023 23:13:20 GMT"]),
                Self.ok,
            ],
            random: 0.5
        )
        _ = try await harness.client.send(KardRequest(method: .get, path: "v2/x"))
        expectDelays(harness.sleeper.seconds, [30, 60])
    }

    @Test("A Retry-After of zero or in the past falls back to backoff")
    func retryAfterZero() async throws {
        let harness = Harness(
            script: [
                .status(503, headers: ["Retry-After": "0"]),
                .status(503, headers: ["Retry-After": "Tue, 14 Nov 2023 22:00:00 GMT"]),
                Self.ok,
            ],
            random: 0.5
        )
        _ = try await harness.client.send(KardRequest(method: .get, path: "v2/x"))
        expectDelays(harness.sleeper.seconds, [1, 2])
    }

    @Test(
        "X-RateLimit-Reset adds 0–20 % positive jitter",
        arguments: [(0.0, 10.0), (0.5, 11.0), (0.999, 11.998)]
    )
    func rateLimitReset(random: Double, expected: Double) async throws {
        let reset = String(1_700_000_000 + 10)
        let harness = Harness(script: [.status(429, headers: ["X-RateLimit-Reset": reset]), Self.ok], random: random)
        _ = try await harness.client.send(KardRequest(method: .get, path: "v2/x"))
        expectDelays(harness.sleeper.seconds, [expected])
    }

    @Test("X-RateLimit-Reset far ahead is capped at 60 before jitter")
    func rateLimitResetCap() async throws {
        let reset = String(1_700_000_000 + 600)
        let harness = Harness(script: [.status(429, headers: ["x-ratelimit-reset": reset]), Self.ok], random: 0.5)
        _ = try await harness.client.send(KardRequest(method: .get, path: "v2/x"))
        expectDelays(harness.sleeper.seconds, [66])
    }

    @Test(
        "Exponential backoff has ±10 % jitter",
        arguments: [(0.0, [0.9, 1.8]), (0.5, [1.0, 2.0]), (0.999, [1.0998, 2.1996])]
    )
    func backoffJitter(random: Double, expected: [Double]) async throws {
        let harness = Harness(script: [.status(500), .status(500), Self.ok], random: random)
        _ = try await harness.client.send(KardRequest(method: .get, path: "v2/x"))
        expectDelays(harness.sleeper.seconds, expected)
    }

    @Test("Backoff is capped at 60 seconds")
    func backoffCap() {
        let policy = RetryPolicy.default
        let now = Date(timeIntervalSince1970: 0)
        let delays = (0..<9).map {
            RetryPolicy.seconds(policy.delay(forRetry: $0, headers: nil, now: now, random: { 0.5 }))
        }
        expectDelays(delays, [1, 2, 4, 8, 16, 32, 60, 60, 60])
    }

    @Test("The policy's retryable statuses")
    func policyStatuses() {
        let policy = RetryPolicy.default
        #expect([408, 409, 429, 500, 503, 504, 599].allSatisfy(policy.shouldRetry(status:)))
        #expect(![200, 201, 207, 301, 400, 401, 403, 404, 422].contains(where: policy.shouldRetry(status:)))
        #expect(RetryPolicy.none.maxRetries == 0)
    }

    @Test(
        "HTTP dates in several formats",
        arguments: [
            "Tue, 14 Nov 2023 22:13:20 GMT", "Tuesday, 14-Nov-23 22:13:20 GMT", "Tue Nov 14 22:13:20 2023",
            "14 Nov 2023 23:13:20 +0100", "Tue, 14 Nov 2023 17:13:20 EST",
        ]
    )
    func httpDates(text: String) throws {
        let date = try #require(HTTPDate.parse(text))
        #expect(date.timeIntervalSince1970 == 1_700_000_000)
    }

    @Test("Unreadable HTTP dates are ignored")
    func badDates() {
        #expect(HTTPDate.parse("soon") == nil)
        #expect(RetryPolicy.retryAfterSeconds("soon", now: Date()) == nil)
    }
}
