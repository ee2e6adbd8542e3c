import Crypto
import Foundation
import Hummingbird

/// Guards the operator's admin API with the configured admin token (`KARD_ADMIN_TOKEN`), which is separate from
/// issuer credentials. Without a configured token the admin API is disabled.
struct AdminAuthenticationMiddleware<Context: RequestContext>: RouterMiddleware {
    /// SHA-256 of the configured token; `nil` when the admin API is disabled.
    let tokenDigest: [UInt8]?

    init(token: String?) {
        self.tokenDigest = token.map { Array(SHA256.hash(data: Data($0.utf8))) }
    }

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let expected = self.tokenDigest else {
            throw APIError(.forbidden, detail: "The admin API is disabled: start the server with KARD_ADMIN_TOKEN set.")
        }
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw APIError(.unauthorized, detail: "The admin API needs 'Authorization: Bearer <admin token>'.")
        }
        let presented = Array(SHA256.hash(data: Data(header.dropFirst(7).utf8)))
        var difference: UInt8 = 0
        for (left, right) in zip(presented, expected) { difference |= left ^ right }
        guard difference == 0 else { throw APIError(.unauthorized, detail: "The admin token is not valid.") }
        return try await next(request, context)
    }
}
