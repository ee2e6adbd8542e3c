import Foundation
import Hummingbird
import KardCore

/// Verifies the access token of protected routes and records the caller in the context.
/// Accepts `Authorization: Bearer <token>` and the bare token the legacy guide sends. With
/// `X-Kard-Target-Issuer`, a client acts for one of its child organizations.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = KardRequestContext

    let tokens: TokenAuthority
    let organizations: OrganizationService

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var principal = try await self.tokens.principal(for: try Self.accessToken(in: request.headers))
        if let target = request.headers.value(named: "x-kard-target-issuer"), !target.isEmpty,
            target != principal.organizationID.rawValue
        {
            let organization = try await self.organizations.accessible(
                OrganizationID(target),
                by: principal.organizationID
            )
            principal.actingOrganizationID = organization.id
        }
        var context = context
        context.principal = principal
        return try await next(request, context)
    }
}

extension AuthenticationMiddleware {
    /// The access token of an `Authorization` header: `Bearer <token>`, or the bare token.
    /// - Throws: ``AuthenticationFailure/missingToken`` when there is none.
    static func accessToken(in headers: HTTPFields) throws -> String {
        guard let header = headers[.authorization]?.trimmingCharacters(in: .whitespaces), !header.isEmpty else {
            throw AuthenticationFailure.missingToken
        }
        let token = header.lowercased().hasPrefix("bearer ") ? String(header.dropFirst(7)) : header
        return token.trimmingCharacters(in: .whitespaces)
    }
}

extension HTTPFields {
    /// The first value of the header with this lowercase name.
    func value(named lowercaseName: String) -> String? {
        self.first { $0.name.canonicalName == lowercaseName }?.value
    }
}
