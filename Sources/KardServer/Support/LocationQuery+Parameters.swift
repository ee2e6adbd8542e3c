import Hummingbird
import KardCore

extension LocationQuery {
    /// The rules of Kard's geo parameters: latitude and longitude together; a radius only with them; a ZIP code
    /// not combined with a city, state or coordinates; a city only with a state.
    /// - Throws: 400 naming the parameter at fault.
    static func checkGeoParameters(
        latitude: Double?,
        longitude: Double?,
        radius: Double?,
        query: LocationQuery,
        names: (latitude: String, longitude: String, radius: String, zipCode: String, city: String)
    ) throws {
        if (latitude == nil) != (longitude == nil) {
            let missing = latitude == nil ? names.latitude : names.longitude
            throw APIError(
                .badRequest,
                detail: "\(names.latitude) and \(names.longitude) go together.",
                parameter: missing
            )
        }
        if radius != nil && latitude == nil {
            throw APIError(
                .badRequest,
                detail: "\(names.radius) needs a latitude and a longitude.",
                parameter: names.radius
            )
        }
        if query.zipCode != nil && (query.city != nil || query.state != nil || latitude != nil) {
            throw APIError(
                .badRequest,
                detail: "\(names.zipCode) cannot be combined with a city, a state or coordinates.",
                parameter: names.zipCode
            )
        }
        if query.city != nil && query.state == nil {
            throw APIError(.badRequest, detail: "\(names.city) needs a state.", parameter: names.city)
        }
    }
}
