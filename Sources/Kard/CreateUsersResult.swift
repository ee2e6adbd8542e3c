import KardModels

/// The answer to a user batch: the users created and, for a partial success (HTTP 207), one error per failed user.
///
/// Both lists default to empty when absent from the body.
public struct CreateUsersResult: Codable, Sendable, Equatable {
    /// The users that were created.
    public var data: [UserResource]
    /// One error per failed user, keyed by the user's id in ``KardModels/ErrorObject/id``.
    public var errors: [ErrorObject]

    /// Creates a result.
    ///
    /// - Parameters:
    ///   - data: The users created.
    ///   - errors: The per-user errors.
    public init(data: [UserResource], errors: [ErrorObject] = []) {
        self.data = data
        self.errors = errors
    }

    /// Decodes a result, treating an absent `data` or `errors` as empty.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` when a present list is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.data = try container.decodeIfPresent([UserResource].self, forKey: .data) ?? []
        self.errors = try container.decodeIfPresent([ErrorObject].self, forKey: .errors) ?? []
    }

    /// Whether some users failed.
    public var hasErrors: Bool { !self.errors.isEmpty }

    enum CodingKeys: String, CodingKey {
        case data
        case errors
    }
}
