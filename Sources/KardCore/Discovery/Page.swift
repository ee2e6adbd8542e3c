/// Where a page starts or ends: the sort value and id of an item. Because it carries the values themselves, a
/// page boundary stays valid when the item it names has since left the list.
public struct PageKey: Sendable, Hashable {
    public var sortValue: String
    public var id: String

    public init(sortValue: String, id: String) {
        self.sortValue = sortValue
        self.id = id
    }

    /// Whether `lhs` comes before `rhs` when the sort value is ordered `descending` (ids always ascend).
    public static func precedes(_ lhs: PageKey, _ rhs: PageKey, descending: Bool) -> Bool {
        if lhs.sortValue != rhs.sortValue {
            return descending ? lhs.sortValue > rhs.sortValue : lhs.sortValue < rhs.sortValue
        }
        return lhs.id < rhs.id
    }

    /// The key as one string (for an opaque cursor).
    public var encoded: String { self.sortValue + "\u{1F}" + self.id }

    /// Reads ``encoded``; `nil` when the text was not made by it.
    public init?(encoded: String) {
        let parts = encoded.split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty else { return nil }
        self.init(sortValue: String(parts[0]), id: String(parts[1]))
    }
}

/// One page of a keyset-paginated list, and the keys that reach its neighbours.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    /// The key of the last item, when another page follows.
    public var nextKey: PageKey?
    /// The key of the first item, when a page precedes.
    public var previousKey: PageKey?

    public init(items: [Item], nextKey: PageKey?, previousKey: PageKey?) {
        self.items = items
        self.nextKey = nextKey
        self.previousKey = previousKey
    }

    /// Cuts a page out of `ordered` (sorted by `key` in the `descending` sense): the `size` items after `after`,
    /// or the `size` items before `before`, or the first `size` items.
    public static func slice(
        _ ordered: [Item],
        key: (Item) -> PageKey,
        descending: Bool,
        size: Int,
        after: PageKey? = nil,
        before: PageKey? = nil
    ) -> Page {
        var start = 0
        var end = min(ordered.count, size)
        if let after {
            start = ordered.firstIndex { PageKey.precedes(after, key($0), descending: descending) } ?? ordered.count
            end = min(ordered.count, start + size)
        } else if let before {
            end = ordered.firstIndex { !PageKey.precedes(key($0), before, descending: descending) } ?? ordered.count
            start = max(0, end - size)
        }
        let items = Array(ordered[start..<end])
        return Page(
            items: items,
            nextKey: end < ordered.count ? items.last.map(key) : nil,
            previousKey: start > 0 ? items.first.map(key) : nil
        )
    }
}
