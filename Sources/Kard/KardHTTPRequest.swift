/// One HTTP request as handed to a ``KardTransport``: everything is resolved (absolute URL, final headers, body).
public struct KardHTTPRequest: Sendable, Hashable {
    /// The method.
    public var method: KardHTTPMethod
    /// The absolute, already percent-encoded URL, query included.
    public var url: String
    /// The headers to send.
    public var headers: KardHeaders
    /// The body bytes, or `nil` for no body.
    public var body: [UInt8]?

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - method: The method.
    ///   - url: The absolute, percent-encoded URL.
    ///   - headers: The headers to send.
    ///   - body: The body bytes, or `nil`.
    public init(method: KardHTTPMethod, url: String, headers: KardHeaders = [:], body: [UInt8]? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}
