import Hummingbird
import KardCore

extension OrganizationService {
    /// The `{organizationId}` of the request path, when the caller may act for it (its own organization or one of
    /// its children); anything else is refused with 403 whether it exists or not.
    func pathOrganization(_ context: KardRequestContext) async throws -> Organization {
        let principal = try context.requirePrincipal()
        let id = OrganizationID(try context.parameters.require("organizationId"))
        return try await self.accessible(id, by: principal.organizationID)
    }
}
