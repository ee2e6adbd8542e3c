extension SandboxCatalog {
    /// How an offer's window sits around the day of seeding.
    enum Window: Sendable, Equatable {
        /// Started `startedDaysAgo` days before, ends `endsInDays` days after.
        case live(startedDaysAgo: Int, endsInDays: Int)
        /// Ended before the day of seeding (kept to show that expired offers are not listed).
        case expired
        /// Starts after the day of seeding (kept to show that future offers are not listed yet).
        case upcoming
    }

    /// What an offer pays.
    enum Reward: Sendable, Equatable {
        /// Basis points of the purchase.
        case percent(Int64)
        /// Cents per purchase.
        case flat(Int64)
    }

    /// One offer of a merchant: an everyday one (slots 1 to 3, made from the merchant) or a special one.
    struct OfferSeed: Sendable {
        var merchant: Int
        /// Fixes the offer id together with `merchant`: 1 online, 2 in store, 3 a bonus; 4 and above special.
        var slot: Int
        var title: String
        var channels: [PurchaseChannel]
        var reward: Reward
        var targeting: OfferTargeting = .everyone
        var window: Window = .live(startedDaysAgo: 45, endsInDays: 200)
        var minimumSpendCents: Int64? = nil
        var maximumRewardCents: Int64? = nil
        var redeemableOnce = false
        /// Site codes of the merchant's stores the offer is limited to.
        var sites: [String] = []
        /// The exact terms, when not generated.
        var terms: String? = nil
        var description: String? = nil
    }

    /// The guide's new-customer offer of BaaS Pro Shops (the sample's `_id`).
    static let baasNewCustomerSlot = 4

    /// The offers beyond each merchant's everyday ones: targeted, location-specific, expired or upcoming.
    static let specialOffers: [OfferSeed] = [
        OfferSeed(
            merchant: 1,
            slot: 4,
            title: "New Customers",
            channels: [.online, .inStore],
            reward: .percent(1200),
            targeting: .newCustomers,
            terms: "This offer is only valid for first-time customers.",
            description: "Cash back on your first BaaS Pro Shops purchase, online or in store."
        ),
        OfferSeed(
            merchant: 1,
            slot: 5,
            title: "Welcome Back",
            channels: [.online, .inStore],
            reward: .percent(1000),
            targeting: .lapsedCustomers,
            terms: "This offer is only valid for customers who have not shopped with us in the last 6 months.",
            description: "Cash back when you come back to BaaS Pro Shops."
        ),
        OfferSeed(
            merchant: 3,
            slot: 4,
            title: "Welcome Back",
            channels: [.online, .inStore],
            reward: .percent(800),
            targeting: .lapsedCustomers,
            maximumRewardCents: 4000,
            terms: "This offer is only valid for customers who have not shopped with us in the last 6 months."
        ),
        OfferSeed(
            merchant: 13,
            slot: 4,
            title: "We Miss You",
            channels: [.online, .inStore],
            reward: .percent(1500),
            targeting: .lapsedCustomers,
            minimumSpendCents: 5000,
            terms: "This offer is only valid for customers who have not shopped with us in the last 6 months."
        ),
        OfferSeed(
            merchant: 46,
            slot: 4,
            title: "Welcome Back",
            channels: [.online],
            reward: .flat(1000),
            targeting: .lapsedCustomers,
            minimumSpendCents: 4000,
            redeemableOnce: true,
            terms: "This offer is only valid for customers who have not shopped with us in the last 6 months."
        ),
        OfferSeed(
            merchant: 26,
            slot: 4,
            title: "First Cup",
            channels: [.inStore],
            reward: .percent(2000),
            targeting: .newCustomers,
            maximumRewardCents: 500,
            redeemableOnce: true,
            terms: "This offer is only valid for first-time customers."
        ),
        OfferSeed(
            merchant: 17,
            slot: 4,
            title: "New Customers",
            channels: [.online],
            reward: .percent(800),
            targeting: .newCustomers,
            maximumRewardCents: 10_000,
            terms: "This offer is only valid for first-time customers."
        ),
        OfferSeed(
            merchant: 26,
            slot: 5,
            title: "Flatiron Grand Opening",
            channels: [.inStore],
            reward: .percent(2500),
            window: .live(startedDaysAgo: 10, endsInDays: 50),
            maximumRewardCents: 1000,
            sites: ["NYC1"],
            description: "Celebrate our new Chelsea café."
        ),
        OfferSeed(
            merchant: 17,
            slot: 5,
            title: "Magnificent Mile Store Event",
            channels: [.inStore],
            reward: .flat(2500),
            minimumSpendCents: 25_000,
            sites: ["CHI2"]
        ),
        OfferSeed(
            merchant: 4,
            slot: 4,
            title: "Summer Blockbusters (ended)",
            channels: [.online, .inStore],
            reward: .percent(1500),
            window: .expired,
            description: "Sandbox: ended on purpose, to show that expired offers are not listed."
        ),
        OfferSeed(
            merchant: 49,
            slot: 4,
            title: "Spring Gear Sale (ended)",
            channels: [.online],
            reward: .percent(1200),
            window: .expired,
            description: "Sandbox: ended on purpose, to show that expired offers are not listed."
        ),
        OfferSeed(
            merchant: 24,
            slot: 4,
            title: "Holiday Preview (upcoming)",
            channels: [.online, .inStore],
            reward: .percent(1000),
            window: .upcoming,
            description: "Sandbox: starts in two weeks on purpose, to show that future offers are not listed yet."
        ),
        OfferSeed(
            merchant: 55,
            slot: 4,
            title: "Winter Getaways (upcoming)",
            channels: [.online],
            reward: .percent(1200),
            window: .upcoming,
            description: "Sandbox: starts in two weeks on purpose, to show that future offers are not listed yet."
        ),
    ]
}
