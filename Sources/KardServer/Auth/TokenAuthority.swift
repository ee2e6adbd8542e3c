import Foundation
import JWTKit
import KardCore
import KardModels

/// Issues and verifies the platform's access tokens: HS256-signed JWTs carrying the organization and scopes.
public struct TokenAuthority: Sendable {
    /// Token lifetime in seconds, as Kard's token endpoint answers.
    public static let lifetimeSeconds = 3600

    private let keys: JWTKeyCollection
    private let clock: any WallClock
    private let ids: any IDGenerator

    /// Creates an authority signing with `secret` (at least 32 bytes).
    public init(secret: String, clock: any WallClock, ids: any IDGenerator) async {
        self.keys = JWTKeyCollection()
        await self.keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
        self.clock = clock
        self.ids = ids
    }

    /// A new token for `credential`, acting for `organization` (its own or one of its children).
    public func issueToken(for credential: ClientCredential, organization: OrganizationID) async throws -> TokenResponse
    {
        let now = self.clock.now()
        let claims = AccessTokenClaims(
            sub: SubjectClaim(value: credential.clientID),
            org: organization.rawValue,
            scope: credential.scopes.map(\.rawValue).joined(separator: " "),
            iat: IssuedAtClaim(value: now),
            exp: ExpirationClaim(value: now.addingTimeInterval(TimeInterval(Self.lifetimeSeconds))),
            jti: IDClaim(value: self.ids.uuid().uuidString.lowercased())
        )
        return TokenResponse(accessToken: try await self.keys.sign(claims), expiresIn: Self.lifetimeSeconds)
    }

    /// The caller a token stands for.
    /// - Throws: ``AuthenticationFailure`` when the token is malformed, forged or expired.
    public func principal(for token: String) async throws(AuthenticationFailure) -> Principal {
        let claims: AccessTokenClaims
        do {
            claims = try await self.keys.verify(token, as: AccessTokenClaims.self)
        } catch {
            throw .invalidToken
        }
        guard claims.exp.value > self.clock.now() else { throw .expiredToken }
        return Principal(
            organizationID: OrganizationID(claims.org),
            clientID: claims.sub.value,
            scopes: Set(claims.scope.split(separator: " ").map { Scope(rawValue: String($0)) })
        )
    }
}

/// Why a request could not be authenticated.
public enum AuthenticationFailure: Error, Sendable, Equatable {
    case missingToken
    case invalidToken
    case expiredToken
    case invalidClientCredentials
    case unsupportedGrantType(String)

    var detail: String {
        switch self {
        case .missingToken: return "An access token is required: send 'Authorization: Bearer <token>'."
        case .invalidToken: return "The access token is not valid."
        case .expiredToken: return "The access token has expired; obtain a new one."
        case .invalidClientCredentials: return "The client credentials are not valid."
        case .unsupportedGrantType(let grant): return "Unsupported grant_type '\(grant)'; use client_credentials."
        }
    }
}
