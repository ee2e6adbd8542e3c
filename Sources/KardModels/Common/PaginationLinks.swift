/// Links of a cursor-paginated list. The URLs are relative and embed opaque cursors.
public struct PaginationLinks: Codable, Sendable, Equatable {
    /// This page.
    public var selfLink: String
    /// The previous page, when there is one.
    public var prev: String?
    /// The next page, when there is one.
    public var next: String?

    /// Creates links.
    public init(selfLink: String, prev: String? = nil, next: String? = nil) {
        self.selfLink = selfLink
        self.prev = prev
        self.next = next
    }

    enum CodingKeys: String, CodingKey {
        case selfLink = "self"
        case prev
        case next
    }
}

/// Paging facts of a list answer.
public struct PageMeta: Codable, Sendable, Equatable {
    /// The page size used.
    public var pageSize: Int
    /// Whether another page follows.
    public var hasNextPage: Bool

    /// Creates paging facts.
    public init(pageSize: Int, hasNextPage: Bool) {
        self.pageSize = pageSize
        self.hasNextPage = hasNextPage
    }
}
