/// Settings for one call that override the client's configuration.
public struct RequestOptions: Sendable {
    /// How long each attempt may take; `nil` uses ``KardClient/Configuration/timeout``.
    public var timeout: Duration?
    /// How many retries after the first attempt; `nil` uses the client's ``RetryPolicy/maxRetries``.
    public var maxRetries: Int?
    /// Headers sent last, so they win over every other header (even `Authorization`).
    public var additionalHeaders: KardHeaders
    /// Query parameters added to the call's own; a name given here replaces the call's parameters of that name.
    public var additionalQueryParameters: [KardQueryItem]

    /// Creates options; the defaults change nothing.
    ///
    /// - Parameters:
    ///   - timeout: How long each attempt may take.
    ///   - maxRetries: How many retries after the first attempt.
    ///   - additionalHeaders: Headers that win over all others.
    ///   - additionalQueryParameters: Extra query parameters.
    public init(
        timeout: Duration? = nil,
        maxRetries: Int? = nil,
        additionalHeaders: KardHeaders = [:],
        additionalQueryParameters: [KardQueryItem] = []
    ) {
        self.timeout = timeout
        self.maxRetries = maxRetries
        self.additionalHeaders = additionalHeaders
        self.additionalQueryParameters = additionalQueryParameters
    }
}
