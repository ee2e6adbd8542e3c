/// An OAuth2 access token answer: `{"access_token", "expires_in", "token_type"}`.
public struct TokenResponse: Codable, Sendable, Equatable {
    /// The bearer token.
    public var accessToken: String
    /// Lifetime in seconds.
    public var expiresIn: Int
    /// Always `Bearer`.
    public var tokenType: String

    /// Creates a token answer.
    public init(accessToken: String, expiresIn: Int, tokenType: String = "Bearer") {
        self.accessToken = accessToken
        self.expiresIn = expiresIn
        self.tokenType = tokenType
    }

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case expiresIn = "expires_in"
        case tokenType = "token_type"
    }
}

/// The JSON body the Python SDK posts to `/v2/auth/token`.
public struct TokenRequest: Codable, Sendable, Equatable {
    /// The OAuth client id.
    public var clientId: String
    /// The OAuth client secret.
    public var clientSecret: String

    /// Creates a token request.
    public init(clientId: String, clientSecret: String) {
        self.clientId = clientId
        self.clientSecret = clientSecret
    }

    enum CodingKeys: String, CodingKey {
        case clientId = "client_id"
        case clientSecret = "client_secret"
    }
}

/// The answer of `GET /v2/ping`.
public struct PingResponse: Codable, Sendable, Equatable {
    /// `Ping successful`.
    public var message: String
    /// `OK`.
    public var status: String
    /// Server time, Apache log style (`02/Oct/2025:17:52:43 +0000`).
    public var timestamp: String

    /// Creates a ping answer.
    public init(message: String, status: String, timestamp: String) {
        self.message = message
        self.status = status
        self.timestamp = timestamp
    }
}
