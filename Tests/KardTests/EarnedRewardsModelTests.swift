import Foundation
import KardModels
import Testing

@Suite("Earned-rewards wire types")
struct EarnedRewardsModelTests {
    @Test("The SDK's earned-rewards example decodes, and encodes back unchanged")
    func sdkExample() throws {
        let page = try roundTrip(EarnedRewardsResponse.self, EarnedRewardsFixtures.sdkExample)
        #expect(page.data.count == 2)
        #expect(page.data.map(\.type) == ["approvedTransaction", "rewardedTransaction"])

        let approved = try #require(page.data[0].approved)
        #expect(page.data[0].rewarded == nil)
        #expect(approved.id == "fcabf024-3870-41f3-9fbd-b43ea85a3d19")
        #expect(approved.attributes.status == .approved)
        #expect(approved.attributes.transactionId == "TXN-20241001-F21-127964")
        #expect(approved.attributes.transactionAmountInCents == 12_796)
        #expect(approved.attributes.transactionTimestamp == "2024-10-01T01:36:57Z")
        #expect(approved.attributes.transactionTimestamp.date == Date(timeIntervalSince1970: 1_727_746_617))
        #expect(
            approved.relationships.user.data
                == ResourceIdentifier(type: "user", id: "8c52423a-c319-44ee-8fc7-508e97b43892")
        )
        #expect(approved.relationships.merchant.data.id == "633ed2ab30dcb60009dd5699")
        #expect(
            approved.relationships.offer.data == ResourceIdentifier(type: "offer", id: "OFF-F21-INSTORE-2024Q4-001")
        )

        let settled = try #require(page.data[1].rewarded)
        #expect(page.data[1].approved == nil)
        #expect(settled.id == "7bcbdb95-f3a5-4f56-a9be-4c25f313eb0a")
        #expect(settled.attributes.status == .settled)
        #expect(settled.attributes.transactionAmountInCents == 8800)
        #expect(settled.attributes.paidToIssuer == .paidInFull)
        #expect(
            settled.attributes.commissionEarned == CommissionEarned(user: CommissionValue(type: .cents, value: 220))
        )
        #expect(settled.attributes.payoutTimestamp == "2024-09-29T10:15:00Z")
        #expect(settled.attributes.components == nil)
        #expect(page.data[1].relationships?.merchant.data.id == "5f3e2d1c40abc50008cc4821")

        #expect(page.meta.lifetimeRewardsInCents == 540)
        #expect(page.links.selfLink == "/v2/issuers/org-123/users/user-456/earned-rewards?page[size]=10")
        #expect(
            page.links.next?.hasSuffix(
                "page[after]=eyJpZCI6ImZjYWJmMDI0LTM4NzAtNDFmMy05ZmJkLWI0M2VhODVhM2QxOSIsInRzIjoiMjAyNC0xMC0wMVQwMTozNjo1N1oifQ=="
            ) == true
        )
        #expect(page.links.prev == nil)

        let included = try #require(page.included)
        #expect(included.map(\.type) == ["merchant", "merchant", "offer", "offer"])
        let forever21 = try #require(page.includedMerchant(id: approved.relationships.merchant.data.id))
        #expect(forever21.attributes.name == "Forever 21")
        #expect(forever21.attributes.assets?.map(\.type) == [.imageView, .bannerView])
        #expect(forever21.attributes.assets?.first?.alt == "Forever 21 Logo Image")
        #expect(page.includedMerchant(id: "5f3e2d1c40abc50008cc4821")?.attributes.assets?.count == 1)
        #expect(page.includedOffer(id: "OFF-F21-INSTORE-2024Q4-001")?.attributes.purchaseChannel == [.inStore])
        #expect(page.includedOffer(id: settled.relationships.offer.data.id)?.attributes.purchaseChannel == [.online])
        #expect(page.includedMerchant(id: "OFF-F21-INSTORE-2024Q4-001") == nil)
        #expect(page.includedOffer(id: "missing") == nil)
    }

    @Test("The same document built from Swift values encodes to the SDK's example")
    func buildsTheExample() throws {
        let user = "8c52423a-c319-44ee-8fc7-508e97b43892"
        let page = EarnedRewardsResponse(
            data: [
                .approved(
                    ApprovedTransactionResource(
                        id: "fcabf024-3870-41f3-9fbd-b43ea85a3d19",
                        attributes: ApprovedTransactionAttributes(
                            transactionId: "TXN-20241001-F21-127964",
                            transactionAmountInCents: 12_796,
                            transactionTimestamp: "2024-10-01T01:36:57Z"
                        ),
                        relationships: EarnedRewardRelationships(
                            userId: user,
                            merchantId: "633ed2ab30dcb60009dd5699",
                            offerId: "OFF-F21-INSTORE-2024Q4-001"
                        )
                    )
                ),
                .rewarded(
                    RewardedTransactionResource(
                        id: "7bcbdb95-f3a5-4f56-a9be-4c25f313eb0a",
                        attributes: RewardedTransactionAttributes(
                            transactionId: "TXN-20240928-TGT-778813",
                            transactionAmountInCents: 8800,
                            transactionTimestamp: "2024-09-28T14:11:22Z",
                            paidToIssuer: .paidInFull,
                            commissionEarned: CommissionEarned(user: CommissionValue(value: 220)),
                            payoutTimestamp: "2024-09-29T10:15:00Z"
                        ),
                        relationships: EarnedRewardRelationships(
                            user: RelationshipSingle(type: "user", id: user),
                            merchant: RelationshipSingle(
                                data: ResourceIdentifier(type: "merchant", id: "5f3e2d1c40abc50008cc4821")
                            ),
                            offer: RelationshipSingle(type: "offer", id: "OFF-TGT-ONLINE-2024Q4-002")
                        )
                    )
                ),
            ],
            links: PaginationLinks(
                selfLink: "/v2/issuers/org-123/users/user-456/earned-rewards?page[size]=10",
                next: "/v2/issuers/org-123/users/user-456/earned-rewards?page[size]=10&page[after]="
                    + "eyJpZCI6ImZjYWJmMDI0LTM4NzAtNDFmMy05ZmJkLWI0M2VhODVhM2QxOSIsInRzIjoiMjAyNC0xMC0wMVQwMTozNjo1N1oifQ=="
            ),
            meta: EarnedRewardsMeta(lifetimeRewardsInCents: 540),
            included: [
                .merchant(
                    EarnedRewardMerchantResource(
                        id: "633ed2ab30dcb60009dd5699",
                        attributes: EarnedRewardMerchantAttributes(
                            name: "Forever 21",
                            assets: [
                                MerchantAsset(
                                    type: .imageView,
                                    url: "https://attribution.getkard.com/public/logos/forever21.jpg?subtype=IMG_VIEW"
                                        + "&offerId=OFF-F21-INSTORE-2024Q4-001&token=signed-token",
                                    alt: "Forever 21 Logo Image"
                                ),
                                MerchantAsset(
                                    type: .bannerView,
                                    url: "https://attribution.getkard.com/public/banners/forever21.jpg"
                                        + "?subtype=BANNER_VIEW&offerId=OFF-F21-INSTORE-2024Q4-001&token=signed-token",
                                    alt: "Forever 21 Banner Image"
                                ),
                            ]
                        )
                    )
                ),
                .merchant(
                    EarnedRewardMerchantResource(
                        id: "5f3e2d1c40abc50008cc4821",
                        attributes: EarnedRewardMerchantAttributes(
                            name: "Target",
                            assets: [
                                MerchantAsset(
                                    type: "IMG_VIEW",
                                    url: "https://attribution.getkard.com/public/logos/target.jpg?subtype=IMG_VIEW"
                                        + "&offerId=OFF-TGT-ONLINE-2024Q4-002&token=signed-token",
                                    alt: "Target Logo Image"
                                )
                            ]
                        )
                    )
                ),
                .offer(
                    EarnedRewardOfferResource(
                        id: "OFF-F21-INSTORE-2024Q4-001",
                        attributes: EarnedRewardOfferAttributes(purchaseChannel: [.inStore])
                    )
                ),
                .offer(
                    EarnedRewardOfferResource(
                        id: "OFF-TGT-ONLINE-2024Q4-002",
                        attributes: EarnedRewardOfferAttributes(purchaseChannel: ["ONLINE"])
                    )
                ),
            ]
        )
        let encoded = try JSONEncoder().encode(page)
        #expect(try canonicalJSON(encoded) == canonicalJSON(Data(EarnedRewardsFixtures.sdkExample.utf8)))
    }

    @Test("An unpaid reward with components and no payout decodes; absent optionals are not sent")
    func unpaidWithComponents() throws {
        let page = try roundTrip(EarnedRewardsResponse.self, EarnedRewardsFixtures.unpaidWithComponents)
        let reward = try #require(page.data.first?.rewarded)
        #expect(reward.attributes.paidToIssuer == .unpaid)
        #expect(reward.attributes.payoutTimestamp == nil)
        #expect(reward.attributes.transactionTimestamp.date == Date(timeIntervalSince1970: 1_772_366_400))
        let progress = try #require(reward.attributes.components?.progressBar)
        #expect(progress.total == 5)
        #expect(progress.currentProgress == 3)
        #expect(progress.segmented)
        #expect(
            page.includedMerchant(id: "m1")?.attributes.assets == [
                MerchantAsset(type: .imageView, url: "https://x.test/logo.png")
            ]
        )

        let encoded = String(decoding: try JSONEncoder().encode(reward), as: UTF8.self)
        #expect(!encoded.contains("payoutTimestamp"))
        #expect(!encoded.contains("\"alt\""))
        let empty = EarnedRewardsResponse(
            data: [],
            links: PaginationLinks(selfLink: "/x"),
            meta: EarnedRewardsMeta(lifetimeRewardsInCents: 0)
        )
        let expected = #"{"data":[],"links":{"self":"/x"},"meta":{"lifetimeRewardsInCents":0}}"#
        #expect(try canonicalJSON(JSONEncoder().encode(empty)) == canonicalJSON(Data(expected.utf8)))
    }

    @Test("Unknown reward and included types, and unknown enumeration values, still decode")
    func openTypes() throws {
        let json = #"""
            {"data":[{"type":"clawedBackTransaction","id":"c-1","attributes":{"anything":1}},
                     {"type":"rewardedTransaction","id":"r-2","attributes":{"status":"SETTLED","transactionId":"t",
                      "transactionAmountInCents":1,"transactionTimestamp":"2026-01-01T00:00:00Z",
                      "paidToIssuer":"PARTIALLY_PAID","commissionEarned":{"user":{"type":"points","value":3}},
                      "newField":true},
                      "relationships":{"user":{"data":{"type":"user","id":"u"}},
                      "merchant":{"data":{"type":"merchant","id":"m"}},"offer":{"data":{"type":"offer","id":"o"}}}}],
             "links":{"self":"/x"},"meta":{"lifetimeRewardsInCents":3,"currency":"USD"},
             "included":[{"type":"location","id":"l-1","attributes":{}}]}
            """#
        let page = try JSONDecoder().decode(EarnedRewardsResponse.self, from: Data(json.utf8))
        #expect(page.data[0] == .unknown(type: "clawedBackTransaction", id: "c-1"))
        #expect(page.data[0].id == "c-1")
        #expect(page.data[0].relationships == nil)
        let reward = try #require(page.data[1].rewarded)
        #expect(reward.attributes.paidToIssuer.rawValue == "PARTIALLY_PAID")
        #expect(reward.attributes.commissionEarned.user.type == "points")
        #expect(page.included == [.unknown(type: "location", id: "l-1")])
        #expect(page.included?.first?.id == "l-1")
        #expect(
            try canonicalJSON(JSONEncoder().encode(page.data[0])) == #"{"id":"c-1","type":"clawedBackTransaction"}"#
        )
    }

    @Test("Missing required fields fail to decode")
    func requiredFields() {
        let withoutCommission = #"""
            {"type":"rewardedTransaction","id":"r","attributes":{"status":"SETTLED","transactionId":"t",
             "transactionAmountInCents":1,"transactionTimestamp":"2026-01-01T00:00:00Z","paidToIssuer":"UNPAID"},
             "relationships":{"user":{"data":{"type":"user","id":"u"}},"merchant":{"data":{"type":"merchant","id":"m"}},
             "offer":{"data":{"type":"offer","id":"o"}}}}
            """#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(EarnedRewardResource.self, from: Data(withoutCommission.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(
                EarnedRewardsResponse.self,
                from: Data(#"{"data":[],"links":{"self":"/x"}}"#.utf8)
            )
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(EarnedRewardResource.self, from: Data(#"{"id":"no-type"}"#.utf8))
        }
    }

    @Test("Filter values are the SDK's literals")
    func enumerations() {
        #expect(EarnedRewardsRange.last12Months.rawValue == "12M")
        #expect(EarnedRewardsRange.last6Months.rawValue == "6M")
        #expect(EarnedRewardsRange.last3Months.rawValue == "3M")
        #expect(EarnedRewardsRange.yearToDate.rawValue == "YTD")
        #expect(EarnedRewardStatus.approved.rawValue == "APPROVED")
        #expect(EarnedRewardStatus.settled.rawValue == "SETTLED")
        #expect(EarnedRewardsInclude.merchant.rawValue == "merchant")
        #expect(EarnedRewardsInclude.offer.rawValue == "offer")
        #expect(PaidToIssuerStatus.paidInFull.rawValue == "PAID_IN_FULL")
        #expect(CommissionValueType.cents.rawValue == "cents")
        #expect(MerchantAssetType.bannerView.rawValue == "BANNER_VIEW")
    }
}
