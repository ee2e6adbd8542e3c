import KardCore
import KardModels

extension Organization {
    /// The issuer as `GET /v2/issuer` shows it.
    var resource: OrganizationResource {
        OrganizationResource(
            id: self.id.rawValue,
            attributes: OrganizationAttributes(
                name: self.name,
                enrolledRewards: self.enrolledRewards.map { EnrolledReward(rawValue: $0.rawValue) },
                cardNetworks: self.cardNetworks.map(\.rawValue),
                bins: self.bins,
                affiliateCommissionSplit: Double(self.commissionSplits.affiliateBasisPoints) / 100,
                cardlinkedCommissionSplit: Double(self.commissionSplits.cardLinkedBasisPoints) / 100,
                cardlinkedUserCommissionSplit: Double(self.commissionSplits.cardLinkedUserBasisPoints) / 100
            )
        )
    }

    /// The organization as the children endpoints show it.
    var childResource: ChildOrganizationResource {
        ChildOrganizationResource(
            id: self.id.rawValue,
            attributes: ChildOrganizationAttributes(name: self.name, externalId: self.externalID, bins: self.bins)
        )
    }
}
