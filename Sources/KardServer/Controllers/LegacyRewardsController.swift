import Foundation
import Hummingbird
import KardCore
import KardModels

/// The legacy `/rewards/merchant…` endpoints: merchants, offers and locations, for everyone or for one user,
/// paged with `page` (from 0) and `limit` (1 to 200).
struct LegacyRewardsController {
    let discovery: DiscoveryService
    let organizations: OrganizationService
    let clock: any WallClock

    func addRoutes(to group: RouterGroup<KardRequestContext>) {
        group.get("/rewards/merchant", use: self.merchants)
        group.get("/rewards/merchant/user/:userId", use: self.merchantsForUser)
        group.get("/rewards/merchant/offers", use: self.offers)
        group.get("/rewards/merchant/offers/user/:userId", use: self.offersForUser)
        group.get("/rewards/merchant/locations", use: self.locations)
        group.get("/rewards/merchant/locations/user/:userId", use: self.locationsForUser)
        group.get("/rewards/merchant/locations/:merchantId", use: self.locationsOfMerchant)
        group.get("/rewards/merchant/location/:locationId", use: self.location)
        group.get("/rewards/merchant/:merchantId", use: self.merchant)
    }

    // MARK: - Merchants

    @Sendable func merchants(request: Request, context: KardRequestContext) async throws -> Response {
        let (index, presenter) = try await self.prepare(context)
        let source = try request.enumQuery("source", as: OfferSource.self)
        let category = try request.enumQuery("category", as: MerchantCategory.self)
        let now = self.clock.now()
        let merchants = index.merchants.values
            .filter { (source == nil || $0.source == source) && (category == nil || $0.category == category) }
            .sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
            .map { merchant in
                presenter.merchantWithOffers(
                    merchant,
                    offers: (index.offersByMerchant[merchant.id] ?? []).filter { $0.expirationDate > now }
                )
            }
        return JSONResponse.make(try Self.page(merchants, request))
    }

    @Sendable func merchantsForUser(request: Request, context: KardRequestContext) async throws -> Response {
        let (organization, _) = try await self.caller(context)
        var query = OfferQuery(sort: OfferSort(field: .name, descending: false))
        query.category = try request.enumQuery("category", as: MerchantCategory.self)
        let found = try await self.discovery.offers(for: try Self.userID(context), in: organization.id, matching: query)
        let presenter = LegacyRewardsPresenter(index: found.index, splits: organization.commissionSplits)
        let byMerchant = Dictionary(grouping: found.offers, by: \.merchantID)
        let merchants = byMerchant.keys.compactMap { found.index.merchants[$0] }
            .sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
            .map { presenter.merchantWithOffers($0, offers: byMerchant[$0.id] ?? []) }
        return JSONResponse.make(try Self.page(merchants, request))
    }

    @Sendable func merchant(request: Request, context: KardRequestContext) async throws -> Response {
        let (index, presenter) = try await self.prepare(context)
        let id = MerchantID(try context.parameters.require("merchantId"))
        guard let merchant = index.merchants[id] else {
            throw DomainError.notFound(resource: "Merchant", id: id.rawValue)
        }
        let now = self.clock.now()
        let offers = (index.offersByMerchant[id] ?? []).filter { $0.expirationDate > now }
        return JSONResponse.make(presenter.merchantWithOffers(merchant, offers: OfferSort.default.sorted(offers)))
    }

    // MARK: - Offers

    @Sendable func offers(request: Request, context: KardRequestContext) async throws -> Response {
        let (index, presenter) = try await self.prepare(context)
        var (query, channel) = try Self.offerQuery(request)
        query.sources = try request.enumQuery("source", as: OfferSource.self).map { [$0] } ?? Set(OfferSource.allCases)
        let name = request.stringQuery("name")?.lowercased()
        let startRange = try Self.dateRange(request, "startDateStart", "startDateEnd")
        let expirationRange = try Self.dateRange(request, "expirationDateStart", "expirationDateEnd")
        let now = self.clock.now()
        let offers = index.offers.values.filter { offer in
            guard let merchant = index.merchants[offer.merchantID], query.admits(offer, merchant: merchant) else {
                return false
            }
            return (name.map { offer.name.lowercased().contains($0) } ?? true)
                && startRange.contains(offer.startDate) && expirationRange.contains(offer.expirationDate)
                && (startRange.isUnbounded && expirationRange.isUnbounded ? offer.expirationDate > now : true)
        }
        let sorted = try Self.legacySort(Array(offers), request, index: index)
        return JSONResponse.make(try Self.page(sorted.compactMap { presenter.offer($0, channel: channel) }, request))
    }

    @Sendable func offersForUser(request: Request, context: KardRequestContext) async throws -> Response {
        let (organization, _) = try await self.caller(context)
        let (query, channel) = try Self.offerQuery(request)
        let found = try await self.discovery.offers(for: try Self.userID(context), in: organization.id, matching: query)
        let presenter = LegacyRewardsPresenter(index: found.index, splits: organization.commissionSplits)
        let sorted = try Self.legacySort(found.offers, request, index: found.index)
        return JSONResponse.make(try Self.page(sorted.compactMap { presenter.offer($0, channel: channel) }, request))
    }

    /// The offer filters both offer lists take (`offerType`, `category`, `isTargeted`, `merchantId`), and the
    /// channel asked for.
    static func offerQuery(_ request: Request) throws -> (OfferQuery, PurchaseChannel?) {
        let channel = try request.enumQuery("offerType", as: PurchaseChannel.self)
        var query = OfferQuery()
        query.channels = channel.map { [$0] }
        query.category = try request.enumQuery("category", as: MerchantCategory.self)
        query.targetedOnly = try request.booleanQuery("isTargeted") ?? false
        query.merchantID = request.stringQuery("merchantId").map { MerchantID($0) }
        return (query, channel)
    }

    // MARK: - Locations

    @Sendable func locations(request: Request, context: KardRequestContext) async throws -> Response {
        let (organization, _) = try await self.caller(context)
        let index = try await self.discovery.index()
        let presenter = LegacyRewardsPresenter(index: index, splits: organization.commissionSplits)
        let query = try Self.locationQuery(request, includeLocal: true)
        let now = self.clock.now()
        var candidates: [Location]
        if let center = query.center {
            candidates = index.locations(near: center, radiusMiles: query.radiusMiles).map(\.location)
        } else {
            candidates = index.locations.values.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
        }
        candidates = candidates.filter { location in
            index.merchants[location.merchantID].map { query.admits(location, merchant: $0) } ?? false
        }
        let rows = candidates.compactMap { location in
            presenter.location(
                location,
                offers: (index.offersByMerchant[location.merchantID] ?? []).filter {
                    $0.isLive(at: now) && $0.isEarnedInStore(at: location.id)
                }
            )
        }
        return JSONResponse.make(try Self.page(rows, request))
    }

    @Sendable func locationsForUser(request: Request, context: KardRequestContext) async throws -> Response {
        let (organization, _) = try await self.caller(context)
        let includeLocal = try request.booleanQuery("includeLocal") ?? false
        let query = try Self.locationQuery(request, includeLocal: includeLocal)
        let found = try await self.discovery.locations(
            for: try Self.userID(context),
            in: organization.id,
            matching: query
        )
        let presenter = LegacyRewardsPresenter(index: found.index, splits: organization.commissionSplits)
        let rows = found.locations.compactMap { presenter.location($0.location, offers: $0.offers) }
        return JSONResponse.make(try Self.page(rows, request))
    }

    @Sendable func locationsOfMerchant(request: Request, context: KardRequestContext) async throws -> Response {
        let (index, presenter) = try await self.prepare(context)
        let id = MerchantID(try context.parameters.require("merchantId"))
        let rows = (index.locationsByMerchant[id] ?? [])
            .sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
            .compactMap { presenter.location($0, offers: nil) }
        return JSONResponse.make(try Self.page(rows, request))
    }

    @Sendable func location(request: Request, context: KardRequestContext) async throws -> Response {
        let (index, presenter) = try await self.prepare(context)
        let id = LocationID(try context.parameters.require("locationId"))
        guard let location = index.locations[id], let row = presenter.location(location, offers: nil) else {
            throw DomainError.notFound(resource: "Location", id: id.rawValue)
        }
        return JSONResponse.make(row)
    }

    // MARK: - Helpers

    private func caller(_ context: KardRequestContext) async throws -> (Organization, Principal) {
        let principal = try context.requireScope(.rewardsRead)
        return (try await self.organizations.organization(principal.actingOrganizationID), principal)
    }

    private func prepare(_ context: KardRequestContext) async throws -> (CatalogIndex, LegacyRewardsPresenter) {
        let (organization, _) = try await self.caller(context)
        let index = try await self.discovery.index()
        return (index, LegacyRewardsPresenter(index: index, splits: organization.commissionSplits))
    }

    static func userID(_ context: KardRequestContext) throws -> UserID {
        try UsersController.pathUserID(context)
    }

    /// The `page` (from 0) and `limit` (1 to 200, default 200) slice of `rows`.
    static func page<Row>(_ rows: [Row], _ request: Request) throws -> [Row] {
        let limit = try request.integerQuery("limit", in: 1...200, default: 200)
        let page = try request.integerQuery("page", in: 0...Int(Int32.max), default: 0)
        let start = min(rows.count, page * limit)
        return Array(rows[start..<min(rows.count, start + limit)])
    }

    /// The legacy sorts (`startDateSort`, `expirationDateSort`, `merchantNameSort`: `1` or `-1`); by name otherwise.
    static func legacySort(_ offers: [Offer], _ request: Request, index: CatalogIndex) throws -> [Offer] {
        for (parameter, field) in [
            ("startDateSort", OfferSort.Field.startDate), ("expirationDateSort", .expirationDate),
        ] {
            if let direction = try self.direction(request, parameter) {
                return OfferSort(field: field, descending: direction < 0).sorted(offers)
            }
        }
        if let direction = try self.direction(request, "merchantNameSort") {
            let name = { (offer: Offer) in index.merchants[offer.merchantID]?.name.lowercased() ?? "" }
            return offers.sorted { lhs, rhs in
                let (left, right) = (name(lhs), name(rhs))
                if left != right { return direction < 0 ? left > right : left < right }
                return lhs.id < rhs.id
            }
        }
        return OfferSort(field: .name, descending: false).sorted(offers)
    }

    private static func direction(_ request: Request, _ parameter: String) throws -> Int? {
        guard let text = request.stringQuery(parameter) else { return nil }
        guard let value = Int(text), value == 1 || value == -1 else {
            throw APIError(.badRequest, detail: "\(parameter) must be 1 or -1.", parameter: parameter)
        }
        return value
    }

    static func dateRange(_ request: Request, _ start: String, _ end: String) throws -> DateWindow {
        func date(_ name: String) throws -> Date? {
            guard let text = request.stringQuery(name) else { return nil }
            guard let date = KardDate(rawValue: text).date else {
                throw APIError(.badRequest, detail: "\(name) must be an ISO 8601 date-time.", parameter: name)
            }
            return date
        }
        return DateWindow(start: try date(start), end: try date(end))
    }

    static func locationQuery(_ request: Request, includeLocal: Bool) throws -> LocationQuery {
        let latitude = try request.doubleQuery("latitude", in: -90...90)
        let longitude = try request.doubleQuery("longitude", in: -180...180)
        let radius = try request.doubleQuery("radius", in: LocationQuery.radiusRange)
        var query = LocationQuery(
            name: request.stringQuery("locationName"),
            city: request.stringQuery("city"),
            state: request.stringQuery("state")?.uppercased(),
            zipCode: request.stringQuery("zipCode"),
            category: try request.enumQuery("category", as: MerchantCategory.self),
            sources: includeLocal ? [.national, .local] : [.national]
        )
        try LocationQuery.checkGeoParameters(
            latitude: latitude,
            longitude: longitude,
            radius: radius,
            query: query,
            names: ("latitude", "longitude", "radius", "zipCode", "city")
        )
        if let latitude, let longitude { query.center = GeoPoint(latitude: latitude, longitude: longitude) }
        query.radiusMiles = radius ?? LocationQuery.defaultRadiusMiles
        if let sort = request.stringQuery("locationNameSort") { query.nameDescending = sort == "-1" }
        return query
    }
}

/// An optional lower and upper bound on a date, both inclusive.
struct DateWindow {
    var start: Date?
    var end: Date?

    var isUnbounded: Bool { self.start == nil && self.end == nil }

    func contains(_ date: Date) -> Bool {
        (self.start.map { date >= $0 } ?? true) && (self.end.map { date <= $0 } ?? true)
    }
}
