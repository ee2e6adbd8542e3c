import Hummingbird
import KardCore
import KardModels

/// Attribution events, and offer activation and boost, under `/v2/issuers/{organizationId}/users/{userId}`.
struct AttributionsController {
    let attributions: AttributionService
    let discovery: DiscoveryService
    let organizations: OrganizationService

    func addRoutes(to group: RouterGroup<KardRequestContext>) {
        group.post("/v2/issuers/:organizationId/users/:userId/attributions", use: self.create)
        group.post("/v2/issuers/:organizationId/users/:userId/offers/:offerId/activate", use: self.activate)
        group.post("/v2/issuers/:organizationId/users/:userId/offers/:offerId/boost", use: self.boost)
    }

    /// Stores 1 to 100 events and answers 202 with a job.
    @Sendable func create(request: Request, context: KardRequestContext) async throws -> Response {
        _ = try context.requireScope(.attributionsWrite)
        let organization = try await self.organizations.pathOrganization(context)
        let body = try await request.decodeJSON(AttributionsRequest.self, context: context)
        let inputs = body.data.map { resource in
            AttributionService.Input(
                subject: resource.type.rawValue,
                entityID: resource.attributes.entityId,
                eventCode: resource.attributes.eventCode.rawValue,
                medium: resource.attributes.medium.rawValue,
                eventDate: resource.attributes.eventDate.date
            )
        }
        let job: String
        do {
            job = try await self.attributions.record(
                inputs,
                for: try UsersController.pathUserID(context),
                in: organization.id
            )
        } catch let error as DomainError {
            throw APIError(error, pointerPrefix: "/data")
        }
        return JSONResponse.make(
            JobResponse(
                data: JobResource(
                    id: job,
                    attributes: JobAttributes(status: "queued", message: "\(inputs.count) attribution events accepted.")
                )
            ),
            status: .accepted
        )
    }

    @Sendable func activate(request: Request, context: KardRequestContext) async throws -> Response {
        try await self.engage(request: request, context: context, eventCode: "ACTIVATE")
    }

    @Sendable func boost(request: Request, context: KardRequestContext) async throws -> Response {
        try await self.engage(request: request, context: context, eventCode: "BOOST")
    }

    private func engage(request: Request, context: KardRequestContext, eventCode: String) async throws -> Response {
        _ = try context.requireScope(.attributionsWrite)
        let organization = try await self.organizations.pathOrganization(context)
        let userID = try UsersController.pathUserID(context)
        let include = try RewardsController.include(request, allowed: ["offer", "categories"])
        let components = try RewardsController.components(request)
        let offerID = OfferID(try context.parameters.require("offerId"))
        let (event, offer, index) = try await self.attributions.engage(
            offerID,
            eventCode: eventCode,
            for: userID,
            in: organization.id
        )
        var included: [IncludedResource] = []
        if include.contains("offer") {
            let presenter = OfferPresenter(
                index: index,
                splits: organization.commissionSplits,
                engagement: try await self.discovery.engagement(of: userID, in: organization.id),
                components: components
            )
            included.append(.offer(presenter.resource(offer)))
        }
        if include.contains("categories"), let category = index.merchants[offer.merchantID]?.category {
            included.append(.category(category.resource))
        }
        return JSONResponse.make(
            ActivateOfferResponse(
                data: AttributionEventResource(
                    type: AttributionType(rawValue: event.subject.resourceType),
                    id: event.id,
                    attributes: AttributionAttributes(
                        entityId: event.entityID,
                        eventCode: AttributionEventCode(rawValue: event.eventCode),
                        medium: AttributionMedium(rawValue: event.medium),
                        eventDate: KardDate(event.eventDate)
                    )
                ),
                included: included.isEmpty ? nil : included
            ),
            status: .created
        )
    }
}
