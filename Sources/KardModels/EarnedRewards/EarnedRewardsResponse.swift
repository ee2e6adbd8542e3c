/// A page of a user's earned rewards, the answer of `GET /v2/issuers/{organizationId}/users/{userId}/earned-rewards`
/// (`GetEarnedRewardsResponse`).
///
/// ```json
/// {"data": [{"type": "rewardedTransaction", …}, {"type": "approvedTransaction", …}],
///  "links": {"self": "…", "next": "…?page[size]=10&page[after]=…"},
///  "meta": {"lifetimeRewardsInCents": 540},
///  "included": [{"type": "merchant", …}, {"type": "offer", …}]}
/// ```
public struct EarnedRewardsResponse: Codable, Sendable, Equatable {
    /// The rewards on this page, newest first: settled (`rewardedTransaction`) or approved (`approvedTransaction`).
    public var data: [EarnedRewardResource]
    /// Links to this page and its neighbours; `next` embeds the `page[after]` cursor.
    public var links: PaginationLinks
    /// Totals over the whole filtered window, not just this page.
    public var meta: EarnedRewardsMeta
    /// The merchants and offers asked for with `include`; absent when none were asked for.
    public var included: [EarnedRewardIncludedResource]?

    /// Creates a page.
    ///
    /// - Parameters:
    ///   - data: The rewards on this page.
    ///   - links: Links to this page and its neighbours.
    ///   - meta: Totals over the whole filtered window.
    ///   - included: The merchants and offers asked for with `include`.
    public init(
        data: [EarnedRewardResource],
        links: PaginationLinks,
        meta: EarnedRewardsMeta,
        included: [EarnedRewardIncludedResource]? = nil
    ) {
        self.data = data
        self.links = links
        self.meta = meta
        self.included = included
    }

    /// The included merchant with this id, if it was included.
    ///
    /// - Parameter id: The merchant id, as in ``EarnedRewardRelationships/merchant``.
    /// - Returns: The merchant, or `nil`.
    public func includedMerchant(id: String) -> EarnedRewardMerchantResource? {
        self.included?.lazy.compactMap(\.merchant).first { $0.id == id }
    }

    /// The included offer with this id, if it was included.
    ///
    /// - Parameter id: The offer id, as in ``EarnedRewardRelationships/offer``.
    /// - Returns: The offer, or `nil`.
    public func includedOffer(id: String) -> EarnedRewardOfferResource? {
        self.included?.lazy.compactMap(\.offer).first { $0.id == id }
    }
}

/// Totals of an earned-rewards answer (`GetEarnedRewardsMeta`).
public struct EarnedRewardsMeta: Codable, Sendable, Equatable {
    /// The user's rewards in cents over matched transactions in the selected window (`filter[range]`, 12 months by
    /// default), whatever their payment status unless `filter[paidInFullOnly]=true`.
    public var lifetimeRewardsInCents: Int

    /// Creates the totals.
    ///
    /// - Parameter lifetimeRewardsInCents: The user's rewards in cents over the window.
    public init(lifetimeRewardsInCents: Int) {
        self.lifetimeRewardsInCents = lifetimeRewardsInCents
    }
}
