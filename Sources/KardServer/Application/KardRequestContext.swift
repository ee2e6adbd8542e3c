import Hummingbird
import KardCore

/// The per-request context: Hummingbird's core values, the caller once authenticated, and the body limit.
public struct KardRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by ``AuthenticationMiddleware`` on protected routes.
    public var principal: Principal?
    /// The largest request body accepted: 2 MiB, room for the largest batch the API allows.
    public static let maximumBodySize = 2 * 1024 * 1024

    public var maxUploadSize: Int { Self.maximumBodySize }

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.principal = nil
    }

    /// The authenticated caller.
    /// - Throws: 401 when the route was reached without authentication (a wiring mistake, not a client one).
    func requirePrincipal() throws -> Principal {
        guard let principal = self.principal else { throw AuthenticationFailure.missingToken }
        return principal
    }

    /// The authenticated caller, who must hold `scope`.
    /// - Throws: 403 naming the missing scope.
    func requireScope(_ scope: Scope) throws -> Principal {
        let principal = try self.requirePrincipal()
        guard principal.scopes.contains(scope) else {
            throw APIError(.forbidden, detail: "This operation requires the '\(scope)' scope.")
        }
        return principal
    }
}
