import Foundation
import KardModels
import Synchronization
import Testing

@testable import Kard

/// One scripted answer of ``MockTransport``.
enum Reply: Sendable {
    case response(KardHTTPResponse)
    case failure(KardError)

    static func json(_ status: Int, _ body: String, headers: KardHeaders = [:]) -> Reply {
        var all: KardHeaders = ["Content-Type": "application/json"]
        all.merge(headers)
        return .response(KardHTTPResponse(status: status, headers: all, body: Array(body.utf8)))
    }

    static func text(_ status: Int, _ body: String, headers: KardHeaders = [:]) -> Reply {
        .response(KardHTTPResponse(status: status, headers: headers, body: Array(body.utf8)))
    }

    static func status(_ status: Int, headers: KardHeaders = [:]) -> Reply {
        .json(
            status,
            #"{"errors":[{"status":"\#(status)","title":"Error","detail":"Status \#(status)"}]}"#,
            headers: headers
        )
    }

    static let connectionFailure = Reply.failure(KardError(code: .connection, message: "connection refused"))
}

/// Records every request; answers `v2/auth/token` with `tokenReply(n)` (n = 1, 2, …) and other calls from `script`
/// in order (`{}` with 200 once the script is used up).
final class MockTransport: KardTransport {
    private struct State {
        var requests: [KardHTTPRequest] = []
        var script: [Reply]
        var tokenCalls = 0
    }

    private let state: Mutex<State>
    private let tokenReply: @Sendable (Int) -> Reply
    private let tokenGate: Gate?

    init(
        script: [Reply] = [],
        tokenGate: Gate? = nil,
        tokenReply: @escaping @Sendable (Int) -> Reply = { MockTransport.token("token-\($0)") }
    ) {
        self.state = Mutex(State(script: script))
        self.tokenReply = tokenReply
        self.tokenGate = tokenGate
    }

    static func token(_ token: String, expiresIn: Int = 3600) -> Reply {
        .json(200, #"{"access_token":"\#(token)","expires_in":\#(expiresIn),"token_type":"Bearer","scope":"x"}"#)
    }

    func send(_ request: KardHTTPRequest, timeout: Duration) async throws -> KardHTTPResponse {
        let isToken = request.url.hasSuffix("/v2/auth/token")
        let reply: Reply = self.state.withLock { state in
            state.requests.append(request)
            if isToken {
                state.tokenCalls += 1
                return self.tokenReply(state.tokenCalls)
            }
            return state.script.isEmpty ? .json(200, "{}") : state.script.removeFirst()
        }
        if isToken, let tokenGate {
            await tokenGate.wait()
        }
        switch reply {
        case .response(let response): return response
        case .failure(let error): throw error
        }
    }

    var requests: [KardHTTPRequest] { self.state.withLock { $0.requests } }
    var tokenRequests: [KardHTTPRequest] { self.requests.filter { $0.url.hasSuffix("/v2/auth/token") } }
    var apiRequests: [KardHTTPRequest] { self.requests.filter { !$0.url.hasSuffix("/v2/auth/token") } }
    var tokenCalls: Int { self.state.withLock { $0.tokenCalls } }
}

/// A door that tasks wait at until it is opened.
final class Gate: Sendable {
    private let state = Mutex<(isOpen: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    func wait() async {
        await withCheckedContinuation { continuation in
            let resumeNow = self.state.withLock { state -> Bool in
                if state.isOpen { return true }
                state.waiters.append(continuation)
                return false
            }
            if resumeNow {
                continuation.resume()
            }
        }
    }

    func open() {
        let waiters = self.state.withLock { state in
            state.isOpen = true
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters {
            waiter.resume()
        }
    }
}

/// A settable clock.
final class TestClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_700_000_000)) {
        self.current = Mutex(start)
    }

    func now() -> Date { self.current.withLock { $0 } }

    func advance(by seconds: Double) {
        self.current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}

/// Records the delays the client asks for, without waiting.
final class SleepRecorder: Sendable {
    private let delays = Mutex<[Duration]>([])

    func sleep(_ duration: Duration) async throws {
        self.delays.withLock { $0.append(duration) }
    }

    var seconds: [Double] { self.delays.withLock { $0.map(RetryPolicy.seconds) } }
}

struct Harness {
    let transport: MockTransport
    let clock: TestClock
    let sleeper: SleepRecorder
    let client: KardClient

    init(
        script: [Reply] = [],
        tokenGate: Gate? = nil,
        tokenReply: (@Sendable (Int) -> Reply)? = nil,
        random: Double = 0.5,
        headers: KardHeaders = [:],
        baseURL: URL? = URL(string: "https://kard.test"),
        clientID: String = "my-id",
        clientSecret: String = "my-secret"
    ) {
        if let tokenReply {
            self.transport = MockTransport(script: script, tokenGate: tokenGate, tokenReply: tokenReply)
        } else {
            self.transport = MockTransport(script: script, tokenGate: tokenGate)
        }
        let clock = TestClock()
        let sleeper = SleepRecorder()
        self.clock = clock
        self.sleeper = sleeper
        let configuration = KardClient.Configuration(
            headers: headers,
            now: { clock.now() },
            sleep: { try await sleeper.sleep($0) },
            random: { random }
        )
        self.client = KardClient(
            clientID: clientID,
            clientSecret: clientSecret,
            baseURL: baseURL,
            configuration: configuration,
            transport: self.transport
        )
    }
}

func jsonObject(_ bytes: [UInt8]?) throws -> [String: Any] {
    let data = Data(try #require(bytes))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
}

let userJSON = #"""
    {"type":"user","id":"u1","attributes":{"zipCode":"11238","enrolledRewards":["CARDLINKED"],"email":"a@b.co"}}
    """#

let childJSON = #"""
    {"type":"organization","id":"12345678","attributes":{"name":"Child Org","externalId":"ext","bins":["411111"]}}
    """#
