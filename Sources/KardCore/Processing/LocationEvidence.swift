import Foundation

/// Whether a purchase happened at one of an offer's locations, from the merchant address or coordinates the
/// transaction carries.
enum LocationEvidence {
    /// Coordinates closer than this count as the same store.
    static let sameStoreMiles = 0.25

    /// The location the purchase was made at: the one within ``sameStoreMiles`` of the transaction's coordinates,
    /// else the one in the same ZIP code (or, without a ZIP code, the same city and state) on the same street, or
    /// the only one there when the transaction has no street.
    static func match(_ merchant: TransactionMerchant, among locations: [Location]) -> Location? {
        if let latitude = merchant.latitude, let longitude = merchant.longitude {
            let point = GeoPoint(latitude: latitude, longitude: longitude)
            if let near = locations.first(where: { point.distanceMiles(to: $0.coordinates) <= self.sameStoreMiles }) {
                return near
            }
        }
        // Without coordinates: the locations in the same ZIP code, else in the same city and state.
        let nearby: [Location]
        if let zip = merchant.zipCode?.prefix(5), zip.count == 5 {
            nearby = locations.filter { $0.address.zipCode.prefix(5) == zip }
        } else if let city = merchant.city, let state = merchant.state {
            nearby = locations.filter {
                $0.address.city.caseInsensitiveCompare(city) == .orderedSame
                    && $0.address.state.caseInsensitiveCompare(state) == .orderedSame
            }
        } else {
            return nil
        }
        guard let street = merchant.street else { return nearby.count == 1 ? nearby.first : nil }
        let words = MerchantDescriptor.streetWords(street)
        return nearby.first { MerchantDescriptor.streetWords($0.address.street) == words }
    }

    /// The transaction's address for an explanation.
    static func describe(_ merchant: TransactionMerchant?) -> String {
        guard let merchant else { return "none given" }
        var parts = [merchant.street, merchant.city, merchant.state, merchant.zipCode].compactMap { $0 }
        if let latitude = merchant.latitude, let longitude = merchant.longitude {
            parts.append("\(latitude),\(longitude)")
        }
        return parts.isEmpty ? "none given" : parts.joined(separator: " ")
    }
}

extension MerchantDescriptor {
    /// A street's words in upper case with common suffixes shortened (`Main Street` = `MAIN ST`), numbers kept.
    static func streetWords(_ street: String) -> [String] {
        let abbreviations = [
            "STREET": "ST", "AVENUE": "AVE", "AV": "AVE", "ROAD": "RD", "BOULEVARD": "BLVD", "DRIVE": "DR",
            "LANE": "LN", "HIGHWAY": "HWY", "PARKWAY": "PKWY", "COURT": "CT", "PLACE": "PL", "SUITE": "STE",
            "NORTH": "N", "SOUTH": "S", "EAST": "E", "WEST": "W",
        ]
        return street.uppercased()
            .split { !($0.isLetter || $0.isNumber) }
            .map { abbreviations[String($0)] ?? String($0) }
    }
}
