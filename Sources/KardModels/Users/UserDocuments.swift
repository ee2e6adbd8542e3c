/// The body of `POST /v2/issuers/{organizationId}/users`, and its success answer.
public struct UserListDocument: Codable, Sendable, Equatable {
    /// The users, 1 to 100.
    public var data: [UserResource]

    /// Creates the document.
    public init(data: [UserResource]) {
        self.data = data
    }
}

/// The answer to a user batch where some users failed (HTTP 207), or all failed.
public struct UserMultiStatusDocument: Codable, Sendable, Equatable {
    /// One error per failed user, each with the user's `id`.
    public var errors: [ErrorObject]
    /// The users that were created.
    public var data: [UserResource]?

    /// Creates the document.
    public init(errors: [ErrorObject], data: [UserResource]?) {
        self.errors = errors
        self.data = data
    }
}

/// A single-user document: the body of `PUT …/users/{userId}` and the answer of `GET` and `PUT`.
public struct UserDocument: Codable, Sendable, Equatable {
    /// The user.
    public var data: UserResource

    /// Creates the document.
    public init(data: UserResource) {
        self.data = data
    }
}
