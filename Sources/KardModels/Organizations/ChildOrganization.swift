/// A child organization, returned bare by create, get and update.
public struct ChildOrganizationResource: Codable, Sendable, Equatable {
    /// Always `organization`.
    public var type: String
    /// The generated 8-digit id.
    public var id: String
    /// Its attributes.
    public var attributes: ChildOrganizationAttributes

    /// Creates the resource.
    public init(id: String, attributes: ChildOrganizationAttributes) {
        self.type = "organization"
        self.id = id
        self.attributes = attributes
    }
}

/// The attributes of a child organization.
public struct ChildOrganizationAttributes: Codable, Sendable, Equatable {
    /// Letters and spaces, at least one letter.
    public var name: String
    /// The issuer's own reference.
    public var externalId: String?
    /// Its BINs.
    public var bins: [String]

    /// Creates the attributes.
    public init(name: String, externalId: String? = nil, bins: [String]) {
        self.name = name
        self.externalId = externalId
        self.bins = bins
    }
}

/// A page of child organizations.
public struct ChildOrganizationList: Codable, Sendable, Equatable {
    /// The children on this page.
    public var data: [ChildOrganizationResource]
    /// Links to this and the next page.
    public var links: PaginationLinks?
    /// Paging facts.
    public var meta: PageMeta?

    /// Creates a page.
    public init(data: [ChildOrganizationResource], links: PaginationLinks? = nil, meta: PageMeta? = nil) {
        self.data = data
        self.links = links
        self.meta = meta
    }
}

/// The body of `POST` and `PATCH /v2/issuers/{organizationId}/children…`.
public struct ChildOrganizationRequest: Codable, Sendable, Equatable {
    /// The request data.
    public var data: ChildOrganizationRequestData

    /// Creates a request.
    public init(data: ChildOrganizationRequestData) {
        self.data = data
    }
}

/// The data of a child create or update.
public struct ChildOrganizationRequestData: Codable, Sendable, Equatable {
    /// Must be `organization`.
    public var type: String
    /// The values to set; on update, absent values are kept.
    public var attributes: ChildOrganizationChanges

    /// Creates the data.
    public init(attributes: ChildOrganizationChanges) {
        self.type = "organization"
        self.attributes = attributes
    }
}

/// Child attributes to create with or change. `name` is required on create.
public struct ChildOrganizationChanges: Codable, Sendable, Equatable {
    /// The name.
    public var name: String?
    /// The issuer's own reference.
    public var externalId: String?
    /// BINs; on create they default to the parent's.
    public var bins: [String]?

    /// Creates the changes.
    public init(name: String? = nil, externalId: String? = nil, bins: [String]? = nil) {
        self.name = name
        self.externalId = externalId
        self.bins = bins
    }
}
