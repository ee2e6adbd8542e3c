import Foundation
import KardCore
import KardModels

/// How offers are shown to one organization's cardholder: rewards after the organization's splits, the
/// components the app asked for, and the user's activation state.
struct OfferPresenter: Sendable {
    let index: CatalogIndex
    let splits: CommissionSplits
    let engagement: OfferEngagement
    /// The components to fill; empty: no `components` member at all.
    let components: Set<String>

    /// The component names Kard defines.
    static let componentNames: Set<String> = [
        "shortDescription", "longDescription", "baseReward", "boostedReward", "cta", "tags", "detailTags",
        "logoFlare", "progressBar",
    ]

    func resource(_ offer: Offer) -> OfferResource {
        let merchant = self.index.merchants[offer.merchantID]
        let reward = CardholderReward(offer: offer, splits: self.splits)
        var assets: [OfferAsset] = []
        if let url = offer.imageURL ?? merchant?.logoURL {
            assets.append(OfferAsset(type: "IMG_VIEW", url: url, alt: merchant?.name ?? offer.name))
        }
        if let url = offer.bannerURL ?? merchant?.bannerURL {
            assets.append(OfferAsset(type: "BANNER_VIEW", url: url, alt: merchant?.name ?? offer.name))
        }
        return OfferResource(
            id: offer.id.rawValue,
            attributes: StandardOfferAttributes(
                name: offer.name,
                terms: offer.terms,
                purchaseChannel: offer.purchaseChannels.map { OfferChannel(rawValue: $0.rawValue) },
                userReward: OfferReward(type: CommissionType(rawValue: reward.type.rawValue), value: reward.wireValue),
                assets: assets,
                startDate: KardDate(offer.startDate),
                expirationDate: KardDate(offer.expirationDate),
                isTargeted: offer.targeting.isTargeted,
                maxRedemptions: offer.redeemableOnce ? 1 : offer.maximumRedemptions,
                minTransactionAmount: offer.minimumSpendCents.map { OfferAmount(value: Int($0)) },
                maxTransactionAmount: offer.maximumTransactionCents.map { OfferAmount(value: Int($0)) },
                maxRewardAmount: offer.maximumRewardCents.map { OfferAmount(value: Int($0)) },
                websiteUrl: offer.websiteURL ?? merchant?.websiteURL,
                description: offer.description ?? merchant?.description,
                components: self.components.isEmpty
                    ? nil : self.components(for: offer, merchant: merchant, reward: reward)
            ),
            relationships: merchant.map {
                OfferRelationships(category: RelationshipList(data: [$0.category.identifier]))
            }
        )
    }

    private func components(for offer: Offer, merchant: Merchant?, reward: CardholderReward) -> OfferComponents {
        let wanted = self.components
        let activated = self.engagement.activated.contains(offer.id)
        let boosted = self.engagement.boosted.contains(offer.id)
        let merchantName = merchant?.name ?? offer.name
        var components = OfferComponents()
        if wanted.contains("shortDescription") {
            components.shortDescription =
                offer.display.shortDescription ?? "Earn \(reward.formatted) back at \(merchantName)"
        }
        if wanted.contains("longDescription") {
            components.longDescription = offer.display.longDescription ?? offer.description ?? offer.terms
        }
        if wanted.contains("baseReward") { components.baseReward = reward.formatted }
        if wanted.contains("boostedReward"), boosted { components.boostedReward = reward.formatted }
        if wanted.contains("cta") {
            let url = offer.display.ctaURL ?? offer.websiteURL ?? merchant?.websiteURL
            components.cta = CTAComponent(
                buttonText: activated ? "Activated" : "Activate",
                buttonStyle: activated ? "DISABLED" : "PRIMARY",
                action: url.map { CTAAction(url: $0, method: "GET") }
            )
        }
        if wanted.contains("tags") { components.tags = offer.display.tags + (boosted ? ["Boosted"] : []) }
        if wanted.contains("detailTags") { components.detailTags = offer.display.detailTags }
        return components
    }
}

extension MerchantCategory {
    /// The category as a JSON:API resource.
    var resource: CategoryResource {
        CategoryResource(
            id: self.identifier.id,
            attributes: CategoryAttributes(name: CategoryOption(rawValue: self.rawValue))
        )
    }

    /// A stable id for the category (`food-and-beverage`).
    var identifier: ResourceIdentifier {
        let slug = self.rawValue.lowercased()
            .replacingOccurrences(of: "&", with: "and")
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .joined(separator: "-")
        return ResourceIdentifier(type: "category", id: slug)
    }
}
