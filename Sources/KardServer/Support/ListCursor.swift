import Hummingbird
import KardCore
import KardModels

/// Opaque cursors of discovery lists: the page key, tied to the list and its order so that a cursor from one
/// order is not read under another.
enum ListCursor {
    static func encode(_ key: PageKey, list: String, order: String) -> String {
        PageCursor.encode([list, order, key.encoded].joined(separator: "\u{1E}"))
    }

    /// The page key in `cursor`.
    /// - Throws: 400 naming the parameter when the cursor was not made for this list and order.
    static func decode(_ cursor: String, list: String, order: String, parameter: String) throws -> PageKey {
        guard let text = PageCursor.decode(cursor) else { throw self.invalid(parameter) }
        let parts = text.split(separator: "\u{1E}", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == list, parts[1] == order, let key = PageKey(encoded: String(parts[2])) else {
            throw self.invalid(parameter)
        }
        return key
    }

    private static func invalid(_ parameter: String) -> APIError {
        APIError(
            .badRequest,
            detail: "\(parameter) is not a cursor of this list in this order; take it from links.",
            parameter: parameter
        )
    }
}

/// The paging parameters of a discovery list.
struct PageRequest {
    var size: Int
    var after: PageKey?
    var before: PageKey?

    static let defaultSize = 50
    static let maximumSize = 200

    init(_ request: Request, list: String, order: String) throws {
        self.size = try request.integerQuery("page[size]", in: 1...Self.maximumSize, default: Self.defaultSize)
        self.after = try request.stringQuery("page[after]").map {
            try ListCursor.decode($0, list: list, order: order, parameter: "page[after]")
        }
        self.before = try request.stringQuery("page[before]").map {
            try ListCursor.decode($0, list: list, order: order, parameter: "page[before]")
        }
        if self.after != nil && self.before != nil {
            throw APIError(
                .badRequest,
                detail: "Send page[after] or page[before], not both.",
                parameter: "page[before]"
            )
        }
    }

    /// `links` for a page of this list.
    func links<Item>(for page: Page<Item>, request: Request, list: String, order: String) -> PaginationLinks {
        PaginationLinks(
            selfLink: request.uri.path + (request.uri.query.map { "?" + $0 } ?? ""),
            prev: page.previousKey.map {
                request.link(replacingPageWith: "page[before]", cursor: ListCursor.encode($0, list: list, order: order))
            },
            next: page.nextKey.map {
                request.link(replacingPageWith: "page[after]", cursor: ListCursor.encode($0, list: list, order: order))
            }
        )
    }
}
