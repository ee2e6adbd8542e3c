import Foundation
import KardCore
import Testing

@Suite("Near-me discovery")
struct GeoDiscoveryTests {
    typealias F = DiscoveryFixtures
    static let center = GeoPoint(latitude: 40.7420148, longitude: -73.9930148)

    @Test(
        "Great-circle distances",
        arguments: [
            (
                GeoPoint(latitude: 40.7128, longitude: -74.0060), GeoPoint(latitude: 34.0522, longitude: -118.2437),
                2445.6
            ),
            (GeoPoint(latitude: 33.7490, longitude: -84.3880), GeoPoint(latitude: 33.7490, longitude: -84.3880), 0),
            (GeoPoint(latitude: 0, longitude: 179.9), GeoPoint(latitude: 0, longitude: -179.9), 13.8),
        ] as [(GeoPoint, GeoPoint, Double)]
    )
    func distances(from: GeoPoint, to: GeoPoint, miles: Double) {
        #expect(abs(from.distanceMiles(to: to) - miles) < 1)
    }

    @Test("The grid finds exactly the locations within the radius, nearest first, across cell boundaries")
    func gridMatchesBruteForce() {
        var locations: [Location] = []
        var generator = SystemRandomNumberGenerator()
        for index in 0..<600 {
            let latitude = 40.0 + Double.random(in: 0...1.5, using: &generator)
            let longitude = -74.8 + Double.random(in: 0...1.5, using: &generator)
            locations.append(F.location("l\(index)", merchant: "m1", latitude: latitude, longitude: longitude))
        }
        let index = CatalogIndex(catalog: Catalog(merchants: [F.merchant("m1")], locations: locations), version: 1)
        for radius in [1.0, 10, 25, 50] {
            let found = index.locations(near: Self.center, radiusMiles: radius)
            let expected = locations.filter { Self.center.distanceMiles(to: $0.coordinates) <= radius }
            #expect(Set(found.map(\.location.id)) == Set(expected.map(\.id)), "radius \(radius)")
            #expect(found.map(\.miles) == found.map(\.miles).sorted())
        }
    }

    @Test("Locations list the in-store offers the user can earn there, and drop the others")
    func locationOffers() {
        let catalog = Catalog(
            merchants: [F.merchant("m1"), F.merchant("m2"), F.merchant("local", source: .local)],
            offers: [
                F.offer("online-only", merchant: "m1", channels: [.online]),
                F.offer("in-store", merchant: "m2", channels: [.inStore]),
                F.offer("one-store", merchant: "m2", channels: [.inStore], locations: ["near"]),
                F.offer("local-offer", merchant: "local", channels: [.inStore], source: .local),
            ],
            locations: [
                F.location("m1-store", merchant: "m1", latitude: 40.743, longitude: -73.990),
                F.location("near", merchant: "m2", latitude: 40.745, longitude: -73.995),
                F.location("far", merchant: "m2", latitude: 40.80, longitude: -73.95),
                F.location("local-store", merchant: "local", latitude: 40.742, longitude: -73.993, source: .local),
            ]
        )
        let index = CatalogIndex(catalog: catalog, version: 1)
        let near = OfferDiscovery.locations(
            in: index,
            for: F.context(),
            matching: LocationQuery(center: Self.center, radiusMiles: 10)
        )
        #expect(near.map(\.location.id.rawValue) == ["local-store", "near", "far"])
        #expect(
            near.first { $0.location.id.rawValue == "near" }?.offers.map(\.id.rawValue).sorted() == [
                "in-store", "one-store",
            ]
        )
        #expect(near.first { $0.location.id.rawValue == "far" }?.offers.map(\.id.rawValue) == ["in-store"])
        let nationalOnly = OfferDiscovery.locations(
            in: index,
            for: F.context(),
            matching: LocationQuery(center: Self.center, sources: [.national])
        )
        #expect(nationalOnly.map(\.location.id.rawValue) == ["near", "far"])
        let byName = OfferDiscovery.locations(
            in: index,
            for: F.context(),
            matching: LocationQuery(city: "new york", nameDescending: false)
        )
        #expect(byName.map(\.location.name) == byName.map(\.location.name).sorted())
        #expect(byName.allSatisfy { $0.distanceMiles == nil })
    }
}
