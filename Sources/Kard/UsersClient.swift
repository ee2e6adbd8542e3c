import KardModels

/// Enrolled users, `v2/issuers/{organizationId}/users` (the Python SDK's `client.users`).
public struct UsersClient: Sendable {
    let executor: RequestExecutor

    /// Offers and locations the user is eligible for, `…/users/{userId}/offers` and `…/locations`.
    public var rewards: RewardsClient { RewardsClient(executor: self.executor) }

    /// Attribution events and offer activation and boost, `…/users/{userId}/attributions` and `…/offers/{offerId}/…`.
    public var attributions: AttributionsClient { AttributionsClient(executor: self.executor) }

    /// The deprecated per-user historical transaction uploads, `…/users/{userId}/uploads` (v2 API only).
    public var uploads: UploadsClient { UploadsClient(executor: self.executor) }

    /// Enrolls up to 100 users. A 207 answer is a success whose ``CreateUsersResult/errors`` lists the failures.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - users: The users to enroll.
    ///   - options: Per-call settings.
    /// - Returns: The users created and the per-user errors.
    /// - Throws: ``KardError`` (400, 401, 409, 500…).
    public func create(
        organizationID: String,
        users: [UserResource],
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> CreateUsersResult {
        try await self.createRaw(organizationID: organizationID, users: users, options: options).data
    }

    /// Enrolls up to 100 users, with the HTTP status (201 or 207) and headers.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - users: The users to enroll.
    ///   - options: Per-call settings.
    /// - Returns: The users created and the per-user errors, with status and headers.
    /// - Throws: ``KardError`` (400, 401, 409, 500…).
    public func createRaw(
        organizationID: String,
        users: [UserResource],
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<CreateUsersResult> {
        let request = try KardRequest.json(
            .post,
            path: Self.path(organizationID),
            body: UserListDocument(data: users)
        )
        return try await self.executor.send(request, decoding: CreateUsersResult.self, options: options)
    }

    /// Fetches a user.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - options: Per-call settings.
    /// - Returns: The user.
    /// - Throws: ``KardError`` (401, 404, 500…).
    public func get(
        organizationID: String,
        userID: String,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> UserResource {
        try await self.getRaw(organizationID: organizationID, userID: userID, options: options).data
    }

    /// Fetches a user, with the HTTP status and headers.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - options: Per-call settings.
    /// - Returns: The user with status and headers.
    /// - Throws: ``KardError`` (401, 404, 500…).
    public func getRaw(
        organizationID: String,
        userID: String,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<UserResource> {
        let request = KardRequest(method: .get, path: Self.path(organizationID, userID))
        return try await self.executor.send(request, decoding: UserDocument.self, options: options).map(\.data)
    }

    /// Updates a user (`PUT`, body `{"data": {type, id, attributes}}`).
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - user: The user resource to send; absent attributes are not sent.
    ///   - options: Per-call settings.
    /// - Returns: The updated user.
    /// - Throws: ``KardError`` (400, 401, 404, 500…).
    public func update(
        organizationID: String,
        userID: String,
        user: UserResource,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> UserResource {
        try await self.updateRaw(organizationID: organizationID, userID: userID, user: user, options: options).data
    }

    /// Updates a user, with the HTTP status and headers.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - user: The user resource to send.
    ///   - options: Per-call settings.
    /// - Returns: The updated user with status and headers.
    /// - Throws: ``KardError`` (400, 401, 404, 500…).
    public func updateRaw(
        organizationID: String,
        userID: String,
        user: UserResource,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<UserResource> {
        let request = try KardRequest.json(
            .put,
            path: Self.path(organizationID, userID),
            body: UserDocument(data: user)
        )
        return try await self.executor.send(request, decoding: UserDocument.self, options: options).map(\.data)
    }

    /// Removes a user from the program and from Kard; the same id can be enrolled again later.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - options: Per-call settings.
    /// - Returns: The stub of the deleted user.
    /// - Throws: ``KardError`` (400, 401, 404, 500…).
    public func delete(
        organizationID: String,
        userID: String,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> DeletedResource {
        try await self.deleteRaw(organizationID: organizationID, userID: userID, options: options).data
    }

    /// Removes a user, with the HTTP status and headers.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - options: Per-call settings.
    /// - Returns: The stub of the deleted user with status and headers.
    /// - Throws: ``KardError`` (400, 401, 404, 500…).
    public func deleteRaw(
        organizationID: String,
        userID: String,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<DeletedResource> {
        let request = KardRequest(method: .delete, path: Self.path(organizationID, userID))
        return try await self.executor.send(request, decoding: DeletedResourceResponse.self, options: options)
            .map(\.data)
    }

    private static func path(_ organizationID: String, _ userID: String? = nil) -> String {
        var path = "v2/issuers/\(KardRequest.encodePathSegment(organizationID))/users"
        if let userID {
            path += "/\(KardRequest.encodePathSegment(userID))"
        }
        return path
    }
}
