import KardCore
import KardModels

extension LocationResult {
    /// The location as the v2 API shows it, with the ids of the offers the user can earn there.
    var resource: LocationResource {
        let location = self.location
        return LocationResource(
            id: location.id.rawValue,
            attributes: LocationAttributes(
                name: location.name,
                address: LocationAddress(
                    street: location.address.street,
                    city: location.address.city,
                    state: location.address.state,
                    zipCode: location.address.zipCode
                ),
                coordinates: LocationCoordinates(
                    longitude: location.coordinates.longitude,
                    latitude: location.coordinates.latitude
                ),
                phone: location.phone,
                operationHours: location.openingHours.operationHours,
                partnerIds: location.googleID.map { [LocationPartnerID(type: "google", id: $0)] } ?? [],
                distance: self.distanceMiles.map { ($0 * 100).rounded() / 100 }
            ),
            relationships: LocationRelationships(
                offers: RelationshipList(
                    data: self.offers.map { ResourceIdentifier(type: OfferResource.resourceType, id: $0.id.rawValue) }
                ),
                category: RelationshipList(data: [self.merchant.category.identifier])
            )
        )
    }
}

extension [OpeningPeriod] {
    static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// Kard's `operationHours`: the periods, and one line of text per weekday (`Monday: 9:00 AM – 5:00 PM`).
    var operationHours: OperationHours {
        let periods = self.map { period in
            OperationPeriod(
                close: OperationTime(day: period.day, time: period.close),
                open: OperationTime(day: period.day, time: period.open)
            )
        }
        let weekdayText = [1, 2, 3, 4, 5, 6, 0].map { day -> String in
            let name = Self.dayNames[day]
            let hours = self.filter { $0.day == day }
                .map { "\(Self.clock($0.open)) – \(Self.clock($0.close))" }
            return hours.isEmpty ? "\(name): Closed" : "\(name): " + hours.joined(separator: ", ")
        }
        return OperationHours(periods: periods, weekdayText: self.isEmpty ? [] : weekdayText)
    }

    /// `0930` as `9:30 AM`.
    static func clock(_ time: String) -> String {
        guard time.count == 4, let value = Int(time) else { return time }
        let (hour, minute) = (value / 100, value % 100)
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        return "\(twelve):\(minute < 10 ? "0" : "")\(minute) \(hour < 12 ? "AM" : "PM")"
    }
}
