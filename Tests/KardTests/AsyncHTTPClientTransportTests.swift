import AsyncHTTPClient
import Foundation
import Testing

@testable import Kard

@Suite("AsyncHTTPClient transport")
struct AsyncHTTPClientTransportTests {
    @Test("A refused connection surfaces as .connection")
    func refused() async throws {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        let httpClient = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let transport = AsyncHTTPClientTransport(httpClient: httpClient)
        do {
            _ = try await transport.send(
                KardHTTPRequest(method: .get, url: "http://127.0.0.1:1/v2/ping"),
                timeout: .seconds(5)
            )
            Issue.record("expected an error")
        } catch let error as KardError {
            #expect(error.code == .connection)
        }
        try await httpClient.shutdown()
    }

    @Test("Durations convert to NIO time amounts")
    func timeAmount() {
        #expect(AsyncHTTPClientTransport.timeAmount(.seconds(60)).nanoseconds == 60_000_000_000)
        #expect(AsyncHTTPClientTransport.timeAmount(.milliseconds(1500)).nanoseconds == 1_500_000_000)
    }
}
