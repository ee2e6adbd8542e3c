import KardModels
import Logging

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A client of the Kard rewards API, the Swift counterpart of the Python SDK's `KardApi`.
///
/// Create it with client credentials (the token is fetched from `v2/auth/token` and cached), with a fixed token, or
/// with a function that returns a token; then call the resource groups:
///
/// ```swift
/// let client = KardClient(clientID: "…", clientSecret: "…", environment: .sandbox)
/// let user = try await client.users.get(organizationID: "org", userID: "u1")
/// ```
///
/// Every call retries as ``Configuration/retryPolicy`` says, applies ``Configuration/timeout`` to each attempt, and
/// throws ``KardError``. Each method has a `…Raw` twin that also returns the HTTP status and headers.
public struct KardClient: Sendable {
    /// The SDK version sent in `User-Agent`.
    public static let sdkVersion = "0.1.0"

    /// A logger that discards everything, the default.
    public static let loggingDisabled = Logger(label: "kard", factory: { _ in SwiftLogNoOpLogHandler() })

    let executor: RequestExecutor

    /// The configuration the client was created with.
    public var configuration: KardClient.Configuration { self.executor.configuration }

    /// The base URL every path is appended to.
    public var baseURL: String { self.executor.baseURL }

    /// Creates a client that exchanges client credentials for a token, cached until two minutes before expiry.
    ///
    /// As in the Python SDK, a missing id or secret is read from `KARD_CLIENT_ID` / `KARD_CLIENT_SECRET`. When
    /// either is still missing or empty, the client is created but every authenticated call throws
    /// ``KardError/Code/missingCredentials``.
    ///
    /// - Parameters:
    ///   - clientID: The OAuth client id.
    ///   - clientSecret: The OAuth client secret.
    ///   - environment: The API host; ignored when `baseURL` is given.
    ///   - baseURL: A base URL that overrides `environment`; a path prefix is kept.
    ///   - configuration: Timeout, retries, headers, clock.
    ///   - transport: What sends the requests.
    ///   - logger: Where to log; silent by default.
    public init(
        clientID: String? = nil,
        clientSecret: String? = nil,
        environment: KardEnvironment = .production,
        baseURL: URL? = nil,
        configuration: Configuration = Configuration(),
        transport: any KardTransport = AsyncHTTPClientTransport(),
        logger: Logger = KardClient.loggingDisabled
    ) {
        let environmentVariables = ProcessInfo.processInfo.environment
        let base = baseURL?.absoluteString ?? environment.baseURLString
        let tokenExecutor = RequestExecutor(
            baseURL: base,
            configuration: configuration,
            transport: transport,
            logger: logger,
            authentication: .missing
        )
        let authentication: Authentication
        if let clientID = clientID ?? environmentVariables["KARD_CLIENT_ID"], !clientID.isEmpty,
            let clientSecret = clientSecret ?? environmentVariables["KARD_CLIENT_SECRET"], !clientSecret.isEmpty
        {
            let provider = OAuthTokenProvider(clientID: clientID, clientSecret: clientSecret, now: configuration.now) {
                (id: String, secret: String) async throws(KardError) -> TokenResponse in
                let request = try AuthClient.tokenRequest(clientID: id, clientSecret: secret, targetIssuer: nil)
                return try await tokenExecutor.send(request, decoding: TokenResponse.self, options: RequestOptions())
                    .data
            }
            authentication = .clientCredentials(provider)
        } else {
            authentication = .missing
        }
        self.init(
            base: base,
            configuration: configuration,
            transport: transport,
            logger: logger,
            authentication: authentication
        )
    }

    /// Creates a client that sends a fixed bearer token.
    ///
    /// - Parameters:
    ///   - token: The bearer token.
    ///   - environment: The API host; ignored when `baseURL` is given.
    ///   - baseURL: A base URL that overrides `environment`; a path prefix is kept.
    ///   - configuration: Timeout, retries, headers, clock.
    ///   - transport: What sends the requests.
    ///   - logger: Where to log; silent by default.
    public init(
        token: String,
        environment: KardEnvironment = .production,
        baseURL: URL? = nil,
        configuration: Configuration = Configuration(),
        transport: any KardTransport = AsyncHTTPClientTransport(),
        logger: Logger = KardClient.loggingDisabled
    ) {
        self.init(
            base: baseURL?.absoluteString ?? environment.baseURLString,
            configuration: configuration,
            transport: transport,
            logger: logger,
            authentication: .bearer({ token })
        )
    }

    /// Creates a client that asks a function for the bearer token before every attempt.
    ///
    /// The function's errors are thrown as ``KardError`` with code ``KardError/Code/authentication`` (a thrown
    /// ``KardError`` is passed through).
    ///
    /// - Parameters:
    ///   - tokenProvider: Returns the bearer token to send.
    ///   - environment: The API host; ignored when `baseURL` is given.
    ///   - baseURL: A base URL that overrides `environment`; a path prefix is kept.
    ///   - configuration: Timeout, retries, headers, clock.
    ///   - transport: What sends the requests.
    ///   - logger: Where to log; silent by default.
    public init(
        tokenProvider: @escaping @Sendable () async throws -> String,
        environment: KardEnvironment = .production,
        baseURL: URL? = nil,
        configuration: Configuration = Configuration(),
        transport: any KardTransport = AsyncHTTPClientTransport(),
        logger: Logger = KardClient.loggingDisabled
    ) {
        self.init(
            base: baseURL?.absoluteString ?? environment.baseURLString,
            configuration: configuration,
            transport: transport,
            logger: logger,
            authentication: .bearer(tokenProvider)
        )
    }

    private init(
        base: String,
        configuration: Configuration,
        transport: any KardTransport,
        logger: Logger,
        authentication: Authentication
    ) {
        self.executor = RequestExecutor(
            baseURL: base,
            configuration: configuration,
            transport: transport,
            logger: logger,
            authentication: authentication
        )
    }

    /// The token endpoint.
    public var auth: AuthClient { AuthClient(executor: self.executor) }

    /// The connectivity check.
    public var ping: PingClient { PingClient(executor: self.executor) }

    /// Enrolled users.
    public var users: UsersClient { UsersClient(executor: self.executor) }

    /// Transaction events.
    public var transactions: TransactionsClient { TransactionsClient(executor: self.executor) }

    /// The issuer's organization and its child organizations.
    public var organizations: OrganizationsClient { OrganizationsClient(executor: self.executor) }

    /// Sends any request through the client (base URL, headers, token, retries) and returns the last response,
    /// whatever its status; the escape hatch for endpoints the SDK does not wrap.
    ///
    /// - Parameters:
    ///   - request: The call.
    ///   - options: Per-call settings.
    /// - Returns: The response, successful or not.
    /// - Throws: ``KardError`` for transport and authentication failures.
    public func send(_ request: KardRequest, options: RequestOptions = RequestOptions()) async throws(KardError)
        -> KardHTTPResponse
    {
        try await self.executor.perform(request, options: options)
    }

    /// Sends any request through the client and decodes its `2xx` JSON body.
    ///
    /// - Parameters:
    ///   - request: The call.
    ///   - type: The type of the `2xx` body.
    ///   - options: Per-call settings.
    /// - Returns: The decoded body with status and headers.
    /// - Throws: ``KardError`` for a status outside `200..<300`, an undecodable body, or a transport failure.
    public func send<Value: Decodable>(
        _ request: KardRequest,
        decoding type: Value.Type,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<Value> {
        try await self.executor.send(request, decoding: type, options: options)
    }
}
