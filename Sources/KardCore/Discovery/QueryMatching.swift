import Foundation

extension OfferQuery {
    /// Whether an offer of `merchant` passes the query's filters (eligibility is the user's part, checked apart).
    public func admits(_ offer: Offer, merchant: Merchant) -> Bool {
        guard self.sources.contains(offer.source) else { return false }
        if let merchantID = self.merchantID, offer.merchantID != merchantID { return false }
        if let channels = self.channels, channels.isDisjoint(with: offer.purchaseChannels) { return false }
        if let category = self.category, merchant.category != category { return false }
        if self.targetedOnly && !offer.targeting.isTargeted { return false }
        if let search = self.search?.lowercased(), !offer.name.lowercased().contains(search),
            !merchant.category.rawValue.lowercased().contains(search)
        {
            return false
        }
        return true
    }
}

extension LocationQuery {
    /// Whether a location of `merchant` passes the query's filters other than the search circle.
    public func admits(_ location: Location, merchant: Merchant) -> Bool {
        guard self.sources.contains(location.source) else { return false }
        if let merchantID = self.merchantID, location.merchantID != merchantID { return false }
        if let category = self.category, merchant.category != category { return false }
        if let name = self.name, !location.name.lowercased().contains(name.lowercased()) { return false }
        if let city = self.city, location.address.city.caseInsensitiveCompare(city) != .orderedSame { return false }
        if let state = self.state, location.address.state.caseInsensitiveCompare(state) != .orderedSame {
            return false
        }
        if let zipCode = self.zipCode, !location.address.zipCode.hasPrefix(zipCode) { return false }
        return true
    }
}

extension Offer {
    /// Whether a purchase in the store `location` (of this offer's merchant) can earn the offer: it is sold in
    /// store, and it is not limited to other locations.
    public func isEarnedInStore(at location: LocationID) -> Bool {
        self.purchaseChannels.contains(.inStore) && (self.locationIDs.isEmpty || self.locationIDs.contains(location))
    }
}
