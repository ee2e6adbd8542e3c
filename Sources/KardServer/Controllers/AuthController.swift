import Foundation
import Hummingbird
import KardCore
import KardModels

/// The OAuth2 client-credentials token endpoints: `POST /v2/auth/token` (JSON as the Python SDK sends it, or a form
/// with HTTP Basic) and the legacy `POST /oauth2/token?grant_type=client_credentials`.
struct AuthController {
    let platform: Platform

    func addRoutes(to router: Router<KardRequestContext>) {
        router.post("/v2/auth/token", use: self.token)
        router.post("/oauth2/token", use: self.token)
    }

    @Sendable func token(request: Request, context: KardRequestContext) async throws -> Response {
        let presented = try await self.presentedCredentials(request: request, context: context)
        let credential = try await ClientAuthenticator(platform: self.platform).verify(presented.id, presented.secret)
        var organization = credential.organizationID
        if let target = request.headers.value(named: "x-kard-target-issuer"), !target.isEmpty {
            organization = try await self.platform.organizations.accessible(OrganizationID(target), by: organization).id
        }
        let token = try await self.platform.tokens.issueToken(for: credential, organization: organization)
        var response = JSONResponse.make(token)
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// Client id and secret from HTTP Basic, a JSON body or a form body; the grant type, when given, must be
    /// `client_credentials` (in the query or the form).
    private func presentedCredentials(
        request: Request,
        context: KardRequestContext
    ) async throws -> (id: String, secret: String) {
        let body = try await request.bodyText(context: context)
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        var fields: [String: String] = [:]
        if contentType.contains("application/json") || (contentType.isEmpty && body.hasPrefix("{")) {
            let decoded = try JSONDecoder().decode(TokenRequest.self, from: Data(body.utf8))
            fields = ["client_id": decoded.clientId, "client_secret": decoded.clientSecret]
        } else if !body.isEmpty {
            fields = Self.formFields(body)
        }
        if let grant = request.stringQuery("grant_type") ?? fields["grant_type"],
            grant != "client_credentials"
        {
            throw AuthenticationFailure.unsupportedGrantType(grant)
        }
        if let basic = Self.basicCredentials(request.headers[.authorization]) {
            return basic
        }
        guard let id = fields["client_id"], let secret = fields["client_secret"] else {
            throw AuthenticationFailure.invalidClientCredentials
        }
        return (id, secret)
    }

    static func basicCredentials(_ header: String?) -> (id: String, secret: String)? {
        guard let header, header.lowercased().hasPrefix("basic ") else { return nil }
        let encoded = header.dropFirst(6).trimmingCharacters(in: .whitespaces)
        guard let data = Data(base64Encoded: encoded), let text = String(data: data, encoding: .utf8),
            let colon = text.firstIndex(of: ":")
        else { return nil }
        return (String(text[..<colon]), String(text[text.index(after: colon)...]))
    }

    static func formFields(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            fields[Request.formDecode(parts[0])] = parts.count > 1 ? Request.formDecode(parts[1]) : ""
        }
        return fields
    }
}
