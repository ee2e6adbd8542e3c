import KardModels

/// The token endpoint, `POST v2/auth/token` (the Python SDK's `client.auth`).
///
/// The call sends no `Authorization` header; it carries the client-level headers, timeout and retry policy.
public struct AuthClient: Sendable {
    let executor: RequestExecutor

    /// Exchanges the client's own credentials for a token, bypassing the cache.
    ///
    /// - Parameter options: Per-call settings.
    /// - Returns: The token answer.
    /// - Throws: ``KardError``; ``KardError/Code/missingCredentials`` when the client was not created with a client
    ///   id and secret.
    public func getToken(options: RequestOptions = RequestOptions()) async throws(KardError) -> TokenResponse {
        try await self.getTokenRaw(options: options).data
    }

    /// Exchanges the client's own credentials for a token, with the HTTP status and headers.
    ///
    /// - Parameter options: Per-call settings.
    /// - Returns: The token answer with status and headers.
    /// - Throws: ``KardError``; ``KardError/Code/missingCredentials`` when the client was not created with a client
    ///   id and secret.
    public func getTokenRaw(options: RequestOptions = RequestOptions()) async throws(KardError)
        -> KardResponse<TokenResponse>
    {
        guard case .clientCredentials(let provider) = self.executor.authentication else {
            throw KardError(code: .missingCredentials, message: Authentication.missingMessage)
        }
        return try await self.getTokenRaw(
            clientID: provider.clientID,
            clientSecret: provider.clientSecret,
            options: options
        )
    }

    /// Exchanges the given credentials for a token.
    ///
    /// - Parameters:
    ///   - clientID: The OAuth client id.
    ///   - clientSecret: The OAuth client secret.
    ///   - targetIssuer: (Beta) The issuer to scope the token to, sent as `X-Kard-Target-Issuer`; for partners
    ///     managing several issuers.
    ///   - options: Per-call settings.
    /// - Returns: The token answer.
    /// - Throws: ``KardError``.
    public func getToken(
        clientID: String,
        clientSecret: String,
        targetIssuer: String? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> TokenResponse {
        try await self.getTokenRaw(
            clientID: clientID,
            clientSecret: clientSecret,
            targetIssuer: targetIssuer,
            options: options
        ).data
    }

    /// Exchanges the given credentials for a token, with the HTTP status and headers.
    ///
    /// - Parameters:
    ///   - clientID: The OAuth client id.
    ///   - clientSecret: The OAuth client secret.
    ///   - targetIssuer: (Beta) The issuer to scope the token to, sent as `X-Kard-Target-Issuer`.
    ///   - options: Per-call settings.
    /// - Returns: The token answer with status and headers.
    /// - Throws: ``KardError``.
    public func getTokenRaw(
        clientID: String,
        clientSecret: String,
        targetIssuer: String? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<TokenResponse> {
        let request = try Self.tokenRequest(clientID: clientID, clientSecret: clientSecret, targetIssuer: targetIssuer)
        return try await self.executor.send(request, decoding: TokenResponse.self, options: options)
    }

    static func tokenRequest(clientID: String, clientSecret: String, targetIssuer: String?) throws(KardError)
        -> KardRequest
    {
        var headers = KardHeaders()
        if let targetIssuer {
            headers["X-Kard-Target-Issuer"] = targetIssuer
        }
        return try KardRequest.json(
            .post,
            path: "v2/auth/token",
            body: TokenRequest(clientId: clientID, clientSecret: clientSecret),
            headers: headers,
            requiresAuthentication: false
        )
    }
}
