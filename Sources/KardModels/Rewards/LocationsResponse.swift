/// A page of locations, the answer of `GET /v2/issuers/{organizationId}/users/{userId}/locations`
/// (`LocationsResponseObject`).
public struct LocationsResponse: Codable, Sendable, Equatable {
    /// The locations on this page.
    public var data: [LocationResource]
    /// Links to this page and its neighbours; `next` embeds the `page[after]` cursor.
    public var links: PaginationLinks
    /// Related resources asked for with `include` (offers and categories).
    public var included: [IncludedResource]?

    /// Creates a page.
    public init(data: [LocationResource], links: PaginationLinks, included: [IncludedResource]? = nil) {
        self.data = data
        self.links = links
        self.included = included
    }
}
