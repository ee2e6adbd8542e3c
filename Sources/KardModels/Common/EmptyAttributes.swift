/// The empty `attributes` object (`{}`) of deletion answers.
public struct EmptyAttributes: Codable, Sendable, Equatable {
    /// Creates the empty object.
    public init() {}
}

/// The answer to a deletion: `{"data": {"type", "id", "attributes": {}}}`.
public struct DeletedResourceResponse: Codable, Sendable, Equatable {
    /// The deleted resource's stub.
    public var data: DeletedResource

    /// Creates the answer.
    public init(data: DeletedResource) {
        self.data = data
    }
}

/// The stub of a deleted resource.
public struct DeletedResource: Codable, Sendable, Equatable {
    /// The resource type (`user`, `organization`).
    public var type: String
    /// The resource id.
    public var id: String
    /// Always empty.
    public var attributes: EmptyAttributes

    /// Creates a stub.
    public init(type: String, id: String) {
        self.type = type
        self.id = id
        self.attributes = EmptyAttributes()
    }
}
