import Foundation

/// The reads an issuer's app makes to show offers: who the user is, what it bought where, and the current
/// catalog index, put together for ``OfferDiscovery``.
public struct DiscoveryService: Sendable {
    private let users: UserService
    private let history: any PurchaseHistoryStore
    private let attributions: any AttributionStore
    private let cache: CatalogIndexCache
    private let clock: any WallClock

    public init(
        users: UserService,
        history: any PurchaseHistoryStore,
        attributions: any AttributionStore,
        cache: CatalogIndexCache,
        clock: any WallClock
    ) {
        self.users = users
        self.history = history
        self.attributions = attributions
        self.cache = cache
        self.clock = clock
    }

    /// The current catalog index.
    public func index() async throws -> CatalogIndex {
        try await self.cache.index()
    }

    /// The index and the user's context.
    /// - Throws: ``DomainError/notFound(resource:id:)`` for an unknown user.
    public func context(for userID: UserID, in organization: OrganizationID) async throws -> (
        CatalogIndex, DiscoveryContext
    ) {
        let user = try await self.users.user(userID, in: organization)
        async let history = self.history.purchaseHistory(of: userID, in: organization)
        async let index = self.cache.index()
        return (try await index, DiscoveryContext(user: user, history: try await history, now: self.clock.now()))
    }

    /// The offers the user can see, in order.
    public func offers(for userID: UserID, in organization: OrganizationID, matching query: OfferQuery) async throws
        -> (index: CatalogIndex, offers: [Offer], engagement: OfferEngagement)
    {
        async let engagement = self.engagement(of: userID, in: organization)
        let (index, context) = try await self.context(for: userID, in: organization)
        let offers = OfferDiscovery.offers(in: index, for: context, matching: query)
        return (index, offers, try await engagement)
    }

    /// The locations where the user can earn an in-store offer, in order.
    public func locations(for userID: UserID, in organization: OrganizationID, matching query: LocationQuery)
        async throws -> (index: CatalogIndex, locations: [LocationResult], engagement: OfferEngagement)
    {
        async let engagement = self.engagement(of: userID, in: organization)
        let (index, context) = try await self.context(for: userID, in: organization)
        let locations = OfferDiscovery.locations(in: index, for: context, matching: query)
        return (index, locations, try await engagement)
    }

    /// Which offers the user has activated or boosted.
    public func engagement(of userID: UserID, in organization: OrganizationID) async throws -> OfferEngagement {
        OfferEngagement(events: try await self.attributions.offerAttributions(of: userID, in: organization))
    }
}

/// The offers a user has activated or boosted, from its attribution events.
public struct OfferEngagement: Sendable, Equatable {
    public var activated: Set<OfferID>
    public var boosted: Set<OfferID>

    public init(activated: Set<OfferID> = [], boosted: Set<OfferID> = []) {
        self.activated = activated
        self.boosted = boosted
    }

    public init(events: [AttributionEvent]) {
        self.init(
            activated: Set(events.filter { $0.eventCode == "ACTIVATE" }.map { OfferID($0.entityID) }),
            boosted: Set(events.filter { $0.eventCode == "BOOST" }.map { OfferID($0.entityID) })
        )
    }
}
