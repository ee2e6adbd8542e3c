import AsyncHTTPClient
import Foundation
import KardModels
import Testing

@testable import Kard

@Suite("Errors")
struct KardErrorTests {
    @Test("A Kard error body is decoded with status and headers")
    func kardErrorBody() async throws {
        let body = #"""
            {"errors":[{"status":"404","title":"Not Found","detail":"User u1 does not exist","source":{"parameter":"userId"},"id":"u1"}]}
            """#
        let harness = Harness(script: [.json(404, body, headers: ["X-Request-Id": "req-9"])])
        do {
            _ = try await harness.client.users.get(organizationID: "org", userID: "u1")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .notFound)
            #expect(error.status == 404)
            #expect(error.headers["x-request-id"] == "req-9")
            #expect(error.errors.count == 1)
            #expect(error.errors.first?.source?.parameter == "userId")
            #expect(error.message == "Not Found: User u1 does not exist")
            #expect(error.bodyText == body)
            #expect(error.description.contains("KardError.notFound (HTTP 404)"))
            #expect(error.description.contains("[ids: u1]"))
        }
    }

    @Test("A non-JSON error body is kept as text")
    func textBody() async throws {
        let harness = Harness(script: [.text(502, "<html>Bad gateway</html>")])
        do {
            _ = try await harness.client.organizations.get(options: RequestOptions(maxRetries: 0))
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .server)
            #expect(error.errors.isEmpty)
            #expect(error.bodyText == "<html>Bad gateway</html>")
            #expect(error.body == Array("<html>Bad gateway</html>".utf8))
            #expect(error.message == "<html>Bad gateway</html>")
        }
    }

    @Test("A {message} body (blocked network on ping) becomes the message")
    func messageBody() async throws {
        let harness = Harness(script: [.json(403, #"{"message":"Unauthorized"}"#)])
        do {
            _ = try await harness.client.ping.ping()
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .forbidden)
            #expect(error.message == "Unauthorized")
        }
    }

    @Test("An empty error body still says which status")
    func emptyBody() {
        let error = KardError(response: KardHTTPResponse(status: 418))
        #expect(error.code == .unexpectedStatus)
        #expect(error.message == "HTTP 418")
    }

    @Test(
        "Status codes map to error codes",
        arguments: [
            (400, KardError.Code.badRequest), (401, .unauthorized), (403, .forbidden), (404, .notFound),
            (409, .conflict), (429, .rateLimited), (500, .server), (503, .server), (408, .unexpectedStatus),
            (422, .unexpectedStatus), (302, .unexpectedStatus),
        ]
    )
    func statusCodes(status: Int, code: KardError.Code) {
        #expect(KardError.Code.forStatus(status) == code)
    }

    @Test("A 2xx body that does not match becomes a decoding error")
    func decodingError() async throws {
        let harness = Harness(script: [.json(200, #"{"data":{"type":"user"}}"#)])
        do {
            _ = try await harness.client.users.get(organizationID: "org", userID: "u1")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .decoding)
            #expect(error.status == 200)
            #expect(error.underlying is DecodingError)
            #expect(error.bodyText == #"{"data":{"type":"user"}}"#)
        }
    }

    @Test("Foreign errors are wrapped")
    func wrapping() {
        struct Foreign: Error {}
        #expect(KardError.wrapping(Foreign()).code == .transport)
        #expect(KardError.wrapping(CancellationError()).code == .cancelled)
        let original = KardError(code: .timeout, message: "slow")
        #expect(KardError.wrapping(original).code == .timeout)
    }

    @Test("A custom transport's foreign error becomes .transport and is not retried")
    func foreignTransportError() async throws {
        struct Foreign: Error {}
        struct Failing: KardTransport {
            func send(_ request: KardHTTPRequest, timeout: Duration) async throws -> KardHTTPResponse {
                throw Foreign()
            }
        }
        let client = KardClient(token: "t", transport: Failing())
        do {
            _ = try await client.ping.ping()
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .transport)
            #expect(error.underlying is Foreign)
        }
    }

    @Test("AsyncHTTPClient failures are mapped for the retry layer")
    func asyncHTTPClientMapping() {
        let transport = AsyncHTTPClientTransport()
        #expect(transport.map(HTTPClientError.remoteConnectionClosed).code == .connection)
        #expect(transport.map(HTTPClientError.deadlineExceeded).code == .timeout)
        #expect(transport.map(HTTPClientError.connectTimeout).code == .timeout)
        #expect(transport.map(CancellationError()).code == .cancelled)
    }
}
