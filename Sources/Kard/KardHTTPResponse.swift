/// One HTTP response as returned by a ``KardTransport``: status, headers and the whole body.
public struct KardHTTPResponse: Sendable, Hashable {
    /// The status code.
    public var status: Int
    /// The response headers.
    public var headers: KardHeaders
    /// The body bytes (empty when there is none).
    public var body: [UInt8]

    /// Creates a response.
    ///
    /// - Parameters:
    ///   - status: The status code.
    ///   - headers: The response headers.
    ///   - body: The body bytes.
    public init(status: Int, headers: KardHeaders = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Whether the status is in `200..<300`.
    public var isSuccess: Bool { (200..<300).contains(self.status) }
}
