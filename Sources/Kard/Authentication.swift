/// How a client obtains the bearer token for its calls.
enum Authentication: Sendable {
    /// Client credentials, exchanged at `v2/auth/token` and cached.
    case clientCredentials(OAuthTokenProvider)
    /// A caller-supplied token or token function, asked on every call.
    case bearer(@Sendable () async throws -> String)
    /// Neither was configured; authenticated calls fail with ``KardError/Code/missingCredentials``.
    case missing

    static let missingMessage =
        "The client must be instantiated with either 'token' or both 'client_id' and 'client_secret'"

    /// Returns the token to send.
    func token() async throws(KardError) -> String {
        switch self {
        case .clientCredentials(let provider):
            return try await provider.token()
        case .bearer(let provide):
            do {
                return try await provide()
            } catch let error as KardError {
                throw error
            } catch is CancellationError {
                throw KardError(code: .cancelled, message: "The task was cancelled", underlying: CancellationError())
            } catch {
                throw KardError(
                    code: .authentication,
                    message: "The token provider failed: \(error)",
                    underlying: error
                )
            }
        case .missing:
            throw KardError(code: .missingCredentials, message: Self.missingMessage)
        }
    }
}
