import Foundation
import KardModels
import Testing

/// Decodes `json` as `T`, encodes it again and checks that nothing was lost or added.
@discardableResult
func roundTrip<T: Codable & Equatable>(_ type: T.Type, _ json: String) throws -> T {
    let value = try JSONDecoder().decode(T.self, from: Data(json.utf8))
    let encoded = try JSONEncoder().encode(value)
    #expect(try JSONDecoder().decode(T.self, from: encoded) == value)
    #expect(try canonicalJSON(encoded) == canonicalJSON(Data(json.utf8)))
    return value
}

/// The JSON text with sorted keys and no spacing, for comparing documents.
func canonicalJSON(_ data: Data) throws -> String {
    let object = try JSONSerialization.jsonObject(with: data)
    let canonical = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return String(decoding: canonical, as: UTF8.self)
}

@Suite("Rewards and attribution wire types")
struct RewardsModelTests {
    @Test("The SDK's offers example decodes, and encodes back unchanged")
    func offersExample() throws {
        let page = try roundTrip(OffersResponse.self, RewardsFixtures.offersExample)
        #expect(page.data.count == 1)
        let offer = try #require(page.data.first)
        #expect(offer.type == "standardOffer")
        #expect(offer.id == "5e27318c9b346f00087fbb5c")
        let attributes = offer.attributes
        #expect(attributes.name == "Worlds Greatest Chicken")
        #expect(attributes.purchaseChannel == [.inStore])
        #expect(attributes.userReward == OfferReward(type: .percent, value: 5.7))
        #expect(attributes.startDate == "2024-11-17T05:00:00Z")
        #expect(attributes.startDate.date == Date(timeIntervalSince1970: 1_731_819_600))
        #expect(attributes.expirationDate.rawValue == "2025-03-17T05:00:00Z")
        #expect(attributes.isTargeted)
        #expect(attributes.maxRedemptions == 1)
        #expect(attributes.minTransactionAmount == OfferAmount(value: 500))
        #expect(attributes.maxTransactionAmount == OfferAmount(type: .cents, value: 10_000))
        #expect(attributes.minRewardAmount?.value == 500)
        #expect(attributes.maxRewardAmount?.value == 2000)
        #expect(attributes.assets.map(\.type) == [.imageView, .bannerView])
        #expect(attributes.assets.allSatisfy { $0.alt.isEmpty && $0.url.contains("token=") })
        #expect(attributes.websiteUrl == "http://worldsgreatestchickent.test.com")
        #expect(attributes.description?.hasPrefix("Worlds Greatest Chicken brings") == true)
        #expect(attributes.components == nil)
        #expect(
            offer.relationships?.category.data == [
                .category("65920081b524d126068de24a"), .category("65920081b524d126068de24c"),
            ]
        )
        let categories = (page.included ?? []).compactMap(\.category)
        #expect(categories.map(\.attributes.name) == [.foodAndBeverage, .departmentStores])
        #expect(page.meta?.availableCategories == categories)
        #expect(page.meta?.hasNextPage == nil)
        #expect(page.links.selfLink.hasPrefix("/v2/issuers/{organizationId}/users/{userId}/offers?page[size]=1"))
        #expect(page.links.next?.contains("page[after]=NDMyNzQyODI3OTQw") == true)
        #expect(page.links.prev == nil)
    }

    @Test("The SDK's locations example decodes, with included offers and categories, and encodes back unchanged")
    func locationsExample() throws {
        let page = try roundTrip(LocationsResponse.self, RewardsFixtures.locationsExample)
        let location = try #require(page.data.first)
        #expect(location.type == "location")
        #expect(location.id == "5e27318c9b346f00087fba8l")
        let attributes = location.attributes
        #expect(
            attributes.address
                == LocationAddress(street: "120 Main St", city: "Philadelphia", state: "PA", zipCode: "19147")
        )
        #expect(attributes.coordinates == LocationCoordinates(longitude: -75.144_686_9, latitude: 39.941_942_9))
        #expect(attributes.phone == "+1 (123) 555-8880")
        #expect(attributes.operationHours.periods.count == 5)
        #expect(
            attributes.operationHours.periods.first
                == OperationPeriod(
                    close: OperationTime(day: 1, time: "1700"),
                    open: OperationTime(day: 1, time: "0900")
                )
        )
        #expect(attributes.operationHours.weekdayText.last == "Sunday: Closed")
        #expect(attributes.partnerIds == [LocationPartnerID(type: .google, id: "3pafnweri4")])
        #expect(attributes.cuisine == "Pizza Restaurant")
        #expect(attributes.rating == LocationRating(value: 4.6, count: 812))
        #expect(attributes.priceLevel == "$$")
        #expect(location.relationships?.offers.data == [.offer("5e27318c9b346f00087fbb5b")])
        #expect(location.relationships?.category.data == [.category("65920081b524d126068de24a")])
        let included = try #require(page.included)
        #expect(included.map(\.type) == ["category", "standardOffer"])
        #expect(included.map(\.id) == ["65920081b524d126068de24a", "5e27318c9b346f00087fbb5c"])
        let offer = try #require(included.compactMap(\.offer).first)
        #expect(offer.attributes.assets.map(\.type) == [.imageView, .bannerView, .locationImageView])
        #expect(offer.relationships == nil)
    }

    @Test("Every UI component decodes and encodes back unchanged")
    func components() throws {
        let offer = try roundTrip(OfferResource.self, RewardsFixtures.offerWithComponents)
        #expect(offer.attributes.userReward == OfferReward(type: .flat, value: 250))
        #expect(offer.attributes.purchaseChannel == [.online, .inStore])
        #expect(offer.attributes.assets.isEmpty)
        #expect(offer.attributes.maxRedemptions == nil)
        let components = try #require(offer.attributes.components)
        #expect(components.shortDescription == "$2.50 back")
        #expect(components.baseReward == "$2.50")
        #expect(components.boostedReward == "$5.00")
        #expect(
            components.cta
                == CTAComponent(
                    buttonText: "Activate",
                    buttonStyle: .primary,
                    action: CTAAction(
                        url: "/v2/issuers/org/users/u1/offers/6650f1e2a1b2c3d4e5f60718/activate",
                        method: "POST"
                    ),
                    startIcon: "bolt"
                )
        )
        #expect(components.tags == ["New"])
        #expect(components.detailTags == ["Online", "In store"])
        #expect(
            components.logoFlare
                == LogoFlare(borderColor: .secondary, badge: LogoFlareBadge(icon: "star", position: .topRight))
        )
        let bar = try #require(components.progressBar)
        #expect(bar.total == 3 && bar.currentProgress == 1 && bar.segmented && bar.label == "1 of 3")
        #expect(
            bar.labels
                == ProgressBarLabels(
                    details: ProgressBarLabelPair(left: "Start"),
                    default: ProgressBarLabelPair(left: "1 visit", right: "3 visits")
                )
        )
        let segments = try #require(bar.segments)
        #expect(segments.default.position == .fullWidth)
        #expect(segments.default.separator == .line)
        #expect(segments.default.selection == .currentAndBelow)
        #expect(segments.default.labels?.map(\.title) == ["1st", "2nd", "3rd"])
        #expect(segments.details == ProgressBarSegment(position: .left))
        #expect(
            segments.progress == [
                .init(completed: 1, total: 1), .init(completed: 0, total: 1), .init(completed: 0, total: 1),
            ]
        )
    }

    @Test("Offers built in Swift encode only what is set, as the SDK models them")
    func minimalOffer() throws {
        let offer = OfferResource(
            id: "o1",
            attributes: StandardOfferAttributes(
                name: "Coffee",
                terms: "Terms",
                purchaseChannel: [.online],
                userReward: OfferReward(type: .percent, value: 5),
                assets: [OfferAsset(type: .imageView, url: "https://img.example/a.png", alt: "Coffee")],
                startDate: KardDate(Date(timeIntervalSince1970: 1_767_225_600)),
                expirationDate: "2026-12-31T00:00:00.000Z",
                isTargeted: false
            ),
            relationships: OfferRelationships(category: RelationshipList(data: [.category("c1")]))
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(offer), as: UTF8.self)
        #expect(
            json == #"""
                {"attributes":{"assets":[{"alt":"Coffee","type":"IMG_VIEW","url":"https://img.example/a.png"}],\#
                "expirationDate":"2026-12-31T00:00:00.000Z","isTargeted":false,"name":"Coffee","purchaseChannel":["ONLINE"],\#
                "startDate":"2026-01-01T00:00:00.000Z","terms":"Terms","userReward":{"type":"PERCENT","value":5}},\#
                "id":"o1","relationships":{"category":{"data":[{"id":"c1","type":"category"}]}},"type":"standardOffer"}
                """#
        )
        #expect(try JSONDecoder().decode(OfferResource.self, from: Data(json.utf8)) == offer)
    }

    @Test("Unknown included types, unknown enum values and unknown fields still decode")
    func openness() throws {
        let json = #"""
            {"data":[],"links":{"self":"/x"},"extra":{"a":1},
             "included":[{"type":"merchant","id":"m1","attributes":{"name":"M"}},{"type":"brandNew"},
                         {"type":"category","id":"c1","attributes":{"name":"Crypto & Stuff"}}],
             "meta":{"availableCategories":[],"pageSize":10,"hasNextPage":true,"other":"x"}}
            """#
        let page = try JSONDecoder().decode(OffersResponse.self, from: Data(json.utf8))
        #expect(
            page.included == [
                .unknown(type: "merchant", id: "m1"), .unknown(type: "brandNew", id: nil),
                .category(CategoryResource(id: "c1", attributes: CategoryAttributes(name: "Crypto & Stuff"))),
            ]
        )
        #expect(page.meta == OffersMeta(availableCategories: [], pageSize: 10, hasNextPage: true))
        let encoded = try JSONEncoder().encode(page.included)
        #expect(
            try canonicalJSON(encoded)
                == #"[{"id":"m1","type":"merchant"},{"type":"brandNew"},{"attributes":{"name":"Crypto & Stuff"},"id":"c1","type":"category"}]"#
        )

        let offer = #"""
            {"type":"standardOffer","id":"o","attributes":{"name":"n","terms":"t","purchaseChannel":["METAVERSE"],
             "userReward":{"type":"POINTS","value":1.5},"assets":[{"type":"VIDEO","url":"u","alt":""}],
             "startDate":"not a date","expirationDate":"2026-01-01","isTargeted":true,
             "components":{"cta":{"buttonText":"Go","buttonStyle":"NEON"},"logoFlare":{"borderColor":"GOLD"}}}}
            """#
        let decoded = try JSONDecoder().decode(OfferResource.self, from: Data(offer.utf8))
        #expect(decoded.attributes.purchaseChannel == [OfferChannel(rawValue: "METAVERSE")])
        #expect(decoded.attributes.userReward.type == "POINTS")
        #expect(decoded.attributes.assets.first?.type == "VIDEO")
        #expect(decoded.attributes.startDate.date == nil)
        #expect(decoded.attributes.expirationDate.date == nil)
        #expect(decoded.attributes.components?.cta?.buttonStyle == "NEON")
        #expect(decoded.attributes.components?.logoFlare?.borderColor == "GOLD")
    }

    @Test("A known included type with a malformed body fails decoding")
    func malformedIncluded() {
        let json = #"{"data":[],"links":{"self":"/x"},"included":[{"type":"category","id":"c1"}]}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(OffersResponse.self, from: Data(json.utf8))
        }
    }

    @Test("KardDate writes UTC with milliseconds and reads the SDK's forms")
    func kardDate() throws {
        #expect(KardDate(Date(timeIntervalSince1970: 1_767_225_600)).rawValue == "2026-01-01T00:00:00.000Z")
        #expect(KardDate(Date(timeIntervalSince1970: 1_767_225_600.25)).rawValue == "2026-01-01T00:00:00.250Z")
        let instant = Date(timeIntervalSince1970: 1_735_689_600)
        #expect(KardDate("2025-01-01T00:00:00Z").date == instant)
        #expect(KardDate("2025-01-01T00:00:00.000Z").date == instant)
        #expect(KardDate("2025-01-01T05:00:00+05:00").date == instant)
        #expect(KardDate("2024-12-31T19:00:00-05:00").date == instant)
        let micro = try #require(KardDate("2026-12-31T23:59:59.999000Z").date)
        #expect(abs(micro.timeIntervalSince1970 - 1_798_761_599.999) < 0.000_5)
        #expect(KardDate("2025-01-01").date == nil)
        #expect(KardDate("2025-01-01T00:00:00Z") != KardDate("2025-01-01T00:00:00.000Z"))
        let encoded = try JSONEncoder().encode(["d": KardDate("2025-01-01T00:00:00+00:00")])
        #expect(String(decoding: encoded, as: UTF8.self) == #"{"d":"2025-01-01T00:00:00+00:00"}"#)
        #expect(KardDate(rawValue: "x").description == "x")
    }

    @Test("Attribution events built in Swift encode exactly as the SDK's example body")
    func attributionsRequest() throws {
        let decoded = try roundTrip(AttributionsRequest.self, RewardsFixtures.createAttributionRequestExample)
        let built = AttributionsRequest(data: [
            .offer(
                AttributionAttributes(
                    entityId: "60e4ba1da31c5a22a144c075",
                    eventCode: .view,
                    medium: .search,
                    eventDate: "2025-01-01T00:00:00Z"
                )
            ),
            .offer(
                AttributionAttributes(
                    entityId: "60e4ba1da31c5a22a144c077",
                    eventCode: .impression,
                    medium: .email,
                    eventDate: "2025-01-01T00:00:00Z"
                )
            ),
            .notification(
                AttributionAttributes(
                    entityId: "60e4ba1da31c5a22a144c076",
                    eventCode: .impression,
                    medium: .push,
                    eventDate: "2025-01-01T00:00:00Z"
                )
            ),
        ])
        #expect(decoded == built)
        #expect(
            try canonicalJSON(JSONEncoder().encode(built))
                == canonicalJSON(Data(RewardsFixtures.createAttributionRequestExample.utf8))
        )

        let slot = AttributionResource.placementSlot(
            AttributionAttributes(
                entityId: "slot-a",
                eventCode: .activate,
                medium: .cta,
                eventDate: "2025-01-01T00:00:00Z",
                state: AttributionState(
                    rank: 2,
                    filters: [AttributionFilter(name: "category", value: "Gas")],
                    placementId: "018f8d6b-1abc-7def-9012-345678901234",
                    slotId: "slot-a"
                )
            )
        )
        #expect(
            try canonicalJSON(JSONEncoder().encode(slot))
                == #"{"attributes":{"entityId":"slot-a","eventCode":"ACTIVATE","eventDate":"2025-01-01T00:00:00Z","#
                + #""medium":"CTA","state":{"filters":[{"name":"category","value":"Gas"}],"#
                + #""placementId":"018f8d6b-1abc-7def-9012-345678901234","rank":2,"slotId":"slot-a"}},"#
                + #""type":"placementSlotAttribution"}"#
        )
        let unknown = try JSONDecoder().decode(
            AttributionResource.self,
            from: Data(
                #"{"type":"merchantAttribution","attributes":{"entityId":"m","eventCode":"LIKE","medium":"VR","eventDate":"x"}}"#
                    .utf8
            )
        )
        #expect(unknown.type == "merchantAttribution")
        #expect(unknown.attributes.eventCode == "LIKE")
        #expect(unknown.attributes.medium == "VR")
    }

    @Test("Job, activate and boost answers decode and encode back unchanged")
    func attributionAnswers() throws {
        let job = try roundTrip(JobResponse.self, RewardsFixtures.createAttributionResponseExample)
        #expect(
            job.data
                == JobResource(
                    id: "c94a93a7-beb9-4e58-960c-2c812f849398",
                    attributes: JobAttributes(status: .queued, message: "Attribution events are queued for processing")
                )
        )
        #expect(job.data.type == "job")

        let activate = try roundTrip(ActivateOfferResponse.self, RewardsFixtures.activateExample)
        #expect(activate.data.type == .offer)
        #expect(activate.data.id == "c94a93a7-beb9-4e58-960c-2c812f849398")
        #expect(
            activate.data.attributes
                == AttributionAttributes(
                    entityId: "offer-456",
                    eventCode: .activate,
                    medium: .cta,
                    eventDate: "2025-01-01T00:00:00Z"
                )
        )
        #expect(activate.included == nil)
        let boost = try roundTrip(BoostOfferResponse.self, RewardsFixtures.boostExample)
        #expect(boost.data.attributes.eventCode == .boost)

        let withOffer = """
            {"data":{"type":"offerAttribution","id":"e1","attributes":{"entityId":"6650f1e2a1b2c3d4e5f60718",\
            "eventCode":"ACTIVATE","medium":"CTA","eventDate":"2026-01-01T00:00:00.000Z"}},\
            "included":[\(RewardsFixtures.offerWithComponents)]}
            """
        let response = try roundTrip(ActivateOfferResponse.self, withOffer)
        #expect(response.included?.first?.offer?.id == "6650f1e2a1b2c3d4e5f60718")
    }

    @Test("Legacy merchants decode with `_id`, both offer variants, and encode back unchanged")
    func legacyMerchants() throws {
        let merchant = try roundTrip(LegacyMerchant.self, RewardsFixtures.legacyMerchant)
        #expect(merchant.id == "5e27318c9b346f00087fbb5a")
        #expect(merchant.websiteURL == "https://chicken.example")
        #expect(merchant.acceptedCards == [.visa, .mastercard, .americanExpress, .discover])
        #expect(merchant.source == .national)
        #expect(merchant.category == .foodAndBeverage)
        #expect(merchant.createdDate.date != nil)
        #expect(merchant.bannerImgUrl == "https://img.example/banner.png")
        let offer = try #require(merchant.offers.first)
        #expect(offer.id == "5e27318c9b346f00087fbb5c")
        #expect(offer.offerType == .inStore)
        #expect(offer.commissionType == .percent)
        #expect(offer.totalCommission == 12)
        #expect(offer.usersCommission == 5.7)
        #expect(offer.maxTransactionAmount == 10_000)
        #expect(offer.merchantLocationIds == ["5e27318c9b346f00087fba8a"])
        #expect(offer.status == "ACTIVE")
        #expect(offer.imgUrl == nil)

        let withAttribution = try roundTrip(LegacyMerchant.self, RewardsFixtures.legacyMerchantWithAttribution)
        #expect(withAttribution.bannerImgUrl == nil)
        #expect(withAttribution.source == .local)
        let attributed = try #require(withAttribution.offers.first)
        #expect(attributed.status == nil)
        #expect(attributed.imgUrl == "https://attribution.example/logo.png?token=t")
        #expect(attributed.redeemableOnce)
        #expect(attributed.issuersCommission == nil)
    }

    @Test("Legacy offers decode with their merchant and encode back unchanged")
    func legacyOffers() throws {
        let offer = try roundTrip(LegacyOffer.self, RewardsFixtures.legacyOfferWithAttribution)
        #expect(offer.id == "5e27318c9b346f00087fbb5c")
        #expect(offer.isTargeted && !offer.isLocationSpecific && !offer.redeemableOnce)
        #expect(offer.source == .national)
        #expect(offer.imgUrl?.hasSuffix("token=t") == true)
        #expect(offer.merchant.id == "5e27318c9b346f00087fbb5a")
        #expect(offer.merchant.type == .cardLinked)
        #expect(offer.merchant.acceptedCards == [.visa, AcceptedCard(rawValue: "AMERICAN EXPRESS")])
        #expect(offer.merchant.bannerImgUrl == nil)

        let plain = LegacyOffer(
            id: "o1",
            terms: "t",
            redeemableOnce: false,
            name: "n",
            offerType: .online,
            commissionType: .flat,
            startDate: "2024-01-01T00:00:00.000Z",
            expirationDate: "2025-01-01T00:00:00.000Z",
            isTargeted: false,
            createdDate: "2024-01-01T00:00:00.000Z",
            lastModified: "2024-01-01T00:00:00.000Z",
            totalCommission: 300,
            isLocationSpecific: false,
            source: .national,
            category: .travel,
            merchant: offer.merchant
        )
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(plain)) as? [String: Any]
        #expect(object?["_id"] as? String == "o1")
        #expect(object?["id"] == nil)
        #expect(object?["imgUrl"] == nil)
        #expect((object?["merchant"] as? [String: Any])?["_id"] as? String == "5e27318c9b346f00087fbb5a")
    }

    @Test("One LegacyLocation type covers the bare, full-offer and partial-offer variants")
    func legacyLocations() throws {
        let full = try roundTrip(LegacyLocation.self, RewardsFixtures.legacyLocationWithFullOffer)
        #expect(full.id == "5e27318c9b346f00087fba8a")
        #expect(full.locationType == .inStore)
        #expect(
            full.address == LegacyAddress(street: "120 Main St", city: "Philadelphia", state: "PA", zipCode: "19147")
        )
        #expect(full.geoLocation == LegacyGeoLocation(longitude: -75.144_686_9, latitude: 39.941_942_9))
        #expect(full.operationHours == LegacyOperatingHours(monday: "9:00 AM - 5:00 PM", saturday: "Closed"))
        #expect(full.googleId == "3pafnweri4")
        #expect(full.source == .local)
        let fullOffer = try #require(full.offers?.first)
        #expect(fullOffer.name == "Chicken")
        #expect(fullOffer.offerType == .inStore)
        #expect(fullOffer.isLocationSpecific == true)
        #expect(fullOffer.category == .foodAndBeverage)
        #expect(full.merchant?.acceptedCards == [.mastercard])

        let partial = try roundTrip(LegacyLocation.self, RewardsFixtures.legacyLocationWithPartialOffer)
        let partialOffer = try #require(partial.offers?.first)
        #expect(
            partialOffer
                == LegacyLocationOffer(
                    id: "5e27318c9b346f00087fbb5c",
                    totalCommission: 10,
                    commissionType: .percent,
                    startDate: "2024-11-17T05:00:00.000Z",
                    expirationDate: "2025-03-17T05:00:00.000Z"
                )
        )
        #expect(partial.operationHours == nil)
        #expect(partial.merchant?.name == "Worlds Greatest Chicken")

        let bare = try roundTrip(LegacyLocation.self, RewardsFixtures.legacyLocation)
        #expect(bare.offers == nil && bare.merchant == nil)
        #expect(bare.address.state == "PA")
    }
}
