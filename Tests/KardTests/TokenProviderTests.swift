import Foundation
import KardModels
import Testing

@testable import Kard

@Suite("Client-credentials token")
struct TokenProviderTests {
    static let ping = Reply.json(200, #"{"message":"Ping successful","status":"OK","timestamp":"t"}"#)

    @Test("The token call posts the credentials as JSON, without Authorization")
    func tokenCall() async throws {
        let harness = Harness(script: [Self.ping])
        _ = try await harness.client.ping.ping()
        let token = try #require(harness.transport.tokenRequests.first)
        #expect(token.method == .post)
        #expect(token.url == "https://kard.test/v2/auth/token")
        #expect(token.headers["Authorization"] == nil)
        #expect(token.headers["Content-Type"] == "application/json")
        let body = try jsonObject(token.body)
        #expect(body.count == 2)
        #expect(body["client_id"] as? String == "my-id")
        #expect(body["client_secret"] as? String == "my-secret")
    }

    @Test("One token call for sequential requests")
    func sequential() async throws {
        let harness = Harness()
        for index in 0..<5 {
            _ = try await harness.client.send(KardRequest(method: .get, path: "v2/x/\(index)"))
        }
        #expect(harness.transport.tokenCalls == 1)
        #expect(harness.transport.apiRequests.allSatisfy { $0.headers["Authorization"] == "Bearer token-1" })
    }

    @Test("One token call for concurrent requests: the others await the same refresh")
    func concurrent() async throws {
        let gate = Gate()
        let harness = Harness(tokenGate: gate)
        let provider = try #require(Self.provider(of: harness.client))
        let count = 25
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<count {
                group.addTask {
                    _ = try await harness.client.send(KardRequest(method: .get, path: "v2/x/\(index)"))
                }
            }
            var spins = 0
            while await provider.waitingCount < count - 1 {
                spins += 1
                try #require(spins < 5_000_000, "the callers never queued behind the refresh")
                await Task.yield()
            }
            gate.open()
            try await group.waitForAll()
        }
        #expect(harness.transport.tokenCalls == 1)
        #expect(harness.transport.apiRequests.count == count)
        #expect(harness.transport.apiRequests.allSatisfy { $0.headers["Authorization"] == "Bearer token-1" })
    }

    @Test("A failed refresh fails every waiting caller with the same error, once")
    func concurrentFailure() async throws {
        let gate = Gate()
        let harness = Harness(tokenGate: gate, tokenReply: { _ in .status(401) })
        let provider = try #require(Self.provider(of: harness.client))
        let count = 5
        let failures = try await withThrowingTaskGroup(of: KardError?.self) { group in
            for _ in 0..<count {
                group.addTask {
                    do throws(KardError) {
                        _ = try await harness.client.send(KardRequest(method: .get, path: "v2/x"))
                        return nil
                    } catch {
                        return error
                    }
                }
            }
            while await provider.waitingCount < count - 1 {
                await Task.yield()
            }
            gate.open()
            var failures: [KardError] = []
            for try await failure in group {
                failures.append(try #require(failure))
            }
            return failures
        }
        #expect(failures.count == count)
        #expect(failures.allSatisfy { $0.code == .unauthorized && $0.status == 401 })
        #expect(harness.transport.tokenCalls == 1)
        #expect(harness.transport.apiRequests.isEmpty)
    }

    @Test("When the refreshing call is cancelled, a waiting call takes over the refresh")
    func cancelledLeader() async throws {
        let gate = Gate()
        let harness = Harness(
            tokenGate: gate,
            tokenReply: {
                $0 == 1
                    ? .failure(KardError(code: .cancelled, message: "cancelled")) : MockTransport.token("token-\($0)")
            }
        )
        let provider = try #require(Self.provider(of: harness.client))
        let count = 4
        let outcomes = try await withThrowingTaskGroup(of: KardError.Code?.self) { group in
            for _ in 0..<count {
                group.addTask {
                    do throws(KardError) {
                        _ = try await harness.client.send(KardRequest(method: .get, path: "v2/x"))
                        return nil
                    } catch {
                        return error.code
                    }
                }
            }
            while await provider.waitingCount < count - 1 {
                await Task.yield()
            }
            gate.open()
            var outcomes: [KardError.Code?] = []
            for try await outcome in group {
                outcomes.append(outcome)
            }
            return outcomes
        }
        #expect(outcomes.filter { $0 == .cancelled }.count == 1)
        #expect(outcomes.filter { $0 == nil }.count == count - 1)
        #expect(harness.transport.tokenCalls == 2)
        #expect(harness.transport.apiRequests.allSatisfy { $0.headers["Authorization"] == "Bearer token-2" })
    }

    @Test("The token is refreshed once now reaches expires_in − 2 minutes")
    func refreshAfterExpiry() async throws {
        let harness = Harness()
        _ = try await harness.client.send(KardRequest(method: .get, path: "v2/a"))
        harness.clock.advance(by: 3600 - 120 - 1)
        _ = try await harness.client.send(KardRequest(method: .get, path: "v2/b"))
        #expect(harness.transport.tokenCalls == 1)
        harness.clock.advance(by: 1)
        _ = try await harness.client.send(KardRequest(method: .get, path: "v2/c"))
        #expect(harness.transport.tokenCalls == 2)
        #expect(
            harness.transport.apiRequests.map { $0.headers["Authorization"] } == [
                "Bearer token-1", "Bearer token-1", "Bearer token-2",
            ]
        )
    }

    @Test("A token failure after a good one is retried on the next call")
    func failureNotCached() async throws {
        let harness = Harness(tokenReply: { $0 == 1 ? .status(401) : MockTransport.token("good") })
        let client = harness.client
        await #expect(throws: KardError.self) {
            try await client.send(KardRequest(method: .get, path: "v2/a"), decoding: EmptyAttributes.self)
        }
        _ = try await client.send(KardRequest(method: .get, path: "v2/a"))
        #expect(harness.transport.apiRequests.last?.headers["Authorization"] == "Bearer good")
    }

    @Test("auth.getToken posts the client's credentials and an optional target issuer")
    func explicitGetToken() async throws {
        let harness = Harness()
        let token = try await harness.client.auth.getToken()
        #expect(token == TokenResponse(accessToken: "token-1", expiresIn: 3600, tokenType: "Bearer"))
        let raw = try await harness.client.auth.getTokenRaw(clientID: "other", clientSecret: "s", targetIssuer: "iss")
        #expect(raw.status == 200)
        #expect(raw.data.accessToken == "token-2")
        let second = try #require(harness.transport.tokenRequests.last)
        #expect(second.headers["X-Kard-Target-Issuer"] == "iss")
        #expect(try jsonObject(second.body)["client_id"] as? String == "other")
        #expect(harness.transport.tokenRequests.first?.headers["X-Kard-Target-Issuer"] == nil)
    }

    @Test("Without credentials every authenticated call fails with missingCredentials")
    func missingCredentials() async throws {
        let harness = Harness(clientID: "", clientSecret: "")
        do {
            _ = try await harness.client.ping.ping()
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .missingCredentials)
            #expect(
                error.message
                    == "The client must be instantiated with either 'token' or both 'client_id' and 'client_secret'"
            )
        }
        await #expect(throws: KardError.self) { try await harness.client.auth.getToken() }
        #expect(harness.transport.requests.isEmpty)
    }

    @Test("A failing token function becomes an authentication error")
    func tokenFunctionFailure() async throws {
        struct Boom: Error {}
        let client = KardClient(tokenProvider: { throw Boom() }, transport: MockTransport())
        do {
            _ = try await client.ping.ping()
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .authentication)
            #expect(error.underlying is Boom)
        }
    }

    static func provider(of client: KardClient) -> OAuthTokenProvider? {
        if case .clientCredentials(let provider) = client.executor.authentication {
            return provider
        }
        return nil
    }
}
