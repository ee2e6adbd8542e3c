import KardModels

/// The connectivity check, `GET v2/ping` (the Python SDK's `client.ping`).
public struct PingClient: Sendable {
    let executor: RequestExecutor

    /// Checks connectivity and service availability. Like the Python SDK, it sends the bearer token.
    ///
    /// - Parameter options: Per-call settings.
    /// - Returns: The ping answer.
    /// - Throws: ``KardError``; ``KardError/Code/forbidden`` when the network is blocked.
    public func ping(options: RequestOptions = RequestOptions()) async throws(KardError) -> PingResponse {
        try await self.pingRaw(options: options).data
    }

    /// Checks connectivity, with the HTTP status and headers.
    ///
    /// - Parameter options: Per-call settings.
    /// - Returns: The ping answer with status and headers.
    /// - Throws: ``KardError``; ``KardError/Code/forbidden`` when the network is blocked.
    public func pingRaw(options: RequestOptions = RequestOptions()) async throws(KardError)
        -> KardResponse<PingResponse>
    {
        try await self.executor.send(
            KardRequest(method: .get, path: "v2/ping"),
            decoding: PingResponse.self,
            options: options
        )
    }
}
