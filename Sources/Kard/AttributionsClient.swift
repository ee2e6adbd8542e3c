import KardModels

/// Attribution events of a user, `v2/issuers/{organizationId}/users/{userId}/attributions`, and offer activation and
/// boost, `…/offers/{offerId}/activate` and `…/boost` (the Python SDK's `client.users.attributions`).
public struct AttributionsClient: Sendable {
    let executor: RequestExecutor

    /// Sends up to 100 attribution events of one user for processing (`attributions:write`).
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - events: The events: offer, notification or placement-slot attributions.
    ///   - options: Per-call settings.
    /// - Returns: The queued job.
    /// - Throws: ``KardError`` (400, 401, 500…).
    public func create(
        organizationID: String,
        userID: String,
        events: [AttributionResource],
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> JobResource {
        try await self.createRaw(organizationID: organizationID, userID: userID, events: events, options: options).data
    }

    /// Sends up to 100 attribution events of one user, with the HTTP status (202) and headers.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - events: The events.
    ///   - options: Per-call settings.
    /// - Returns: The queued job with status and headers.
    /// - Throws: ``KardError`` (400, 401, 500…).
    public func createRaw(
        organizationID: String,
        userID: String,
        events: [AttributionResource],
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<JobResource> {
        let request = try KardRequest.json(
            .post,
            path: RewardsClient.path(organizationID, userID, "attributions"),
            body: AttributionsRequest(data: events)
        )
        return try await self.executor.send(request, decoding: JobResponse.self, options: options).map(\.data)
    }

    /// Records that the user activated an offer (an event with eventCode `ACTIVATE`, medium `CTA`).
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - offerID: The offer's id.
    ///   - include: Related resources to return: `offer` (`include`).
    ///   - supportedComponents: UI components of the included offer (`supportedComponents`, one key per value).
    ///   - options: Per-call settings.
    /// - Returns: The recorded event, and the offer when asked for.
    /// - Throws: ``KardError`` (400, 401, 500…).
    public func activate(
        organizationID: String,
        userID: String,
        offerID: String,
        include: [RewardsInclude]? = nil,
        supportedComponents: [OfferComponentType]? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> ActivateOfferResponse {
        try await self.activateRaw(
            organizationID: organizationID,
            userID: userID,
            offerID: offerID,
            include: include,
            supportedComponents: supportedComponents,
            options: options
        ).data
    }

    /// Records that the user activated an offer, with the HTTP status (201) and headers.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - offerID: The offer's id.
    ///   - include: Related resources to return (`include`).
    ///   - supportedComponents: UI components of the included offer (`supportedComponents`, repeated).
    ///   - options: Per-call settings.
    /// - Returns: The recorded event with status and headers.
    /// - Throws: ``KardError`` (400, 401, 500…).
    public func activateRaw(
        organizationID: String,
        userID: String,
        offerID: String,
        include: [RewardsInclude]? = nil,
        supportedComponents: [OfferComponentType]? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<ActivateOfferResponse> {
        try await self.record(
            "activate",
            organizationID: organizationID,
            userID: userID,
            offerID: offerID,
            include: include,
            supportedComponents: supportedComponents,
            options: options
        )
    }

    /// Records that the user boosted an offer (an event with eventCode `BOOST`, medium `CTA`).
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - offerID: The offer's id.
    ///   - include: Related resources to return: `offer` (`include`).
    ///   - supportedComponents: UI components of the included offer (`supportedComponents`, one key per value).
    ///   - options: Per-call settings.
    /// - Returns: The recorded event, and the offer when asked for.
    /// - Throws: ``KardError`` (400, 401, 500…).
    public func boost(
        organizationID: String,
        userID: String,
        offerID: String,
        include: [RewardsInclude]? = nil,
        supportedComponents: [OfferComponentType]? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> BoostOfferResponse {
        try await self.boostRaw(
            organizationID: organizationID,
            userID: userID,
            offerID: offerID,
            include: include,
            supportedComponents: supportedComponents,
            options: options
        ).data
    }

    /// Records that the user boosted an offer, with the HTTP status (201) and headers.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - offerID: The offer's id.
    ///   - include: Related resources to return (`include`).
    ///   - supportedComponents: UI components of the included offer (`supportedComponents`, repeated).
    ///   - options: Per-call settings.
    /// - Returns: The recorded event with status and headers.
    /// - Throws: ``KardError`` (400, 401, 500…).
    public func boostRaw(
        organizationID: String,
        userID: String,
        offerID: String,
        include: [RewardsInclude]? = nil,
        supportedComponents: [OfferComponentType]? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<BoostOfferResponse> {
        try await self.record(
            "boost",
            organizationID: organizationID,
            userID: userID,
            offerID: offerID,
            include: include,
            supportedComponents: supportedComponents,
            options: options
        )
    }

    /// `POST …/offers/{offerId}/{action}` without a body; the query is `supportedComponents` then `include`, as the
    /// Python SDK orders it.
    private func record(
        _ action: String,
        organizationID: String,
        userID: String,
        offerID: String,
        include: [RewardsInclude]?,
        supportedComponents: [OfferComponentType]?,
        options: RequestOptions
    ) async throws(KardError) -> KardResponse<ActivateOfferResponse> {
        var query = KardQueryBuilder()
        query.addRepeated("supportedComponents", supportedComponents)
        query.addCommaSeparated("include", include)
        let path =
            RewardsClient.path(organizationID, userID, "offers")
            + "/\(KardRequest.encodePathSegment(offerID))/\(action)"
        let request = KardRequest(method: .post, path: path, queryItems: query.items)
        return try await self.executor.send(request, decoding: ActivateOfferResponse.self, options: options)
    }
}
