import Foundation

/// An immutable in-memory view of the catalog, built once per catalog version, that answers discovery reads
/// without touching the database: offers by merchant, locations by merchant, and locations on a geographic grid.
public struct CatalogIndex: Sendable {
    /// The catalog version this index was built from.
    public let version: Int64
    public let merchants: [MerchantID: Merchant]
    public let offers: [OfferID: Offer]
    public let locations: [LocationID: Location]
    public let offersByMerchant: [MerchantID: [Offer]]
    public let locationsByMerchant: [MerchantID: [Location]]
    /// Merchants by MID and by name, for identifying a transaction's merchant.
    public let merchantLookup: MerchantLookup
    private let grid: [GridCell: [LocationID]]

    /// The grid's cell size in degrees (about 17 miles of latitude).
    static let cellDegrees = 0.25

    public init(catalog: Catalog, version: Int64) {
        self.version = version
        self.merchants = Dictionary(catalog.merchants.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        self.offers = Dictionary(catalog.offers.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        self.locations = Dictionary(catalog.locations.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        self.offersByMerchant = Dictionary(grouping: catalog.offers, by: \.merchantID)
        self.locationsByMerchant = Dictionary(grouping: catalog.locations, by: \.merchantID)
        self.merchantLookup = MerchantLookup(merchants: self.merchants.values)
        var grid: [GridCell: [LocationID]] = [:]
        for location in catalog.locations {
            grid[GridCell(location.coordinates), default: []].append(location.id)
        }
        self.grid = grid
    }

    /// The locations within `radiusMiles` of `center`, nearest first, with their distance in miles.
    /// Only the grid cells that the circle's bounding box touches are examined.
    public func locations(near center: GeoPoint, radiusMiles: Double) -> [(location: Location, miles: Double)] {
        let latitudeSpan = radiusMiles / 69.0
        let cosine = max(cos(center.latitude * Double.pi / 180), 0.01)
        let longitudeSpan = min(radiusMiles / (69.0 * cosine), 180)
        let low = GridCell(
            GeoPoint(latitude: center.latitude - latitudeSpan, longitude: center.longitude - longitudeSpan)
        )
        let high = GridCell(
            GeoPoint(latitude: center.latitude + latitudeSpan, longitude: center.longitude + longitudeSpan)
        )
        var found: [(location: Location, miles: Double)] = []
        for row in low.row...high.row {
            for column in low.column...high.column {
                for id in self.grid[GridCell(row: row, column: column)] ?? [] {
                    guard let location = self.locations[id] else { continue }
                    let miles = center.distanceMiles(to: location.coordinates)
                    if miles <= radiusMiles { found.append((location, miles)) }
                }
            }
        }
        return found.sorted { ($0.miles, $0.location.id) < ($1.miles, $1.location.id) }
    }

    /// A cell of the geographic grid.
    struct GridCell: Hashable, Sendable {
        var row: Int
        var column: Int

        init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }

        init(_ point: GeoPoint) {
            self.row = Int((point.latitude / CatalogIndex.cellDegrees).rounded(.down))
            self.column = Int((point.longitude / CatalogIndex.cellDegrees).rounded(.down))
        }
    }
}
