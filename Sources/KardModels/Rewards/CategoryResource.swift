/// A category (`CategoryIncluded`): `{"type": "category", "id", "attributes": {"name"}}`.
public struct CategoryResource: Codable, Sendable, Equatable {
    /// Always `category`.
    public var type: String
    /// The category id.
    public var id: String
    /// The category's attributes.
    public var attributes: CategoryAttributes

    /// The `type` of a category.
    public static let resourceType = "category"

    /// Creates a category resource.
    public init(id: String, attributes: CategoryAttributes) {
        self.type = Self.resourceType
        self.id = id
        self.attributes = attributes
    }
}

/// The attributes of a category (`CategoryFields`).
public struct CategoryAttributes: Codable, Sendable, Equatable {
    /// The category name.
    public var name: CategoryOption

    /// Creates category attributes.
    public init(name: CategoryOption) {
        self.name = name
    }
}

/// A pointer to a resource (`RelationshipData`, `CategoryData`): `{"type", "id"}`.
public struct ResourceIdentifier: Codable, Sendable, Hashable {
    /// The resource type, such as `category` or `standardOffer`.
    public var type: String
    /// The resource id.
    public var id: String

    /// Creates a pointer.
    public init(type: String, id: String) {
        self.type = type
        self.id = id
    }

    /// Points at a category.
    ///
    /// - Parameter id: The category id.
    /// - Returns: `{"type": "category", "id": id}`.
    public static func category(_ id: String) -> ResourceIdentifier {
        ResourceIdentifier(type: CategoryResource.resourceType, id: id)
    }

    /// Points at an offer.
    ///
    /// - Parameter id: The offer id.
    /// - Returns: `{"type": "standardOffer", "id": id}`.
    public static func offer(_ id: String) -> ResourceIdentifier {
        ResourceIdentifier(type: OfferResource.resourceType, id: id)
    }
}

/// A to-many relationship (`RelationshipMultiple`, `CategoryRelationship`): `{"data": [{"type", "id"}]}`.
public struct RelationshipList: Codable, Sendable, Equatable {
    /// The related resources.
    public var data: [ResourceIdentifier]

    /// Creates a relationship.
    public init(data: [ResourceIdentifier]) {
        self.data = data
    }
}
