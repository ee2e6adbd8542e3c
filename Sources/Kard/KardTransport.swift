/// Sends one HTTP request and returns the whole response; the SDK's only contact with the network.
///
/// The client builds the request (URL, headers, JSON body), then calls the transport once per attempt, so retries,
/// authentication and error decoding stay outside the transport. Implement it to plug in another HTTP stack or to
/// script answers in tests.
///
/// Any HTTP status is a *response*, never an error. Throw ``KardError`` with code ``KardError/Code/connection`` when
/// the connection could not be made or was closed before a response arrived (these are retried), and
/// ``KardError/Code/timeout`` when `timeout` elapsed (not retried, as in the Python SDK). Other thrown errors are
/// wrapped in a ``KardError`` with code ``KardError/Code/transport`` and are not retried.
public protocol KardTransport: Sendable {
    /// Sends a request and collects its response.
    ///
    /// - Parameters:
    ///   - request: The fully resolved request.
    ///   - timeout: How long this attempt may take.
    /// - Returns: The response, whatever its status.
    /// - Throws: ``KardError`` (`.connection`, `.timeout`, `.transport`) or any error, which the client wraps.
    func send(_ request: KardHTTPRequest, timeout: Duration) async throws -> KardHTTPResponse
}
