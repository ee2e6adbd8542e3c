import Foundation
import Hummingbird
import KardCore
import KardModels

/// The v2 user endpoints under `/v2/issuers/{organizationId}/users`.
struct UsersController {
    let users: UserService
    let organizations: OrganizationService

    func addRoutes(to group: RouterGroup<KardRequestContext>) {
        group.post("/v2/issuers/:organizationId/users", use: self.create)
        group.get("/v2/issuers/:organizationId/users/:userId", use: self.get)
        group.put("/v2/issuers/:organizationId/users/:userId", use: self.update)
        group.delete("/v2/issuers/:organizationId/users/:userId", use: self.delete)
    }

    /// Enrolls 1 to 100 users: 201 when all are created, 207 when some fail, 409 when all already exist,
    /// 400 otherwise when none could be created. Every per-user error carries the user's `id`.
    @Sendable func create(request: Request, context: KardRequestContext) async throws -> Response {
        _ = try context.requireScope(.userWrite)
        let organization = try await self.organizations.pathOrganization(context)
        let body = try await request.decodeJSON(UserListDocument.self, context: context)
        guard (1...UserService.maximumBatchSize).contains(body.data.count) else {
            throw APIError(
                .badRequest,
                detail: "data must hold 1 to \(UserService.maximumBatchSize) users; it holds \(body.data.count).",
                pointer: "/data"
            )
        }
        var errors = BatchErrors()
        var batch: [UserService.NewUser] = []
        var positions: [Int] = []
        for (index, resource) in body.data.enumerated() {
            if resource.type != "user" {
                errors.add(
                    ErrorObject(
                        status: "400",
                        title: APIError.title(for: .badRequest),
                        detail: "type must be 'user'.",
                        source: ErrorSource(pointer: "/data/\(index)/type"),
                        id: resource.id
                    )
                )
            } else {
                batch.append(UserService.NewUser(id: resource.id, input: resource.attributes.input))
                positions.append(index)
            }
        }
        let outcomes = try await self.users.createUsers(batch, in: organization.id)
        var created: [UserResource] = []
        for (outcome, index) in zip(outcomes, positions) {
            switch outcome {
            case .created(let user):
                errors.accept()
                created.append(user.resource)
            case .failed(let id, let error):
                errors.refuse(error, index: index, id: id)
            }
        }
        if errors.isEmpty {
            return JSONResponse.make(UserListDocument(data: created), status: .created)
        }
        if errors.accepted > 0 {
            return JSONResponse.make(
                UserMultiStatusDocument(errors: errors.errors, data: created),
                status: errors.failureStatus
            )
        }
        return errors.failureResponse
    }

    @Sendable func get(request: Request, context: KardRequestContext) async throws -> Response {
        _ = try context.requireScope(.userRead)
        let organization = try await self.organizations.pathOrganization(context)
        let user = try await self.users.user(try Self.pathUserID(context), in: organization.id)
        return JSONResponse.make(UserDocument(data: user.resource))
    }

    /// Updates a user. `enrolledRewards` is required; other absent fields keep their value.
    @Sendable func update(request: Request, context: KardRequestContext) async throws -> Response {
        _ = try context.requireScope(.userUpdate)
        let organization = try await self.organizations.pathOrganization(context)
        let userID = try Self.pathUserID(context)
        let body = try await request.decodeJSON(UserDocument.self, context: context)
        guard body.data.type == "user" else {
            throw APIError(.badRequest, detail: "data.type must be 'user'.", pointer: "/data/type")
        }
        guard body.data.id == userID.rawValue else {
            throw APIError(
                .badRequest,
                detail: "data.id '\(body.data.id)' does not match the user id in the path.",
                pointer: "/data/id"
            )
        }
        let user = try await self.users.updateUser(
            userID,
            in: organization.id,
            with: body.data.attributes.input,
            programs: [.cardLinked],
            enrolledRewardsRequired: true
        )
        return JSONResponse.make(UserDocument(data: user.resource))
    }

    @Sendable func delete(request: Request, context: KardRequestContext) async throws -> Response {
        _ = try context.requireScope(.userDelete)
        let organization = try await self.organizations.pathOrganization(context)
        let userID = try Self.pathUserID(context)
        try await self.users.deleteUser(userID, in: organization.id)
        return JSONResponse.make(DeletedResourceResponse(data: DeletedResource(type: "user", id: userID.rawValue)))
    }

    static func pathUserID(_ context: KardRequestContext) throws -> UserID {
        let raw = try context.parameters.require("userId")
        return UserID(raw.removingPercentEncoding ?? raw)
    }
}
