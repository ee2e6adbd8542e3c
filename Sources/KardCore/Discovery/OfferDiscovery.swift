import Foundation

/// Answers "which offers may this user see" and "where near me", from an in-memory ``CatalogIndex``.
public enum OfferDiscovery {
    /// The offers the user is eligible for that match the query, in the query's order.
    public static func offers(in index: CatalogIndex, for context: DiscoveryContext, matching query: OfferQuery)
        -> [Offer]
    {
        let candidates: [Offer]
        if let merchantID = query.merchantID {
            candidates = index.offersByMerchant[merchantID] ?? []
        } else {
            candidates = Array(index.offers.values)
        }
        let matching = candidates.filter { offer in
            guard let merchant = index.merchants[offer.merchantID] else { return false }
            return query.admits(offer, merchant: merchant) && context.isEligible(for: offer)
        }
        return query.sort.sorted(matching)
    }

    /// The locations where the user can earn an in-store offer, matching the query, in the query's order.
    public static func locations(
        in index: CatalogIndex,
        for context: DiscoveryContext,
        matching query: LocationQuery
    ) -> [LocationResult] {
        let candidates: [(location: Location, miles: Double?)]
        if let center = query.center {
            candidates = index.locations(near: center, radiusMiles: query.radiusMiles).map { ($0.location, $0.miles) }
        } else if let merchantID = query.merchantID {
            candidates = (index.locationsByMerchant[merchantID] ?? []).map { ($0, nil) }
        } else {
            candidates = index.locations.values.map { ($0, nil) }
        }
        var results: [LocationResult] = []
        for (location, miles) in candidates {
            guard let merchant = index.merchants[location.merchantID], query.admits(location, merchant: merchant)
            else { continue }
            let offers = (index.offersByMerchant[location.merchantID] ?? []).filter { offer in
                offer.isEarnedInStore(at: location.id) && context.isEligible(for: offer)
            }
            guard !offers.isEmpty else { continue }
            results.append(
                LocationResult(
                    location: location,
                    merchant: merchant,
                    offers: OfferSort.default.sorted(offers),
                    distanceMiles: miles
                )
            )
        }
        let descending = query.nameDescending ?? false
        return results.sorted {
            PageKey.precedes(Self.key(of: $0, query: query), Self.key(of: $1, query: query), descending: descending)
        }
    }

    /// The page key of a location result under the query's order.
    public static func key(of result: LocationResult, query: LocationQuery) -> PageKey {
        if query.ordersByDistance, let miles = result.distanceMiles {
            return PageKey(sortValue: String(format: "%012.5f", miles), id: result.location.id.rawValue)
        }
        return PageKey(sortValue: result.location.name.lowercased(), id: result.location.id.rawValue)
    }
}
