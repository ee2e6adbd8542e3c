import Hummingbird
import KardCore
import KardModels

/// `GET /v2/issuer` and the child-organization endpoints under `/v2/issuers/{organizationId}/children`.
struct OrganizationsController {
    let organizations: OrganizationService

    func addRoutes(to group: RouterGroup<KardRequestContext>) {
        group.get("/v2/issuer", use: self.issuer)
        group.get("/v2/issuers/:organizationId/children", use: self.list)
        group.post("/v2/issuers/:organizationId/children", use: self.create)
        group.get("/v2/issuers/:organizationId/children/:childId", use: self.get)
        group.patch("/v2/issuers/:organizationId/children/:childId", use: self.update)
        group.delete("/v2/issuers/:organizationId/children/:childId", use: self.delete)
    }

    @Sendable func issuer(request: Request, context: KardRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        return JSONResponse.make(try await self.organizations.organization(principal.organizationID).resource)
    }

    @Sendable func list(request: Request, context: KardRequestContext) async throws -> Response {
        let parent = try await self.organizations.pathOrganization(context)
        let pageSize = try request.integerQuery(
            "page[size]",
            in: 1...OrganizationService.maximumPageSize,
            default: OrganizationService.maximumPageSize
        )
        var after: OrganizationID?
        if let cursor = request.stringQuery("page[after]") {
            guard let key = PageCursor.decode(cursor) else {
                throw APIError(
                    .badRequest,
                    detail: "page[after] is not a cursor from this API.",
                    parameter: "page[after]"
                )
            }
            after = OrganizationID(key)
        }
        let page = try await self.organizations.children(of: parent.id, after: after, pageSize: pageSize)
        let base = "/v2/issuers/\(parent.id)/children?page[size]=\(pageSize)"
        let next =
            page.hasNextPage
            ? page.children.last.map { base + "&page[after]=" + PageCursor.encode($0.id.rawValue) } : nil
        let selfLink = request.stringQuery("page[after]").map { base + "&page[after]=" + $0 } ?? base
        return JSONResponse.make(
            ChildOrganizationList(
                data: page.children.map(\.childResource),
                links: PaginationLinks(selfLink: selfLink, next: next),
                meta: PageMeta(pageSize: pageSize, hasNextPage: page.hasNextPage)
            )
        )
    }

    @Sendable func create(request: Request, context: KardRequestContext) async throws -> Response {
        let parent = try await self.organizations.pathOrganization(context)
        let body = try await request.decodeJSON(ChildOrganizationRequest.self, context: context)
        try Self.checkType(body.data.type)
        guard let name = body.data.attributes.name else {
            throw APIError(.badRequest, detail: "name is required.", pointer: "/data/attributes/name")
        }
        let child = try await self.organizations.createChild(
            of: parent,
            name: name,
            externalID: body.data.attributes.externalId,
            bins: body.data.attributes.bins
        )
        return JSONResponse.make(child.childResource, status: .created)
    }

    @Sendable func get(request: Request, context: KardRequestContext) async throws -> Response {
        JSONResponse.make(try await self.pathChild(context).childResource)
    }

    @Sendable func update(request: Request, context: KardRequestContext) async throws -> Response {
        let child = try await self.pathChild(context)
        let body = try await request.decodeJSON(ChildOrganizationRequest.self, context: context)
        try Self.checkType(body.data.type)
        let changes = body.data.attributes
        let updated = try await self.organizations.updateChild(
            child,
            name: changes.name,
            externalID: changes.externalId,
            bins: changes.bins
        )
        return JSONResponse.make(updated.childResource)
    }

    @Sendable func delete(request: Request, context: KardRequestContext) async throws -> Response {
        let child = try await self.pathChild(context)
        try await self.organizations.deleteChild(child)
        return JSONResponse.make(
            DeletedResourceResponse(data: DeletedResource(type: "organization", id: child.id.rawValue))
        )
    }

    private func pathChild(_ context: KardRequestContext) async throws -> Organization {
        let parent = try await self.organizations.pathOrganization(context)
        let childID = OrganizationID(try context.parameters.require("childId"))
        return try await self.organizations.child(childID, of: parent.id)
    }

    private static func checkType(_ type: String) throws {
        guard type == "organization" else {
            throw APIError(.badRequest, detail: "data.type must be 'organization'.", pointer: "/data/type")
        }
    }
}
