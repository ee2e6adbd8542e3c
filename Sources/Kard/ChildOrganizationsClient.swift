import KardModels

/// Child organizations of an issuer, `v2/issuers/{organizationId}/children`
/// (the Python SDK's `client.organizations.children`).
public struct ChildOrganizationsClient: Sendable {
    let executor: RequestExecutor

    /// Lists child organizations, one cursor page at a time.
    ///
    /// - Parameters:
    ///   - organizationID: The parent organization id.
    ///   - pageSize: The page size (`page[size]`, 1–200; the server's default is 200).
    ///   - pageAfter: The cursor of the page to fetch (`page[after]`), from the previous page's links.
    ///   - options: Per-call settings.
    /// - Returns: A page of children, with links and paging facts.
    /// - Throws: ``KardError`` (401, 403, 404, 500…).
    public func list(
        organizationID: String,
        pageSize: Int? = nil,
        pageAfter: String? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> ChildOrganizationList {
        try await self.listRaw(
            organizationID: organizationID,
            pageSize: pageSize,
            pageAfter: pageAfter,
            options: options
        ).data
    }

    /// Lists child organizations, with the HTTP status and headers.
    ///
    /// - Parameters:
    ///   - organizationID: The parent organization id.
    ///   - pageSize: The page size (`page[size]`).
    ///   - pageAfter: The cursor of the page to fetch (`page[after]`).
    ///   - options: Per-call settings.
    /// - Returns: A page of children with status and headers.
    /// - Throws: ``KardError`` (401, 403, 404, 500…).
    public func listRaw(
        organizationID: String,
        pageSize: Int? = nil,
        pageAfter: String? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<ChildOrganizationList> {
        var query: [KardQueryItem] = []
        if let pageAfter {
            query.append(KardQueryItem(name: "page[after]", value: pageAfter))
        }
        if let pageSize {
            query.append(KardQueryItem(name: "page[size]", value: String(pageSize)))
        }
        let request = KardRequest(method: .get, path: Self.path(organizationID), queryItems: query)
        return try await self.executor.send(request, decoding: ChildOrganizationList.self, options: options)
    }

    /// Creates a child organization, a clone of the parent with a generated 8-digit id.
    ///
    /// - Parameters:
    ///   - organizationID: The parent organization id.
    ///   - name: The name: letters and spaces, at least one letter.
    ///   - externalID: The issuer's own reference.
    ///   - bins: The child's BINs; the parent's when `nil`.
    ///   - options: Per-call settings.
    /// - Returns: The new child.
    /// - Throws: ``KardError`` (400, 401, 403, 409, 500…).
    public func create(
        organizationID: String,
        name: String,
        externalID: String? = nil,
        bins: [String]? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> ChildOrganizationResource {
        try await self.createRaw(
            organizationID: organizationID,
            name: name,
            externalID: externalID,
            bins: bins,
            options: options
        ).data
    }

    /// Creates a child organization, with the HTTP status and headers.
    ///
    /// - Parameters:
    ///   - organizationID: The parent organization id.
    ///   - name: The name.
    ///   - externalID: The issuer's own reference.
    ///   - bins: The child's BINs.
    ///   - options: Per-call settings.
    /// - Returns: The new child with status and headers.
    /// - Throws: ``KardError`` (400, 401, 403, 409, 500…).
    public func createRaw(
        organizationID: String,
        name: String,
        externalID: String? = nil,
        bins: [String]? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<ChildOrganizationResource> {
        let body = ChildOrganizationRequest(
            data: ChildOrganizationRequestData(
                attributes: ChildOrganizationChanges(name: name, externalId: externalID, bins: bins)
            )
        )
        let request = try KardRequest.json(.post, path: Self.path(organizationID), body: body)
        return try await self.executor.send(request, decoding: ChildOrganizationResource.self, options: options)
    }

    /// Fetches a child organization.
    ///
    /// - Parameters:
    ///   - organizationID: The parent organization id.
    ///   - childID: The child's id.
    ///   - options: Per-call settings.
    /// - Returns: The child.
    /// - Throws: ``KardError`` (401, 403, 404, 500…).
    public func get(
        organizationID: String,
        childID: String,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> ChildOrganizationResource {
        try await self.getRaw(organizationID: organizationID, childID: childID, options: options).data
    }

    /// Fetches a child organization, with the HTTP status and headers.
    ///
    /// - Parameters:
    ///   - organizationID: The parent organization id.
    ///   - childID: The child's id.
    ///   - options: Per-call settings.
    /// - Returns: The child with status and headers.
    /// - Throws: ``KardError`` (401, 403, 404, 500…).
    public func getRaw(
        organizationID: String,
        childID: String,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<ChildOrganizationResource> {
        let request = KardRequest(method: .get, path: Self.path(organizationID, childID))
        return try await self.executor.send(request, decoding: ChildOrganizationResource.self, options: options)
    }

    /// Changes a child organization (`PATCH`); only the values given are sent.
    ///
    /// - Parameters:
    ///   - organizationID: The parent organization id.
    ///   - childID: The child's id.
    ///   - name: The new name.
    ///   - externalID: The new external reference.
    ///   - bins: The new BINs.
    ///   - options: Per-call settings.
    /// - Returns: The updated child.
    /// - Throws: ``KardError`` (400, 401, 403, 404, 500…).
    public func update(
        organizationID: String,
        childID: String,
        name: String? = nil,
        externalID: String? = nil,
        bins: [String]? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> ChildOrganizationResource {
        try await self.updateRaw(
            organizationID: organizationID,
            childID: childID,
            name: name,
            externalID: externalID,
            bins: bins,
            options: options
        ).data
    }

    /// Changes a child organization, with the HTTP status and headers.
    ///
    /// - Parameters:
    ///   - organizationID: The parent organization id.
    ///   - childID: The child's id.
    ///   - name: The new name.
    ///   - externalID: The new external reference.
    ///   - bins: The new BINs.
    ///   - options: Per-call settings.
    /// - Returns: The updated child with status and headers.
    /// - Throws: ``KardError`` (400, 401, 403, 404, 500…).
    public func updateRaw(
        organizationID: String,
        childID: String,
        name: String? = nil,
        externalID: String? = nil,
        bins: [String]? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<ChildOrganizationResource> {
        let body = ChildOrganizationRequest(
            data: ChildOrganizationRequestData(
                attributes: ChildOrganizationChanges(name: name, externalId: externalID, bins: bins)
            )
        )
        let request = try KardRequest.json(.patch, path: Self.path(organizationID, childID), body: body)
        return try await self.executor.send(request, decoding: ChildOrganizationResource.self, options: options)
    }

    /// Deletes a child organization.
    ///
    /// - Parameters:
    ///   - organizationID: The parent organization id.
    ///   - childID: The child's id.
    ///   - options: Per-call settings.
    /// - Returns: The stub of the deleted child.
    /// - Throws: ``KardError`` (401, 403, 404, 500…).
    public func delete(
        organizationID: String,
        childID: String,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> DeletedResource {
        try await self.deleteRaw(organizationID: organizationID, childID: childID, options: options).data
    }

    /// Deletes a child organization, with the HTTP status and headers.
    ///
    /// - Parameters:
    ///   - organizationID: The parent organization id.
    ///   - childID: The child's id.
    ///   - options: Per-call settings.
    /// - Returns: The stub of the deleted child with status and headers.
    /// - Throws: ``KardError`` (401, 403, 404, 500…).
    public func deleteRaw(
        organizationID: String,
        childID: String,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<DeletedResource> {
        let request = KardRequest(method: .delete, path: Self.path(organizationID, childID))
        return try await self.executor.send(request, decoding: DeletedResourceResponse.self, options: options)
            .map(\.data)
    }

    private static func path(_ organizationID: String, _ childID: String? = nil) -> String {
        var path = "v2/issuers/\(KardRequest.encodePathSegment(organizationID))/children"
        if let childID {
            path += "/\(KardRequest.encodePathSegment(childID))"
        }
        return path
    }
}
