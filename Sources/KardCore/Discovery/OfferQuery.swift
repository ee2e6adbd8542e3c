/// The filters and order of an offers-by-user request.
public struct OfferQuery: Sendable, Equatable {
    /// Only offers with one of these channels; `nil` for all.
    public var channels: Set<PurchaseChannel>?
    public var category: MerchantCategory?
    /// `true`: targeted offers only; `false` or `nil`: targeted and untargeted (as the legacy API defines it).
    public var targetedOnly: Bool
    /// Case-insensitive substring of the offer name or the category name.
    public var search: String?
    /// Only offers of this merchant.
    public var merchantID: MerchantID?
    /// Which sources to include (the v2 offers endpoint lists national offers).
    public var sources: Set<OfferSource>
    public var sort: OfferSort

    public init(
        channels: Set<PurchaseChannel>? = nil,
        category: MerchantCategory? = nil,
        targetedOnly: Bool = false,
        search: String? = nil,
        merchantID: MerchantID? = nil,
        sources: Set<OfferSource> = [.national],
        sort: OfferSort = .default
    ) {
        self.channels = channels
        self.category = category
        self.targetedOnly = targetedOnly
        self.search = search
        self.merchantID = merchantID
        self.sources = sources
        self.sort = sort
    }
}

/// The orders offers can be listed in (v2 `sort`: `startDate`, `-startDate`, `expirationDate`, …).
public struct OfferSort: Sendable, Equatable {
    public enum Field: String, Sendable, CaseIterable {
        case startDate
        case expirationDate
        case name
    }

    public var field: Field
    public var descending: Bool

    public init(field: Field, descending: Bool) {
        self.field = field
        self.descending = descending
    }

    /// Newest offers first.
    public static let `default` = OfferSort(field: .startDate, descending: true)

    /// Parses `startDate`, `-startDate`, … ; `nil` for anything else.
    public init?(parameter: String) {
        let descending = parameter.hasPrefix("-")
        guard let field = Field(rawValue: descending ? String(parameter.dropFirst()) : parameter) else { return nil }
        self.init(field: field, descending: descending)
    }

    /// The parameter spelling.
    public var parameter: String { (self.descending ? "-" : "") + self.field.rawValue }

    /// The value offers are ordered by, as text that compares in the same order.
    public func sortValue(of offer: Offer) -> String {
        switch self.field {
        case .startDate: return String(StoredValues.milliseconds(offer.startDate)).leftPadded(to: 16)
        case .expirationDate: return String(StoredValues.milliseconds(offer.expirationDate)).leftPadded(to: 16)
        case .name: return offer.name.lowercased()
        }
    }

    /// The page key of an offer under this order.
    public func key(of offer: Offer) -> PageKey {
        PageKey(sortValue: self.sortValue(of: offer), id: offer.id.rawValue)
    }

    /// Orders offers; ties are broken by id so that the order is total and pages are stable.
    public func sorted(_ offers: [Offer]) -> [Offer] {
        offers.sorted { PageKey.precedes(self.key(of: $0), self.key(of: $1), descending: self.descending) }
    }
}

extension String {
    /// The string with leading zeros up to `width` characters (so that numbers compare as text).
    func leftPadded(to width: Int) -> String {
        self.count >= width ? self : String(repeating: "0", count: width - self.count) + self
    }
}
