/// Merchants, offers and locations: what a catalog file holds and what the stores load in one piece.
public struct Catalog: Sendable, Equatable {
    public var merchants: [Merchant]
    public var offers: [Offer]
    public var locations: [Location]

    public init(merchants: [Merchant] = [], offers: [Offer] = [], locations: [Location] = []) {
        self.merchants = merchants
        self.offers = offers
        self.locations = locations
    }

    public var isEmpty: Bool { self.merchants.isEmpty && self.offers.isEmpty && self.locations.isEmpty }
}
