import KardModels

/// The authenticated issuer's organization and its children (the Python SDK's `client.organizations`).
public struct OrganizationsClient: Sendable {
    let executor: RequestExecutor

    /// Child organizations, `v2/issuers/{organizationId}/children`.
    public var children: ChildOrganizationsClient { ChildOrganizationsClient(executor: self.executor) }

    /// Fetches the organization of the authenticated issuer (`GET v2/issuer`).
    ///
    /// - Parameter options: Per-call settings.
    /// - Returns: The organization.
    /// - Throws: ``KardError`` (401, 403, 404, 500…).
    public func get(options: RequestOptions = RequestOptions()) async throws(KardError) -> OrganizationResource {
        try await self.getRaw(options: options).data
    }

    /// Fetches the organization of the authenticated issuer, with the HTTP status and headers.
    ///
    /// - Parameter options: Per-call settings.
    /// - Returns: The organization with status and headers.
    /// - Throws: ``KardError`` (401, 403, 404, 500…).
    public func getRaw(options: RequestOptions = RequestOptions()) async throws(KardError)
        -> KardResponse<OrganizationResource>
    {
        try await self.executor.send(
            KardRequest(method: .get, path: "v2/issuer"),
            decoding: OrganizationResource.self,
            options: options
        )
    }
}
