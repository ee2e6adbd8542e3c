import KardModels

/// Offers and locations a user is eligible for, `v2/issuers/{organizationId}/users/{userId}/offers` and
/// `…/locations` (the Python SDK's `client.users.rewards`). Requires the `rewards:read` scope.
public struct RewardsClient: Sendable {
    let executor: RequestExecutor

    /// Lists the national-brand offers a user is eligible for, one cursor page at a time.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - pageSize: The page size (`page[size]`).
    ///   - pageAfter: The cursor of the page after which to start (`page[after]`), from a previous page's links.
    ///   - pageBefore: The cursor of the page before which to end (`page[before]`).
    ///   - search: A case-insensitive substring of the offer or category name (`filter[search]`).
    ///   - purchaseChannels: Only offers redeemable this way (`filter[purchaseChannel]`, one key per value).
    ///   - category: Only offers of this category (`filter[category]`).
    ///   - isTargeted: `true` for targeted offers only, `false` for non-targeted only (`filter[isTargeted]`).
    ///   - sort: The sort order (`sort`, one key per value).
    ///   - include: Related resources to add to `included`: `categories` (`include`, comma-separated).
    ///   - supportedComponents: UI components to return (`supportedComponents`, one key per value).
    ///   - options: Per-call settings.
    /// - Returns: A page of offers, with links, included resources and facts about the whole result set.
    /// - Throws: ``KardError`` (400, 401, 404, 500…).
    public func offers(
        organizationID: String,
        userID: String,
        pageSize: Int? = nil,
        pageAfter: String? = nil,
        pageBefore: String? = nil,
        search: String? = nil,
        purchaseChannels: [OfferChannel]? = nil,
        category: CategoryOption? = nil,
        isTargeted: Bool? = nil,
        sort: [OfferSortOption]? = nil,
        include: [RewardsInclude]? = nil,
        supportedComponents: [OfferComponentType]? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> OffersResponse {
        try await self.offersRaw(
            organizationID: organizationID,
            userID: userID,
            pageSize: pageSize,
            pageAfter: pageAfter,
            pageBefore: pageBefore,
            search: search,
            purchaseChannels: purchaseChannels,
            category: category,
            isTargeted: isTargeted,
            sort: sort,
            include: include,
            supportedComponents: supportedComponents,
            options: options
        ).data
    }

    /// Lists the offers a user is eligible for, with the HTTP status and headers.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - pageSize: The page size (`page[size]`).
    ///   - pageAfter: The cursor of the page after which to start (`page[after]`).
    ///   - pageBefore: The cursor of the page before which to end (`page[before]`).
    ///   - search: A case-insensitive substring of the offer or category name (`filter[search]`).
    ///   - purchaseChannels: Only offers redeemable this way (`filter[purchaseChannel]`, repeated).
    ///   - category: Only offers of this category (`filter[category]`).
    ///   - isTargeted: Targeted or non-targeted offers only (`filter[isTargeted]`).
    ///   - sort: The sort order (`sort`, repeated).
    ///   - include: Related resources to add to `included` (`include`, comma-separated).
    ///   - supportedComponents: UI components to return (`supportedComponents`, repeated).
    ///   - options: Per-call settings.
    /// - Returns: A page of offers with status and headers.
    /// - Throws: ``KardError`` (400, 401, 404, 500…).
    public func offersRaw(
        organizationID: String,
        userID: String,
        pageSize: Int? = nil,
        pageAfter: String? = nil,
        pageBefore: String? = nil,
        search: String? = nil,
        purchaseChannels: [OfferChannel]? = nil,
        category: CategoryOption? = nil,
        isTargeted: Bool? = nil,
        sort: [OfferSortOption]? = nil,
        include: [RewardsInclude]? = nil,
        supportedComponents: [OfferComponentType]? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<OffersResponse> {
        var query = KardQueryBuilder()
        query.add("page[size]", pageSize)
        query.add("page[after]", pageAfter)
        query.add("page[before]", pageBefore)
        query.add("filter[search]", search)
        query.addRepeated("filter[purchaseChannel]", purchaseChannels)
        query.add("filter[category]", category)
        query.add("filter[isTargeted]", isTargeted)
        query.addRepeated("sort", sort)
        query.addCommaSeparated("include", include)
        query.addRepeated("supportedComponents", supportedComponents)
        let request = KardRequest(
            method: .get,
            path: Self.path(organizationID, userID, "offers"),
            queryItems: query.items
        )
        return try await self.executor.send(request, decoding: OffersResponse.self, options: options)
    }

    /// Every offer a user is eligible for, across all pages, fetched as the sequence is iterated.
    ///
    /// Each page is requested as ``offers(organizationID:userID:pageSize:pageAfter:pageBefore:search:purchaseChannels:category:isTargeted:sort:include:supportedComponents:options:)``
    /// does, with the `page[after]` cursor of the previous page's `links.next`; see ``KardPageSequence``.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - search: A case-insensitive substring of the offer or category name (`filter[search]`).
    ///   - purchaseChannels: Only offers redeemable this way (`filter[purchaseChannel]`).
    ///   - category: Only offers of this category (`filter[category]`).
    ///   - isTargeted: Targeted or non-targeted offers only (`filter[isTargeted]`).
    ///   - sort: The sort order (`sort`).
    ///   - supportedComponents: UI components to return (`supportedComponents`).
    ///   - pageSize: The size of each page fetched (`page[size]`).
    ///   - options: Per-call settings, applied to every page.
    /// - Returns: The offers, in the server's order.
    public func allOffers(
        organizationID: String,
        userID: String,
        search: String? = nil,
        purchaseChannels: [OfferChannel]? = nil,
        category: CategoryOption? = nil,
        isTargeted: Bool? = nil,
        sort: [OfferSortOption]? = nil,
        supportedComponents: [OfferComponentType]? = nil,
        pageSize: Int? = nil,
        options: RequestOptions = RequestOptions()
    ) -> KardPageSequence<OfferResource> {
        KardPageSequence { (cursor: String?) async throws(KardError) -> KardPageSequence<OfferResource>.Page in
            let page = try await self.offers(
                organizationID: organizationID,
                userID: userID,
                pageSize: pageSize,
                pageAfter: cursor,
                search: search,
                purchaseChannels: purchaseChannels,
                category: category,
                isTargeted: isTargeted,
                sort: sort,
                supportedComponents: supportedComponents,
                options: options
            )
            return KardPageSequence.Page(
                items: page.data,
                nextCursor: try PageCursor.next(in: page.links, hasNextPage: page.meta?.hasNextPage)
            )
        }
    }

    /// Lists the locations where a user has eligible in-store offers, one cursor page at a time.
    ///
    /// Kard recommends searching by latitude and longitude (with a radius, in miles); name, city, ZIP code and state
    /// narrow the result further.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - pageSize: The page size (`page[size]`).
    ///   - pageAfter: The cursor of the page after which to start (`page[after]`), from a previous page's links.
    ///   - pageBefore: The cursor of the page before which to end (`page[before]`).
    ///   - name: The location name (`filter[name]`).
    ///   - city: A case-insensitive substring of the city (`filter[city]`).
    ///   - zipCode: The exact ZIP code (`filter[zipCode]`).
    ///   - state: The state (`filter[state]`).
    ///   - category: Only locations of this category (`filter[category]`).
    ///   - latitude: The latitude to search around (`filter[latitude]`); requires `longitude`.
    ///   - longitude: The longitude to search around (`filter[longitude]`); requires `latitude`.
    ///   - radius: The search radius in miles (`filter[radius]`; the server's default is 10).
    ///   - sort: The sort order (`sort`, one key per value).
    ///   - include: Related resources to add to `included`: `offers`, `categories` (`include`, comma-separated).
    ///   - supportedComponents: UI components of the included offers (`supportedComponents`, one key per value).
    ///   - options: Per-call settings.
    /// - Returns: A page of locations, with links and included resources.
    /// - Throws: ``KardError`` (400, 401, 404, 500…).
    public func locations(
        organizationID: String,
        userID: String,
        pageSize: Int? = nil,
        pageAfter: String? = nil,
        pageBefore: String? = nil,
        name: String? = nil,
        city: String? = nil,
        zipCode: String? = nil,
        state: USState? = nil,
        category: CategoryOption? = nil,
        latitude: Double? = nil,
        longitude: Double? = nil,
        radius: Int? = nil,
        sort: [LocationSortOption]? = nil,
        include: [RewardsInclude]? = nil,
        supportedComponents: [OfferComponentType]? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> LocationsResponse {
        try await self.locationsRaw(
            organizationID: organizationID,
            userID: userID,
            pageSize: pageSize,
            pageAfter: pageAfter,
            pageBefore: pageBefore,
            name: name,
            city: city,
            zipCode: zipCode,
            state: state,
            category: category,
            latitude: latitude,
            longitude: longitude,
            radius: radius,
            sort: sort,
            include: include,
            supportedComponents: supportedComponents,
            options: options
        ).data
    }

    /// Lists the locations where a user has eligible in-store offers, with the HTTP status and headers.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - pageSize: The page size (`page[size]`).
    ///   - pageAfter: The cursor of the page after which to start (`page[after]`).
    ///   - pageBefore: The cursor of the page before which to end (`page[before]`).
    ///   - name: The location name (`filter[name]`).
    ///   - city: A substring of the city (`filter[city]`).
    ///   - zipCode: The exact ZIP code (`filter[zipCode]`).
    ///   - state: The state (`filter[state]`).
    ///   - category: Only locations of this category (`filter[category]`).
    ///   - latitude: The latitude to search around (`filter[latitude]`).
    ///   - longitude: The longitude to search around (`filter[longitude]`).
    ///   - radius: The search radius in miles (`filter[radius]`).
    ///   - sort: The sort order (`sort`, repeated).
    ///   - include: Related resources to add to `included` (`include`, comma-separated).
    ///   - supportedComponents: UI components of the included offers (`supportedComponents`, repeated).
    ///   - options: Per-call settings.
    /// - Returns: A page of locations with status and headers.
    /// - Throws: ``KardError`` (400, 401, 404, 500…).
    public func locationsRaw(
        organizationID: String,
        userID: String,
        pageSize: Int? = nil,
        pageAfter: String? = nil,
        pageBefore: String? = nil,
        name: String? = nil,
        city: String? = nil,
        zipCode: String? = nil,
        state: USState? = nil,
        category: CategoryOption? = nil,
        latitude: Double? = nil,
        longitude: Double? = nil,
        radius: Int? = nil,
        sort: [LocationSortOption]? = nil,
        include: [RewardsInclude]? = nil,
        supportedComponents: [OfferComponentType]? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<LocationsResponse> {
        var query = KardQueryBuilder()
        query.add("page[size]", pageSize)
        query.add("page[after]", pageAfter)
        query.add("page[before]", pageBefore)
        query.add("filter[name]", name)
        query.add("filter[city]", city)
        query.add("filter[zipCode]", zipCode)
        query.add("filter[state]", state)
        query.add("filter[category]", category)
        query.add("filter[longitude]", longitude)
        query.add("filter[latitude]", latitude)
        query.add("filter[radius]", radius)
        query.addRepeated("sort", sort)
        query.addCommaSeparated("include", include)
        query.addRepeated("supportedComponents", supportedComponents)
        let request = KardRequest(
            method: .get,
            path: Self.path(organizationID, userID, "locations"),
            queryItems: query.items
        )
        return try await self.executor.send(request, decoding: LocationsResponse.self, options: options)
    }

    /// Every location where a user has eligible in-store offers, across all pages, fetched as the sequence is
    /// iterated; see ``KardPageSequence``.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - name: The location name (`filter[name]`).
    ///   - city: A substring of the city (`filter[city]`).
    ///   - zipCode: The exact ZIP code (`filter[zipCode]`).
    ///   - state: The state (`filter[state]`).
    ///   - category: Only locations of this category (`filter[category]`).
    ///   - latitude: The latitude to search around (`filter[latitude]`).
    ///   - longitude: The longitude to search around (`filter[longitude]`).
    ///   - radius: The search radius in miles (`filter[radius]`).
    ///   - sort: The sort order (`sort`).
    ///   - pageSize: The size of each page fetched (`page[size]`).
    ///   - options: Per-call settings, applied to every page.
    /// - Returns: The locations, in the server's order.
    public func allLocations(
        organizationID: String,
        userID: String,
        name: String? = nil,
        city: String? = nil,
        zipCode: String? = nil,
        state: USState? = nil,
        category: CategoryOption? = nil,
        latitude: Double? = nil,
        longitude: Double? = nil,
        radius: Int? = nil,
        sort: [LocationSortOption]? = nil,
        pageSize: Int? = nil,
        options: RequestOptions = RequestOptions()
    ) -> KardPageSequence<LocationResource> {
        KardPageSequence { (cursor: String?) async throws(KardError) -> KardPageSequence<LocationResource>.Page in
            let page = try await self.locations(
                organizationID: organizationID,
                userID: userID,
                pageSize: pageSize,
                pageAfter: cursor,
                name: name,
                city: city,
                zipCode: zipCode,
                state: state,
                category: category,
                latitude: latitude,
                longitude: longitude,
                radius: radius,
                sort: sort,
                options: options
            )
            return KardPageSequence.Page(items: page.data, nextCursor: try PageCursor.next(in: page.links))
        }
    }

    static func path(_ organizationID: String, _ userID: String, _ resource: String) -> String {
        "v2/issuers/\(KardRequest.encodePathSegment(organizationID))/users/"
            + "\(KardRequest.encodePathSegment(userID))/\(resource)"
    }
}
