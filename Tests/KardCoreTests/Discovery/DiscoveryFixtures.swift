import Foundation
import KardCore

/// A small catalog built in code for discovery tests.
enum DiscoveryFixtures {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let day: TimeInterval = 86_400

    static func merchant(_ id: String, _ category: MerchantCategory = .foodAndBeverage, source: OfferSource = .national)
        -> Merchant
    {
        Merchant(
            id: MerchantID(id),
            name: id.uppercased(),
            category: category,
            source: source,
            createdAt: now,
            updatedAt: now
        )
    }

    static func offer(
        _ id: String,
        merchant: String,
        channels: [PurchaseChannel] = [.online, .inStore],
        targeting: OfferTargeting = .everyone,
        startOffsetDays: Double = -10,
        endOffsetDays: Double = 30,
        name: String? = nil,
        source: OfferSource = .national,
        locations: [String] = []
    ) -> Offer {
        Offer(
            id: OfferID(id),
            merchantID: MerchantID(merchant),
            name: name ?? "Offer \(id)",
            source: source,
            purchaseChannels: channels,
            commissionType: .percent,
            totalCommission: 500,
            targeting: targeting,
            startDate: now.addingTimeInterval(startOffsetDays * day),
            expirationDate: now.addingTimeInterval(endOffsetDays * day),
            terms: "Terms",
            locationIDs: locations.map { LocationID($0) },
            createdAt: now,
            updatedAt: now
        )
    }

    static func location(
        _ id: String,
        merchant: String,
        latitude: Double,
        longitude: Double,
        city: String = "New York",
        state: String = "NY",
        source: OfferSource = .national
    ) -> Location {
        Location(
            id: LocationID(id),
            merchantID: MerchantID(merchant),
            name: "Store \(id)",
            address: StreetAddress(street: "1 Main St", city: city, state: state, zipCode: "10001"),
            coordinates: GeoPoint(latitude: latitude, longitude: longitude),
            source: source,
            createdAt: now,
            updatedAt: now
        )
    }

    static func user(_ id: String = "u1", enrolled: Bool = true) -> User {
        User(
            organizationID: OrganizationID("org"),
            id: UserID(id),
            profile: UserProfile(enrolledRewards: enrolled ? [.cardLinked] : []),
            createdAt: now,
            updatedAt: now
        )
    }

    static func context(_ user: User = user(), history: [String: Date] = [:]) -> DiscoveryContext {
        DiscoveryContext(
            user: user,
            history: Dictionary(
                uniqueKeysWithValues: history.map {
                    (MerchantID($0.key), PurchaseSummary(firstPurchaseAt: $0.value, lastPurchaseAt: $0.value, count: 1))
                }
            ),
            now: now
        )
    }
}
