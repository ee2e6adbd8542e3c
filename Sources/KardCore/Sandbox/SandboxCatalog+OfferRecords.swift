import Foundation

extension SandboxCatalog {
    /// The everyday offers of a merchant: one per channel, plus a bonus offer.
    static func everydayOffers(_ seed: MerchantSeed, locations: [Location], today: Date) -> [Offer] {
        let isLocal = seed.source == .local
        var seeds: [OfferSeed] = []
        if seed.channels.contains(.online) {
            seeds.append(
                OfferSeed(
                    merchant: seed.number,
                    slot: 1,
                    title: "Online",
                    channels: [.online],
                    reward: .percent(seed.percent)
                )
            )
        }
        if seed.channels.contains(.inStore) {
            seeds.append(
                OfferSeed(
                    merchant: seed.number,
                    slot: 2,
                    title: "In-Store",
                    channels: [.inStore],
                    reward: .percent(seed.percent),
                    sites: isLocal ? seed.sites : []
                )
            )
        }
        if isLocal {
            seeds.append(
                OfferSeed(
                    merchant: seed.number,
                    slot: 3,
                    title: "Spend $40, Get $5 Back",
                    channels: [.inStore],
                    reward: .flat(500),
                    minimumSpendCents: 4000,
                    sites: seed.sites
                )
            )
        } else if seed.number.isMultiple(of: 2) {
            seeds.append(
                OfferSeed(
                    merchant: seed.number,
                    slot: 3,
                    title: "Spend $50, Get $5 Back",
                    channels: seed.channels,
                    reward: .flat(500),
                    minimumSpendCents: 5000
                )
            )
        } else {
            seeds.append(
                OfferSeed(
                    merchant: seed.number,
                    slot: 3,
                    title: "Double Cash Back",
                    channels: seed.channels,
                    reward: .percent(seed.percent * 2),
                    maximumRewardCents: 2500
                )
            )
        }
        return seeds.map { offerSeed in
            var offerSeed = offerSeed
            offerSeed.window = .live(
                startedDaysAgo: 20 + (seed.number * 7 + offerSeed.slot * 11) % 70,
                endsInDays: 120 + (seed.number * 13 + offerSeed.slot * 17) % 240
            )
            return self.offer(offerSeed, seed: seed, locations: locations, today: today)
        }
    }

    /// The offer an ``OfferSeed`` describes.
    static func offer(_ offer: OfferSeed, seed: MerchantSeed, locations: [Location], today: Date) -> Offer {
        let day: TimeInterval = 86_400
        let (start, end): (Date, Date) =
            switch offer.window {
            case .live(let startedDaysAgo, let endsInDays):
                (today - Double(startedDaysAgo) * day, today + Double(endsInDays) * day)
            case .expired: (today - 120 * day, today - 10 * day)
            case .upcoming: (today + 14 * day, today + 104 * day)
            }
        let locationIDs = offer.sites.compactMap { code in
            seed.sites.firstIndex(of: code).map { locations[$0].id }
        }
        let online = offer.channels.contains(.online)
        let website = "https://\(self.slug(seed.name)).example.com"
        let (commissionType, totalCommission): (RewardType, Int64) =
            switch offer.reward {
            case .percent(let basisPoints): (.percent, basisPoints)
            case .flat(let cents): (.flat, cents)
            }
        var detailTags: [String] = []
        switch offer.targeting {
        case .newCustomers: detailTags.append("New customers")
        case .lapsedCustomers: detailTags.append("Welcome back")
        case .everyone, .users: break
        }
        if !locationIDs.isEmpty { detailTags.append("Select locations") }
        return Offer(
            id: self.offerID(merchant: seed.number, slot: offer.slot),
            merchantID: self.merchantID(number: seed.number),
            name: "\(seed.name) - \(offer.title)",
            source: seed.source,
            purchaseChannels: offer.channels,
            commissionType: commissionType,
            totalCommission: totalCommission,
            minimumSpendCents: offer.minimumSpendCents,
            maximumRewardCents: offer.maximumRewardCents,
            redeemableOnce: offer.redeemableOnce,
            targeting: offer.targeting,
            startDate: start,
            expirationDate: end,
            terms: offer.terms ?? self.terms(offer, limited: !locationIDs.isEmpty),
            description: offer.description ?? "Cash back at \(seed.name).",
            websiteURL: online ? website : nil,
            locationIDs: locationIDs,
            display: OfferDisplay(
                ctaText: online ? "Shop now" : "Find a store",
                ctaURL: online ? website : nil,
                tags: offer.channels.map { $0 == .online ? "Online" : "In-store" },
                detailTags: detailTags
            ),
            createdAt: today,
            updatedAt: today
        )
    }

    private static func dollars(_ cents: Int64) -> String {
        cents % 100 == 0 ? "$\(cents / 100)" : "$\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)"
    }

    /// The terms, without the reward: the cardholder's share depends on the issuer's commission splits, and
    /// answers show it (`userReward`, `baseReward`) computed for each issuer.
    private static func terms(_ offer: OfferSeed, limited: Bool) -> String {
        let channels =
            offer.channels.count == 2 ? "online and in-store" : offer.channels == [.online] ? "online" : "in-store"
        var text = "Earn cash back on \(channels) purchases"
        if let minimum = offer.minimumSpendCents { text += " of \(self.dollars(minimum)) or more" }
        if limited { text += " at participating locations" }
        text += "."
        if let cap = offer.maximumRewardCents { text += " Maximum reward \(self.dollars(cap)) per purchase." }
        if offer.redeemableOnce { text += " Once per cardholder." }
        return text
    }
}
