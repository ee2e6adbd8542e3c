import KardModels

/// Every item of a cursor-paginated list, fetched page by page as the sequence is iterated.
///
/// The first page is fetched without a cursor; each next page with the `page[after]` cursor taken from the previous
/// page's `links.next`, the filters unchanged. Iteration ends when a page has no `links.next`, when its
/// `meta.hasNextPage` is `false`, or when a cursor comes back that was already followed. A failed page throws its
/// ``KardError`` and ends the sequence.
///
/// ```swift
/// for try await offer in client.users.rewards.allOffers(organizationID: "org", userID: "u1", pageSize: 50) {
///     print(offer.attributes.name)
/// }
/// ```
public struct KardPageSequence<Element: Sendable>: AsyncSequence, Sendable {
    /// The error a failed page throws.
    public typealias Failure = KardError

    /// One fetched page: its items and the cursor of the page after it, if any.
    struct Page: Sendable {
        var items: [Element]
        var nextCursor: String?
    }

    /// Fetches the page after a cursor (`nil` for the first page).
    typealias Fetch = @Sendable (_ cursor: String?) async throws(KardError) -> Page

    private let fetch: Fetch

    init(fetch: @escaping Fetch) {
        self.fetch = fetch
    }

    /// Returns an iterator that starts at the first page.
    ///
    /// - Returns: A fresh iterator; each one fetches the pages again.
    public func makeAsyncIterator() -> Iterator {
        Iterator(fetch: self.fetch)
    }

    /// Walks the pages of a ``KardPageSequence``.
    public struct Iterator: AsyncIteratorProtocol {
        /// The error a failed page throws.
        public typealias Failure = KardError

        private let fetch: Fetch
        private var buffer: [Element] = []
        private var index = 0
        private var cursor: String?
        private var followedCursors: Set<String> = []
        private var isFinished = false

        init(fetch: @escaping Fetch) {
            self.fetch = fetch
        }

        /// Returns the next item, fetching the next page when this one is used up.
        ///
        /// - Returns: The next item, or `nil` after the last one or after a failure.
        /// - Throws: ``KardError`` when a page cannot be fetched or has a `links.next` without a cursor.
        public mutating func next() async throws(KardError) -> Element? {
            try await self.next(isolation: nil)
        }

        /// Returns the next item, fetching the next page when this one is used up.
        ///
        /// - Parameter actor: The caller's actor.
        /// - Returns: The next item, or `nil` after the last one or after a failure.
        /// - Throws: ``KardError`` when a page cannot be fetched or has a `links.next` without a cursor.
        public mutating func next(isolation actor: isolated (any Actor)?) async throws(KardError) -> Element? {
            while true {
                if self.index < self.buffer.count {
                    defer { self.index += 1 }
                    return self.buffer[self.index]
                }
                if self.isFinished {
                    return nil
                }
                let page: Page
                do throws(KardError) {
                    if Task.isCancelled {
                        throw KardError(code: .cancelled, message: "The task was cancelled")
                    }
                    page = try await self.fetch(self.cursor)
                } catch {
                    self.isFinished = true
                    self.buffer = []
                    throw error
                }
                self.buffer = page.items
                self.index = 0
                if let next = page.nextCursor, self.followedCursors.insert(next).inserted {
                    self.cursor = next
                } else {
                    self.isFinished = true
                }
            }
        }
    }
}

/// Reads the `page[after]` cursor out of a page's `links.next`.
enum PageCursor {
    /// The cursor of the page after this one.
    ///
    /// - Parameters:
    ///   - links: The page's links.
    ///   - hasNextPage: The page's `meta.hasNextPage`, when sent; `false` ends the walk whatever the links say.
    /// - Returns: The decoded `page[after]` value, or `nil` when there is no next page.
    /// - Throws: ``KardError/Code/decoding`` when `links.next` is present but carries no `page[after]`.
    static func next(in links: PaginationLinks, hasNextPage: Bool? = nil) throws(KardError) -> String? {
        guard hasNextPage != false, let next = links.next, !next.isEmpty else {
            return nil
        }
        guard let cursor = Self.value(of: "page[after]", in: next), !cursor.isEmpty else {
            throw KardError(code: .decoding, message: "links.next has no page[after] cursor: \(next)")
        }
        return cursor
    }

    /// The first value of a query parameter in a URL or relative link, percent-decoded.
    ///
    /// Names are compared after percent-decoding (`page%5Bafter%5D` matches `page[after]`); `+` is kept as is,
    /// since cursors are base64. Stray `?` separators (as in Kard's own examples) split parameters too.
    static func value(of name: String, in link: String) -> String? {
        guard let queryStart = link.firstIndex(of: "?") else { return nil }
        var query = link[link.index(after: queryStart)...]
        if let fragment = query.firstIndex(of: "#") {
            query = query[..<fragment]
        }
        for pair in query.split(whereSeparator: { $0 == "&" || $0 == "?" }) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard Self.percentDecode(parts[0]) == name else { continue }
            return parts.count > 1 ? Self.percentDecode(parts[1]) : ""
        }
        return nil
    }

    static func percentDecode(_ text: Substring) -> String {
        let bytes = Array(text.utf8)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var position = 0
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "%"), position + 2 < bytes.count,
                let high = Self.hexValue(bytes[position + 1]), let low = Self.hexValue(bytes[position + 2])
            {
                decoded.append(high << 4 | low)
                position += 3
            } else {
                decoded.append(bytes[position])
                position += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
