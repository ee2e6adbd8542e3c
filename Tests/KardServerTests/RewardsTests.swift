import Foundation
import Hummingbird
import HummingbirdTesting
import KardCore
import KardModels
import Testing

@testable import KardServer

@Suite("v2 offers, locations and attributions")
struct RewardsTests {
    /// A platform with a sandbox issuer (catalog and personas) named ACME.
    func sandbox() async throws -> (TestPlatform, IssuerProvisioner.IssuerCredentials) {
        let test = try await TestPlatform()
        return (test, try await test.platform.createSandboxIssuer(name: "ACME"))
    }

    static let newCustomer = "sandbox-ACME-new-customer"
    static let lapsedCustomer = "sandbox-ACME-lapsed-customer"

    func offers(_ client: some TestClientProtocol, _ org: String, _ user: String, _ token: String, _ query: String = "")
        async throws -> OffersResponse
    {
        let answer = try await client.call(.get, "/v2/issuers/\(org)/users/\(user)/offers?\(query)", token: token)
        #expect(answer.status == .ok, "\(answer.text)")
        return try answer.decode(OffersResponse.self)
    }

    @Test("The two personas see different targeted offers, as the integration guide describes")
    func personas() async throws {
        let (test, issuer) = try await self.sandbox()
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            let org = issuer.organizationId
            let fresh = try await self.offers(client, org, Self.newCustomer, token, "page[size]=200")
            let lapsed = try await self.offers(client, org, Self.lapsedCustomer, token, "page[size]=200")
            let baas = try #require(fresh.data.first { $0.attributes.name == "BaaS Pro Shops - New Customers" })
            #expect(baas.attributes.isTargeted)
            #expect(baas.attributes.terms == "This offer is only valid for first-time customers.")
            #expect(!lapsed.data.contains { $0.id == baas.id })
            let lapsedOnly = Set(lapsed.data.filter(\.attributes.isTargeted).map(\.id))
                .subtracting(fresh.data.map(\.id))
            #expect(!lapsedOnly.isEmpty)
            #expect(
                fresh.data.allSatisfy { offer in
                    offer.attributes.startDate.date.map { $0 <= test.clock.now() } == true
                        && offer.attributes.expirationDate.date.map { $0 > test.clock.now() } == true
                }
            )
        }
    }

    @Test("Filters, sort and the getting-started call")
    func filtersAndComponents() async throws {
        let (test, issuer) = try await self.sandbox()
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            let org = issuer.organizationId
            let online = try await self.offers(
                client,
                org,
                Self.newCustomer,
                token,
                "filter%5BpurchaseChannel%5D=ONLINE&page[size]=200"
            )
            #expect(!online.data.isEmpty && online.data.allSatisfy { $0.attributes.purchaseChannel.contains("ONLINE") })
            let inStore = try await self.offers(
                client,
                org,
                Self.newCustomer,
                token,
                "filter[purchaseChannel]=INSTORE&page[size]=200"
            )
            #expect(
                !inStore.data.isEmpty && inStore.data.allSatisfy { $0.attributes.purchaseChannel.contains("INSTORE") }
            )
            let food = try await self.offers(
                client,
                org,
                Self.newCustomer,
                token,
                "filter[category]=Food%20%26%20Beverage&include=categories&page[size]=200"
            )
            #expect(!food.data.isEmpty)
            let categoryIDs = Set(food.data.flatMap { $0.relationships?.category.data.map(\.id) ?? [] })
            #expect(categoryIDs == ["food-and-beverage"])
            #expect(food.included?.compactMap(\.category).map(\.attributes.name.rawValue) == ["Food & Beverage"])

            let byName = try await self.offers(client, org, Self.newCustomer, token, "sort=name&page[size]=200")
            #expect(
                byName.data.map { $0.attributes.name.lowercased() }
                    == byName.data.map { $0.attributes.name.lowercased() }.sorted()
            )

            let started = try await self.offers(
                client,
                org,
                Self.newCustomer,
                token,
                "page[size]=1&filter[isTargeted]=true&sort=-startDate&supportedComponents=shortDescription&supportedComponents=longDescription&supportedComponents=cta&supportedComponents=tags&supportedComponents=detailTags&supportedComponents=baseReward"
            )
            #expect(started.data.count == 1)
            let offer = try #require(started.data.first)
            #expect(offer.attributes.isTargeted)
            let components = try #require(offer.attributes.components)
            #expect(components.shortDescription != nil && components.baseReward != nil && components.cta != nil)
            #expect(components.baseReward?.hasSuffix("%") == true || components.baseReward?.hasPrefix("$") == true)
            #expect(started.links.next != nil)
            let plain = try await self.offers(client, org, Self.newCustomer, token, "page[size]=1")
            #expect(plain.data.first?.attributes.components == nil)

            for (query, parameter) in [
                ("page[size]=201", "page[size]"), ("sort=price", "sort"),
                ("filter[purchaseChannel]=MAIL", "filter[purchaseChannel]"),
                ("filter[category]=Cars", "filter[category]"), ("page[after]=bogus", "page[after]"),
            ] {
                let answer = try await client.call(
                    .get,
                    "/v2/issuers/\(org)/users/\(Self.newCustomer)/offers?\(query)",
                    token: token
                )
                #expect(answer.status == .badRequest, "\(query)")
                #expect(try answer.errors.first?.source?.parameter == parameter)
            }
            let unknown = try await client.call(.get, "/v2/issuers/\(org)/users/nobody/offers", token: token)
            #expect(unknown.status == .notFound)
        }
    }

    @Test("Paging forwards and back visits every offer once, in order")
    func paging() async throws {
        let (test, issuer) = try await self.sandbox()
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            let org = issuer.organizationId
            let all = try await self.offers(client, org, Self.newCustomer, token, "page[size]=200").data.map(\.id)
            #expect(all.count > 20)
            var seen: [String] = []
            var pages: [OffersResponse] = []
            var uri: String? = "/v2/issuers/\(org)/users/\(Self.newCustomer)/offers?page[size]=7"
            while let next = uri {
                let page = try await client.call(.get, next, token: token).decode(OffersResponse.self)
                seen += page.data.map(\.id)
                pages.append(page)
                uri = page.links.next
            }
            #expect(seen == all)
            let third = try #require(pages.dropFirst(2).first)
            let back = try await client.call(.get, try #require(third.links.prev), token: token).decode(
                OffersResponse.self
            )
            #expect(back.data.map(\.id) == pages[1].data.map(\.id))
        }
    }

    @Test("Near me: locations within the radius, nearest first, with their in-store offers")
    func nearMe() async throws {
        let (test, issuer) = try await self.sandbox()
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            let center = GeoPoint(latitude: 40.7420148, longitude: -73.9930148)
            let answer = try await client.call(
                .get,
                "/v2/issuers/\(issuer.organizationId)/users/\(Self.newCustomer)/locations?filter[latitude]=40.7420148&filter[longitude]=-73.9930148&filter[radius]=10&include=offers,categories",
                token: token
            )
            #expect(answer.status == .ok, "\(answer.text)")
            let locations = try answer.decode(LocationsResponse.self)
            #expect(!locations.data.isEmpty)
            let distances = locations.data.map {
                center.distanceMiles(
                    to: GeoPoint(
                        latitude: $0.attributes.coordinates.latitude,
                        longitude: $0.attributes.coordinates.longitude
                    )
                )
            }
            #expect(distances.allSatisfy { $0 <= 10.01 })
            #expect(distances == distances.sorted())
            #expect(locations.data.allSatisfy { $0.attributes.distance != nil })
            let includedOffers = Dictionary(
                uniqueKeysWithValues: (locations.included ?? []).compactMap(\.offer).map { ($0.id, $0) }
            )
            for location in locations.data {
                let offerIDs = try #require(location.relationships?.offers.data.map(\.id))
                #expect(!offerIDs.isEmpty)
                for id in offerIDs {
                    #expect(includedOffers[id]?.attributes.purchaseChannel.contains("INSTORE") == true)
                }
            }
            for query in [
                "filter[latitude]=40.7", "filter[latitude]=40.7&filter[longitude]=-73.9&filter[radius]=51",
                "filter[city]=New%20York",
            ] {
                let bad = try await client.call(
                    .get,
                    "/v2/issuers/\(issuer.organizationId)/users/\(Self.newCustomer)/locations?\(query)",
                    token: token
                )
                #expect(bad.status == .badRequest, "\(query)")
            }
        }
    }

    @Test("Activation and boost are recorded and shown in later answers; attribution batches are accepted")
    func activation() async throws {
        let (test, issuer) = try await self.sandbox()
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            let org = issuer.organizationId
            let base = "/v2/issuers/\(org)/users/\(Self.newCustomer)"
            let first = try await self.offers(
                client,
                org,
                Self.newCustomer,
                token,
                "page[size]=2&supportedComponents=cta"
            )
            let (activated, other) = (first.data[0], first.data[1])
            let answer = try await client.call(
                .post,
                "\(base)/offers/\(activated.id)/activate?include=offer",
                token: token
            )
            #expect(answer.status == .created, "\(answer.text)")
            let event = try answer.decode(ActivateOfferResponse.self)
            #expect(event.data.attributes.eventCode == "ACTIVATE")
            #expect(event.data.attributes.entityId == activated.id)
            #expect(event.data.attributes.medium == "CTA")
            #expect(event.included?.first?.offer?.id == activated.id)
            let boosted = try await client.call(.post, "\(base)/offers/\(activated.id)/boost", token: token)
            #expect(try boosted.decode(ActivateOfferResponse.self).data.attributes.eventCode == "BOOST")

            let after = try await self.offers(
                client,
                org,
                Self.newCustomer,
                token,
                "page[size]=2&supportedComponents=cta&supportedComponents=tags"
            )
            let shown = try #require(after.data.first { $0.id == activated.id })
            #expect(shown.attributes.components?.cta?.buttonText == "Activated")
            #expect(shown.attributes.components?.cta?.buttonStyle == "DISABLED")
            #expect(shown.attributes.components?.tags?.contains("Boosted") == true)
            let untouched = try #require(after.data.first { $0.id == other.id })
            #expect(untouched.attributes.components?.cta?.buttonText == "Activate")

            let missing = try await client.call(.post, "\(base)/offers/000000000000000000000000/activate", token: token)
            #expect(missing.status == .notFound)

            let batch = try await client.call(
                .post,
                "\(base)/attributions",
                token: token,
                json:
                    #"{"data":[{"type":"offerAttribution","attributes":{"entityId":"\#(other.id)","eventCode":"IMPRESSION","medium":"BROWSE","eventDate":"2026-01-01T00:00:00Z"}}]}"#
            )
            #expect(batch.status == .accepted)
            #expect(try batch.decode(JobResponse.self).data.attributes.status == "queued")
            let bad = try await client.call(
                .post,
                "\(base)/attributions",
                token: token,
                json:
                    #"{"data":[{"type":"offerAttribution","attributes":{"entityId":"x","eventCode":"CLICK","medium":"FAX","eventDate":"yesterday"}}]}"#
            )
            #expect(bad.status == .badRequest)
            #expect(
                try Set(bad.errors.compactMap(\.source?.pointer)) == [
                    "/data/0/attributes/eventCode", "/data/0/attributes/medium", "/data/0/attributes/eventDate",
                ]
            )
            let events = try await test.platform.store.offerAttributions(
                of: UserID(Self.newCustomer),
                in: OrganizationID(org)
            )
            #expect(events.first?.eventCode == "IMPRESSION", "ordered by event date")
            #expect(Set(events.dropFirst().map(\.eventCode)) == ["ACTIVATE", "BOOST"])
        }
    }

    @Test("Legacy rewards endpoints read the same catalog")
    func legacy() async throws {
        let (test, issuer) = try await self.sandbox()
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            let online = try await client.call(
                .get,
                "/rewards/merchant/offers/user/\(Self.newCustomer)?offerType=ONLINE",
                token: token
            )
            #expect(online.status == .ok, "\(online.text)")
            let offers = try online.decode([LegacyOffer].self)
            #expect(!offers.isEmpty && offers.allSatisfy { $0.offerType == "ONLINE" })
            let pageOne = try await client.call(
                .get,
                "/rewards/merchant/offers/user/\(Self.newCustomer)?limit=5&page=0",
                token: token
            )
            .decode([LegacyOffer].self)
            let pageTwo = try await client.call(
                .get,
                "/rewards/merchant/offers/user/\(Self.newCustomer)?limit=5&page=1",
                token: token
            )
            .decode([LegacyOffer].self)
            #expect(pageOne.count == 5 && Set(pageOne.map(\.id)).isDisjoint(with: pageTwo.map(\.id)))
            #expect(
                try await client.call(.get, "/rewards/merchant/offers?limit=201", token: token).status == .badRequest
            )

            let merchant = try await client.call(
                .get,
                "/rewards/merchant/\(SandboxCatalog.baasProShopsID)",
                token: token
            )
            .decode(LegacyMerchant.self)
            #expect(merchant.name == "BaaS Pro Shops")
            #expect(merchant.offers.contains { $0.name == "BaaS Pro Shops - New Customers" })
            #expect(try await client.call(.get, "/rewards/merchant/nope", token: token).status == .notFound)

            let near = try await client.call(
                .get,
                "/rewards/merchant/locations/user/\(Self.newCustomer)?longitude=-73.9930148&latitude=40.74201480000001&radius=10&includeLocal",
                token: token
            ).decode([LegacyLocation].self)
            #expect(!near.isEmpty && near.allSatisfy { $0.offers?.isEmpty == false && $0.merchant != nil })
            let nationalOnly = try await client.call(
                .get,
                "/rewards/merchant/locations/user/\(Self.newCustomer)?longitude=-73.9930148&latitude=40.7420148",
                token: token
            ).decode([LegacyLocation].self)
            #expect(nationalOnly.allSatisfy { $0.source == "NATIONAL" })
            let one = try #require(near.first)
            let byID = try await client.call(.get, "/rewards/merchant/location/\(one.id)", token: token).decode(
                LegacyLocation.self
            )
            #expect(byID.id == one.id)
            let ofMerchant = try await client.call(.get, "/rewards/merchant/locations/\(one.merchantId)", token: token)
                .decode([LegacyLocation].self)
            #expect(ofMerchant.contains { $0.id == one.id })
            let merchants = try await client.call(.get, "/rewards/merchant?limit=200", token: token).decode(
                [LegacyMerchant].self
            )
            #expect(merchants.count >= 50)
        }
    }
}
