/// The answer of `POST …/users/{userId}/offers/{offerId}/activate` and `…/boost` (`ActivateOfferResponse`,
/// `BoostOfferResponse`): the recorded event, and the offer when `include=offer` was sent.
public struct ActivateOfferResponse: Codable, Sendable, Equatable {
    /// The recorded event (eventCode `ACTIVATE` or `BOOST`, medium `CTA`).
    public var data: AttributionEventResource
    /// The offer (`standardOffer`) and its categories, when asked for.
    public var included: [IncludedResource]?

    /// Creates the answer.
    public init(data: AttributionEventResource, included: [IncludedResource]? = nil) {
        self.data = data
        self.included = included
    }
}

/// The answer of `POST …/users/{userId}/offers/{offerId}/boost`; the same shape as activation's.
public typealias BoostOfferResponse = ActivateOfferResponse

/// A recorded attribution event (`ActivateOfferResponseData`): `{"type", "id", "attributes"}`.
public struct AttributionEventResource: Codable, Sendable, Equatable {
    /// The event type, such as `offerAttribution`.
    public var type: AttributionType
    /// The event id.
    public var id: String
    /// The event; `state` is not returned.
    public var attributes: AttributionAttributes

    /// Creates a recorded event.
    public init(type: AttributionType, id: String, attributes: AttributionAttributes) {
        self.type = type
        self.id = id
        self.attributes = attributes
    }
}
