import Hummingbird
import KardCore
import KardModels

/// The legacy user endpoints (`/users/users…`). They act on the caller's organization (or the child selected with
/// `X-Kard-Target-Issuer`) and share users with the v2 API.
struct LegacyUsersController {
    let users: UserService
    let organizations: OrganizationService

    func addRoutes(to group: RouterGroup<KardRequestContext>) {
        group.post("/users/users", use: self.create)
        group.put("/users/users/:userId", use: self.update)
        group.delete("/users/users/:userId", use: self.delete)
        group.post("/users/users/:userId/cards", use: self.addCards)
    }

    @Sendable func create(request: Request, context: KardRequestContext) async throws -> Response {
        let principal = try context.requireScope(.userWrite)
        let body = try await request.decodeJSON(LegacyUserRequest.self, context: context)
        guard let id = body.referringPartnerUserId else {
            throw APIError(
                .badRequest,
                detail: "referringPartnerUserId is required.",
                pointer: "/referringPartnerUserId"
            )
        }
        let user = try await self.users.createLegacyUser(
            id: id,
            input: body.input,
            cards: Self.cards(body.cards, body.cardInfo),
            in: principal.actingOrganizationID
        )
        return JSONResponse.make("User \(user.id) created.", status: .created)
    }

    @Sendable func update(request: Request, context: KardRequestContext) async throws -> Response {
        let principal = try context.requireScope(.userUpdate)
        let userID = try UsersController.pathUserID(context)
        let body = try await request.decodeJSON(LegacyUserRequest.self, context: context)
        if let id = body.referringPartnerUserId, id != userID.rawValue {
            throw APIError(
                .badRequest,
                detail: "referringPartnerUserId does not match the user id in the path.",
                pointer: "/referringPartnerUserId"
            )
        }
        let user = try await self.users.updateUser(
            userID,
            in: principal.actingOrganizationID,
            with: body.input,
            programs: Set(RewardProgram.allCases),
            enrolledRewardsRequired: false
        )
        return JSONResponse.make(try await self.legacyResponse(user))
    }

    @Sendable func delete(request: Request, context: KardRequestContext) async throws -> Response {
        let principal = try context.requireScope(.userDelete)
        let userID = try UsersController.pathUserID(context)
        try await self.users.deleteUser(userID, in: principal.actingOrganizationID)
        return JSONResponse.make("User \(userID) deleted.")
    }

    @Sendable func addCards(request: Request, context: KardRequestContext) async throws -> Response {
        let principal = try context.requireScope(.userWrite)
        let userID = try UsersController.pathUserID(context)
        let body = try await request.decodeJSON(LegacyAddCardsRequest.self, context: context)
        if let id = body.referringPartnerUserId, id != userID.rawValue {
            throw APIError(
                .badRequest,
                detail: "referringPartnerUserId does not match the user id in the path.",
                pointer: "/referringPartnerUserId"
            )
        }
        let user = try await self.users.addCards(
            Self.cards(body.cards, body.cardInfo),
            to: userID,
            in: principal.actingOrganizationID
        )
        return JSONResponse.make(try await self.legacyResponse(user), status: .created)
    }

    /// `cards` followed by the deprecated single `cardInfo`.
    static func cards(_ cards: [LegacyCardInfo]?, _ cardInfo: LegacyCardInfo?) -> [CardInput] {
        ((cards ?? []) + (cardInfo.map { [$0] } ?? [])).map(\.input)
    }

    private func legacyResponse(_ user: User) async throws -> LegacyUserResponse {
        let issuer = try await self.organizations.organization(user.organizationID)
        return user.legacyResponse(issuerName: issuer.name)
    }
}
