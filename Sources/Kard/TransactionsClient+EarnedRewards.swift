import KardModels

extension TransactionsClient {
    /// Lists a user's earned rewards, one cursor page at a time (`GET v2/issuers/{organizationId}/users/{userId}/
    /// earned-rewards`, the Python SDK's `transactions.get_earned_rewards`; scope `transaction:read`).
    ///
    /// By default Kard returns the `SETTLED` rewards of the last 12 months, paid to the issuer or not; at most 12
    /// months can be queried.
    ///
    /// ```swift
    /// let page = try await client.transactions.getEarnedRewards(
    ///     organizationID: "org-123",
    ///     userID: "user-456",
    ///     pageSize: 10,
    ///     status: .approved,
    ///     include: [.merchant, .offer]
    /// )
    /// print(page.meta.lifetimeRewardsInCents)
    /// ```
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - pageAfter: The cursor of the page after which to start (`page[after]`), from a previous page's links.
    ///   - pageBefore: The cursor of the page before which to end (`page[before]`).
    ///   - pageSize: The page size (`page[size]`).
    ///   - status: `SETTLED` (the default) or `APPROVED`, which returns only approved transactions with no settled
    ///     counterpart yet (`filter[status]`).
    ///   - paidInFullOnly: `true` for rewards paid in full to the issuer only; also narrows
    ///     ``KardModels/EarnedRewardsMeta/lifetimeRewardsInCents``. No effect on `APPROVED` (`filter[paidInFullOnly]`).
    ///   - range: The window ending now: `12M` (the default), `6M`, `3M` or `YTD`; also scopes the lifetime total
    ///     (`filter[range]`).
    ///   - include: Related resources to add to `included`: `merchant`, `offer` (`include`, comma-separated).
    ///   - options: Per-call settings.
    /// - Returns: A page of rewards, with links, the lifetime total and the included resources.
    /// - Throws: ``KardError`` (400, 401, 404, 500…).
    public func getEarnedRewards(
        organizationID: String,
        userID: String,
        pageAfter: String? = nil,
        pageBefore: String? = nil,
        pageSize: Int? = nil,
        status: EarnedRewardStatus? = nil,
        paidInFullOnly: Bool? = nil,
        range: EarnedRewardsRange? = nil,
        include: [EarnedRewardsInclude]? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> EarnedRewardsResponse {
        try await self.getEarnedRewardsRaw(
            organizationID: organizationID,
            userID: userID,
            pageAfter: pageAfter,
            pageBefore: pageBefore,
            pageSize: pageSize,
            status: status,
            paidInFullOnly: paidInFullOnly,
            range: range,
            include: include,
            options: options
        ).data
    }

    /// Lists a user's earned rewards, with the HTTP status and headers.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - pageAfter: The cursor of the page after which to start (`page[after]`).
    ///   - pageBefore: The cursor of the page before which to end (`page[before]`).
    ///   - pageSize: The page size (`page[size]`).
    ///   - status: `SETTLED` or `APPROVED` (`filter[status]`).
    ///   - paidInFullOnly: Rewards paid in full to the issuer only (`filter[paidInFullOnly]`).
    ///   - range: The window ending now (`filter[range]`).
    ///   - include: Related resources to add to `included` (`include`, comma-separated).
    ///   - options: Per-call settings.
    /// - Returns: A page of rewards with status and headers.
    /// - Throws: ``KardError`` (400, 401, 404, 500…).
    public func getEarnedRewardsRaw(
        organizationID: String,
        userID: String,
        pageAfter: String? = nil,
        pageBefore: String? = nil,
        pageSize: Int? = nil,
        status: EarnedRewardStatus? = nil,
        paidInFullOnly: Bool? = nil,
        range: EarnedRewardsRange? = nil,
        include: [EarnedRewardsInclude]? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<EarnedRewardsResponse> {
        var query = KardQueryBuilder()
        query.add("page[after]", pageAfter)
        query.add("page[before]", pageBefore)
        query.add("page[size]", pageSize)
        query.add("filter[status]", status)
        query.add("filter[paidInFullOnly]", paidInFullOnly)
        query.add("filter[range]", range)
        query.addCommaSeparated("include", include)
        let request = KardRequest(
            method: .get,
            path: RewardsClient.path(organizationID, userID, "earned-rewards"),
            queryItems: query.items
        )
        return try await self.executor.send(request, decoding: EarnedRewardsResponse.self, options: options)
    }

    /// Every earned reward of a user, across all pages, fetched as the sequence is iterated.
    ///
    /// Each page is requested as
    /// ``getEarnedRewards(organizationID:userID:pageAfter:pageBefore:pageSize:status:paidInFullOnly:range:include:options:)``
    /// does, with the `page[after]` cursor of the previous page's `links.next`; see ``KardPageSequence``. Use the
    /// paged call to read `meta.lifetimeRewardsInCents` or `included`.
    ///
    /// ```swift
    /// for try await reward in client.transactions.allEarnedRewards(organizationID: "org", userID: "u1") {
    ///     if let settled = reward.rewarded {
    ///         print(settled.attributes.commissionEarned.user.value)
    ///     }
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - status: `SETTLED` or `APPROVED` (`filter[status]`).
    ///   - paidInFullOnly: Rewards paid in full to the issuer only (`filter[paidInFullOnly]`).
    ///   - range: The window ending now (`filter[range]`).
    ///   - pageSize: The size of each page fetched (`page[size]`).
    ///   - options: Per-call settings, applied to every page.
    /// - Returns: The rewards, in the server's order.
    public func allEarnedRewards(
        organizationID: String,
        userID: String,
        status: EarnedRewardStatus? = nil,
        paidInFullOnly: Bool? = nil,
        range: EarnedRewardsRange? = nil,
        pageSize: Int? = nil,
        options: RequestOptions = RequestOptions()
    ) -> KardPageSequence<EarnedRewardResource> {
        KardPageSequence {
            (cursor: String?) async throws(KardError) -> KardPageSequence<EarnedRewardResource>.Page in
            let page = try await self.getEarnedRewards(
                organizationID: organizationID,
                userID: userID,
                pageAfter: cursor,
                pageSize: pageSize,
                status: status,
                paidInFullOnly: paidInFullOnly,
                range: range,
                options: options
            )
            return KardPageSequence.Page(items: page.data, nextCursor: try PageCursor.next(in: page.links))
        }
    }
}
