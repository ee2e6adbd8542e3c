/// A page of offers, the answer of `GET /v2/issuers/{organizationId}/users/{userId}/offers` (`OffersResponseObject`).
public struct OffersResponse: Codable, Sendable, Equatable {
    /// The offers on this page.
    public var data: [OfferResource]
    /// Links to this page and its neighbours; `next` embeds the `page[after]` cursor.
    public var links: PaginationLinks
    /// Related resources asked for with `include` (categories).
    public var included: [IncludedResource]?
    /// Facts about the whole result set.
    public var meta: OffersMeta?

    /// Creates a page.
    public init(
        data: [OfferResource],
        links: PaginationLinks,
        included: [IncludedResource]? = nil,
        meta: OffersMeta? = nil
    ) {
        self.data = data
        self.links = links
        self.included = included
        self.meta = meta
    }
}

/// Facts about a whole offer result set, across pages (`OffersMeta`).
public struct OffersMeta: Codable, Sendable, Equatable {
    /// Every category present in the filtered result set, not just on this page.
    public var availableCategories: [CategoryResource]?
    /// The placement's display name; only on placement content.
    public var placementName: String?
    /// The page size used. Not in Kard's schema (its other lists send it); `nil` when absent.
    public var pageSize: Int?
    /// Whether another page follows. Not in Kard's schema (its other lists send it); `nil` when absent.
    public var hasNextPage: Bool?

    /// Creates the facts.
    public init(
        availableCategories: [CategoryResource]? = nil,
        placementName: String? = nil,
        pageSize: Int? = nil,
        hasNextPage: Bool? = nil
    ) {
        self.availableCategories = availableCategories
        self.placementName = placementName
        self.pageSize = pageSize
        self.hasNextPage = hasNextPage
    }
}
