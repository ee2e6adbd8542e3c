import KardCore
import KardModels

/// How the legacy `/rewards/merchant…` endpoints show the catalog to one organization.
struct LegacyRewardsPresenter: Sendable {
    let index: CatalogIndex
    let splits: CommissionSplits

    /// Commission figures of an offer in the wire unit (percent or dollars): the organization's share
    /// (`totalCommission`, issuer and cardholder together) and how it divides.
    func commissions(_ offer: Offer) -> (total: Double, issuer: Double, user: Double) {
        let organizationShare = offer.totalCommission * Int64(self.splits.cardLinkedBasisPoints) / 10_000
        let user = CardholderReward(offer: offer, splits: self.splits).amount
        return (Double(organizationShare) / 100, Double(organizationShare - user) / 100, Double(user) / 100)
    }

    func merchant(_ merchant: Merchant) -> LegacyOfferMerchant {
        LegacyOfferMerchant(
            id: merchant.id.rawValue,
            name: merchant.name,
            description: merchant.description,
            type: .cardLinked,
            websiteURL: merchant.websiteURL ?? "",
            category: CategoryOption(rawValue: merchant.category.rawValue),
            acceptedCards: merchant.acceptedCards.map { AcceptedCard(rawValue: $0.legacySpelling) },
            imgUrl: merchant.logoURL ?? "",
            bannerImgUrl: merchant.bannerURL
        )
    }

    /// The channel to show for an offer: the one asked for, else its first.
    func channel(_ offer: Offer, preferring wanted: PurchaseChannel?) -> OfferChannel {
        let channel = wanted.flatMap { offer.purchaseChannels.contains($0) ? $0 : nil } ?? offer.purchaseChannels.first
        return OfferChannel(rawValue: (channel ?? .online).rawValue)
    }

    func offer(_ offer: Offer, channel wanted: PurchaseChannel?) -> LegacyOffer? {
        guard let merchant = self.index.merchants[offer.merchantID] else { return nil }
        let commission = self.commissions(offer)
        return LegacyOffer(
            id: offer.id.rawValue,
            terms: offer.terms,
            redeemableOnce: offer.redeemableOnce,
            name: offer.name,
            offerType: self.channel(offer, preferring: wanted),
            commissionType: CommissionType(rawValue: offer.commissionType.rawValue),
            startDate: KardDate(offer.startDate),
            expirationDate: KardDate(offer.expirationDate),
            isTargeted: offer.targeting.isTargeted,
            createdDate: KardDate(offer.createdAt),
            lastModified: KardDate(offer.updatedAt),
            totalCommission: commission.total,
            isLocationSpecific: !offer.locationIDs.isEmpty,
            issuersCommission: commission.issuer,
            usersCommission: commission.user,
            minTransactionAmount: offer.minimumSpendCents.map { Int($0) },
            maxTransactionAmount: offer.maximumTransactionCents.map { Int($0) },
            maxRewardAmount: offer.maximumRewardCents.map { Int($0) },
            source: MerchantSource(rawValue: offer.source.rawValue),
            category: CategoryOption(rawValue: merchant.category.rawValue),
            imgUrl: offer.imageURL ?? merchant.logoURL,
            bannerImgUrl: offer.bannerURL ?? merchant.bannerURL,
            merchant: self.merchant(merchant)
        )
    }

    func merchantWithOffers(_ merchant: Merchant, offers: [Offer]) -> LegacyMerchant {
        LegacyMerchant(
            id: merchant.id.rawValue,
            name: merchant.name,
            description: merchant.description,
            websiteURL: merchant.websiteURL ?? "",
            category: CategoryOption(rawValue: merchant.category.rawValue),
            acceptedCards: merchant.acceptedCards.map { AcceptedCard(rawValue: $0.legacySpelling) },
            source: MerchantSource(rawValue: merchant.source.rawValue),
            createdDate: KardDate(merchant.createdAt),
            lastModified: KardDate(merchant.updatedAt),
            offers: offers.map { offer in
                let commission = self.commissions(offer)
                return LegacyMerchantOffer(
                    id: offer.id.rawValue,
                    terms: offer.terms,
                    redeemableOnce: offer.redeemableOnce,
                    name: offer.name,
                    offerType: self.channel(offer, preferring: nil),
                    commissionType: CommissionType(rawValue: offer.commissionType.rawValue),
                    startDate: KardDate(offer.startDate),
                    expirationDate: KardDate(offer.expirationDate),
                    isTargeted: offer.targeting.isTargeted,
                    createdDate: KardDate(offer.createdAt),
                    lastModified: KardDate(offer.updatedAt),
                    totalCommission: commission.total,
                    isLocationSpecific: !offer.locationIDs.isEmpty,
                    merchantId: merchant.id.rawValue,
                    issuersCommission: commission.issuer,
                    usersCommission: commission.user,
                    minTransactionAmount: offer.minimumSpendCents.map { Int($0) },
                    maxTransactionAmount: offer.maximumTransactionCents.map { Int($0) },
                    maxRewardAmount: offer.maximumRewardCents.map { Int($0) },
                    merchantLocationIds: offer.locationIDs.isEmpty ? nil : offer.locationIDs.map(\.rawValue),
                    optInRequired: false,
                    status: "ACTIVE",
                    imgUrl: offer.imageURL ?? merchant.logoURL,
                    bannerImgUrl: offer.bannerURL ?? merchant.bannerURL
                )
            },
            imgUrl: merchant.logoURL ?? "",
            bannerImgUrl: merchant.bannerURL
        )
    }

    func location(_ location: Location, offers: [Offer]?) -> LegacyLocation? {
        guard let merchant = self.index.merchants[location.merchantID] else { return nil }
        return LegacyLocation(
            id: location.id.rawValue,
            merchantId: merchant.id.rawValue,
            name: location.name,
            address: LegacyAddress(
                street: location.address.street,
                city: location.address.city,
                state: USState(rawValue: location.address.state),
                zipCode: location.address.zipCode
            ),
            geoLocation: LegacyGeoLocation(
                longitude: location.coordinates.longitude,
                latitude: location.coordinates.latitude
            ),
            phone: location.phone,
            operationHours: location.openingHours.isEmpty ? nil : location.openingHours.legacyHours,
            googleId: location.googleID,
            createdDate: KardDate(location.createdAt),
            lastModified: KardDate(location.updatedAt),
            source: MerchantSource(rawValue: location.source.rawValue),
            category: CategoryOption(rawValue: merchant.category.rawValue),
            offers: offers.map { offers in
                offers.map { offer in
                    let commission = self.commissions(offer)
                    return LegacyLocationOffer(
                        id: offer.id.rawValue,
                        totalCommission: commission.total,
                        commissionType: CommissionType(rawValue: offer.commissionType.rawValue),
                        startDate: KardDate(offer.startDate),
                        expirationDate: KardDate(offer.expirationDate),
                        minTransactionAmount: offer.minimumSpendCents.map { Int($0) },
                        maxTransactionAmount: offer.maximumTransactionCents.map { Int($0) },
                        maxRewardAmount: offer.maximumRewardCents.map { Int($0) },
                        issuersCommission: commission.issuer,
                        usersCommission: commission.user,
                        terms: offer.terms,
                        redeemableOnce: offer.redeemableOnce,
                        name: offer.name,
                        offerType: .inStore,
                        isTargeted: offer.targeting.isTargeted,
                        createdDate: KardDate(offer.createdAt),
                        lastModified: KardDate(offer.updatedAt),
                        isLocationSpecific: !offer.locationIDs.isEmpty,
                        imgUrl: offer.imageURL ?? merchant.logoURL,
                        bannerImgUrl: offer.bannerURL ?? merchant.bannerURL,
                        source: MerchantSource(rawValue: offer.source.rawValue),
                        category: CategoryOption(rawValue: merchant.category.rawValue)
                    )
                }
            },
            merchant: self.merchant(merchant)
        )
    }
}

extension [OpeningPeriod] {
    /// The legacy weekday map (`MONDAY: "9:00 AM – 5:00 PM"`).
    var legacyHours: LegacyOperatingHours {
        func text(_ day: Int) -> String? {
            let hours = self.filter { $0.day == day }.map { "\(Self.clock($0.open)) – \(Self.clock($0.close))" }
            return hours.isEmpty ? nil : hours.joined(separator: ", ")
        }
        return LegacyOperatingHours(
            sunday: text(0),
            monday: text(1),
            tuesday: text(2),
            wednesday: text(3),
            thursday: text(4),
            friday: text(5),
            saturday: text(6)
        )
    }
}
