import Foundation
import Hummingbird
import HummingbirdTesting
import KardCore
import KardSQLite
import Logging
import Testing

@testable import KardServer

@Suite("Sandbox clock")
struct SandboxClockTests {
    static let adminToken = String(repeating: "c", count: 40)

    @Test("The operator moves the sandbox clock forward; the offset is kept in the database")
    func advance() async throws {
        let base = ManualClock()
        let store = try SQLiteStore(path: ":memory:")
        let platform = try await Platform.prepare(
            store: store,
            tokenSecret: nil,
            clock: SandboxClock(base: base),
            logger: Logger(label: "test")
        )
        let app = Application(router: buildRouter(platform: platform, adminToken: Self.adminToken))
        try await app.test(.router) { client in
            let admin: HTTPFields = [.authorization: "Bearer \(Self.adminToken)"]
            let moved = try await client.call(
                .post,
                "/admin/sandbox/clock/advance",
                json: #"{"by":"45d"}"#,
                headers: admin
            )
            #expect(moved.status == .ok, "\(moved.text)")
            #expect(platform.clock.now() == base.now().addingTimeInterval(45 * 86_400))
            let bad = try await client.call(
                .post,
                "/admin/sandbox/clock/advance",
                json: #"{"by":"-3d"}"#,
                headers: admin
            )
            #expect(bad.status == .badRequest)
        }
        // A second process on the database (here: a new clock) reads the same time.
        let other = SandboxClock(base: base)
        try await other.refresh(from: store)
        #expect(other.now() == platform.clock.now())
    }

    @Test("A production platform refuses to move its clock")
    func production() async throws {
        let test = try await TestPlatform()
        try await test.withClient(adminToken: Self.adminToken) { client in
            let answer = try await client.call(
                .post,
                "/admin/sandbox/clock/advance",
                json: #"{"by":"1d"}"#,
                headers: [.authorization: "Bearer \(Self.adminToken)"]
            )
            #expect(answer.status == .conflict)
        }
    }

    @Test(
        "Durations read as seconds",
        arguments: [("45d", 3_888_000), ("12h", 43_200), ("30m", 1_800), ("90s", 90), ("7", 7)]
    )
    func durations(text: String, seconds: Int64) {
        #expect(SandboxClock.seconds(in: text) == seconds)
    }

    @Test("Zero, negative and unknown durations are refused", arguments: ["0d", "-1d", "3w", "", "d"])
    func badDurations(text: String) {
        #expect(SandboxClock.seconds(in: text) == nil)
    }
}
