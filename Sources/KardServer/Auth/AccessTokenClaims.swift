import Foundation
import JWTKit

/// The claims of an access token. Expiry is checked by ``TokenAuthority`` against the injected clock.
struct AccessTokenClaims: JWTPayload, Equatable {
    /// The client id.
    var sub: SubjectClaim
    /// The organization the token acts for.
    var org: String
    /// Space-separated scopes, as in OAuth2.
    var scope: String
    var iat: IssuedAtClaim
    var exp: ExpirationClaim
    /// A unique token id.
    var jti: IDClaim

    func verify(using algorithm: some JWTAlgorithm) async throws {}
}
