import Hummingbird
import KardCore
import KardModels

/// The v2 discovery endpoints: `GET /v2/issuers/{organizationId}/users/{userId}/offers` and `…/locations`.
struct RewardsController {
    let discovery: DiscoveryService
    let organizations: OrganizationService

    func addRoutes(to group: RouterGroup<KardRequestContext>) {
        group.get("/v2/issuers/:organizationId/users/:userId/offers", use: self.offers)
        group.get("/v2/issuers/:organizationId/users/:userId/locations", use: self.locations)
    }

    @Sendable func offers(request: Request, context: KardRequestContext) async throws -> Response {
        _ = try context.requireScope(.rewardsRead)
        let organization = try await self.organizations.pathOrganization(context)
        let query = try Self.offerQuery(request)
        let include = try Self.include(request, allowed: ["categories"])
        let paging = try PageRequest(request, list: "offers", order: query.sort.parameter)
        let found = try await self.discovery.offers(
            for: try UsersController.pathUserID(context),
            in: organization.id,
            matching: query
        )
        let page = Page.slice(
            found.offers,
            key: query.sort.key(of:),
            descending: query.sort.descending,
            size: paging.size,
            after: paging.after,
            before: paging.before
        )
        let presenter = OfferPresenter(
            index: found.index,
            splits: organization.commissionSplits,
            engagement: found.engagement,
            components: try Self.components(request)
        )
        let allCategories = Set(found.offers.compactMap { found.index.merchants[$0.merchantID]?.category })
        let pageCategories = Set(page.items.compactMap { found.index.merchants[$0.merchantID]?.category })
        return JSONResponse.make(
            OffersResponse(
                data: page.items.map(presenter.resource),
                links: paging.links(for: page, request: request, list: "offers", order: query.sort.parameter),
                included: include.contains("categories") ? Self.categories(pageCategories).map { .category($0) } : nil,
                meta: OffersMeta(
                    availableCategories: Self.categories(allCategories),
                    pageSize: paging.size,
                    hasNextPage: page.nextKey != nil
                )
            )
        )
    }

    @Sendable func locations(request: Request, context: KardRequestContext) async throws -> Response {
        _ = try context.requireScope(.rewardsRead)
        let organization = try await self.organizations.pathOrganization(context)
        let query = try Self.locationQuery(request)
        let include = try Self.include(request, allowed: ["offers", "categories"])
        let order =
            query.ordersByDistance ? "distance" : ((query.nameDescending ?? false) ? "-locationName" : "locationName")
        let paging = try PageRequest(request, list: "locations", order: order)
        let found = try await self.discovery.locations(
            for: try UsersController.pathUserID(context),
            in: organization.id,
            matching: query
        )
        let page = Page.slice(
            found.locations,
            key: { OfferDiscovery.key(of: $0, query: query) },
            descending: query.nameDescending ?? false,
            size: paging.size,
            after: paging.after,
            before: paging.before
        )
        var included: [IncludedResource] = []
        if include.contains("offers") {
            let presenter = OfferPresenter(
                index: found.index,
                splits: organization.commissionSplits,
                engagement: found.engagement,
                components: try Self.components(request)
            )
            var seen: Set<OfferID> = []
            for offer in page.items.flatMap(\.offers) where seen.insert(offer.id).inserted {
                included.append(.offer(presenter.resource(offer)))
            }
        }
        if include.contains("categories") {
            included += Self.categories(Set(page.items.map(\.merchant.category))).map { .category($0) }
        }
        return JSONResponse.make(
            LocationsResponse(
                data: page.items.map(\.resource),
                links: paging.links(for: page, request: request, list: "locations", order: order),
                included: include.isEmpty ? nil : included
            )
        )
    }

    // MARK: - Parameters

    static func offerQuery(_ request: Request) throws -> OfferQuery {
        var query = OfferQuery()
        let channels = request.listQuery("filter[purchaseChannel]")
        if !channels.isEmpty {
            query.channels = Set(
                try channels.map { value in
                    guard let channel = PurchaseChannel(rawValue: value) else {
                        throw APIError(
                            .badRequest,
                            detail: "filter[purchaseChannel] must be ONLINE or INSTORE.",
                            parameter: "filter[purchaseChannel]"
                        )
                    }
                    return channel
                }
            )
        }
        query.category = try request.enumQuery("filter[category]", as: MerchantCategory.self)
        query.targetedOnly = try request.booleanQuery("filter[isTargeted]") ?? false
        query.search = request.stringQuery("filter[search]").flatMap { $0.isEmpty ? nil : $0 }
        if let sort = request.stringQuery("sort") {
            guard let parsed = OfferSort(parameter: sort) else {
                throw APIError(
                    .badRequest,
                    detail: "sort must be one of startDate, -startDate, expirationDate, -expirationDate, name, -name.",
                    parameter: "sort"
                )
            }
            query.sort = parsed
        }
        return query
    }

    static func locationQuery(_ request: Request) throws -> LocationQuery {
        let latitude = try request.doubleQuery("filter[latitude]", in: -90...90)
        let longitude = try request.doubleQuery("filter[longitude]", in: -180...180)
        let radius = try request.doubleQuery("filter[radius]", in: LocationQuery.radiusRange)
        var query = LocationQuery(
            name: request.stringQuery("filter[name]"),
            city: request.stringQuery("filter[city]"),
            state: request.stringQuery("filter[state]")?.uppercased(),
            zipCode: request.stringQuery("filter[zipCode]"),
            category: try request.enumQuery("filter[category]", as: MerchantCategory.self)
        )
        try LocationQuery.checkGeoParameters(
            latitude: latitude,
            longitude: longitude,
            radius: radius,
            query: query,
            names: ("filter[latitude]", "filter[longitude]", "filter[radius]", "filter[zipCode]", "filter[city]")
        )
        if let latitude, let longitude { query.center = GeoPoint(latitude: latitude, longitude: longitude) }
        query.radiusMiles = radius ?? LocationQuery.defaultRadiusMiles
        switch request.stringQuery("sort") {
        case nil: break
        case "locationName": query.nameDescending = false
        case "-locationName": query.nameDescending = true
        default:
            throw APIError(.badRequest, detail: "sort must be locationName or -locationName.", parameter: "sort")
        }
        return query
    }

    static func include(_ request: Request, allowed: Set<String>) throws -> Set<String> {
        let values = Set(request.listQuery("include"))
        if let unknown = values.subtracting(allowed).first {
            throw APIError(
                .badRequest,
                detail: "include does not know '\(unknown)'; use \(allowed.sorted().joined(separator: ", ")).",
                parameter: "include"
            )
        }
        return values
    }

    static func components(_ request: Request) throws -> Set<String> {
        let values = Set(request.listQuery("supportedComponents"))
        if let unknown = values.subtracting(OfferPresenter.componentNames).first {
            throw APIError(
                .badRequest,
                detail: "supportedComponents does not know '\(unknown)'.",
                parameter: "supportedComponents"
            )
        }
        return values
    }

    static func categories(_ categories: Set<MerchantCategory>) -> [CategoryResource] {
        categories.sorted { $0.rawValue < $1.rawValue }.map(\.resource)
    }
}
