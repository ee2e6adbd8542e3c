import Foundation
import KardModels
import Testing

@testable import Kard

/// A page of offers with the given ids, and a `links.next` carrying `next` as its cursor when given.
func offersPage(_ ids: [String], next: String?, meta: String? = nil) -> String {
    let offers = ids.map { id in
        """
        {"type":"standardOffer","id":"\(id)","attributes":{"name":"Offer \(id)","terms":"t",\
        "purchaseChannel":["ONLINE"],"userReward":{"type":"PERCENT","value":5},"assets":[],\
        "startDate":"2026-01-01T00:00:00.000Z","expirationDate":"2026-12-31T00:00:00.000Z","isTargeted":true}}
        """
    }
    var links = #""self":"/v2/issuers/org/users/u1/offers?page%5Bsize%5D=2""#
    if let next {
        links += #","next":"/v2/issuers/org/users/u1/offers?page%5Bsize%5D=2&page%5Bafter%5D=\#(next)""#
    }
    let metaField = meta.map { #","meta":\#($0)"# } ?? ""
    return #"{"data":[\#(offers.joined(separator: ","))],"links":{\#(links)}\#(metaField)}"#
}

@Suite("Rewards and attributions clients")
struct RewardsClientTests {
    static let base = "https://kard.test/v2/issuers/org/users/u1"

    @Test("The getting-started offers call sends the SDK's exact query")
    func gettingStarted() async throws {
        let harness = Harness(script: [.json(200, RewardsFixtures.offersExample)])
        let page = try await harness.client.users.rewards.offers(
            organizationID: "org",
            userID: "u1",
            pageSize: 1,
            isTargeted: true,
            sort: [.startDateDescending],
            supportedComponents: [.shortDescription, .longDescription, .cta, .tags, .detailTags, .baseReward]
        )
        #expect(page.data.map(\.id) == ["5e27318c9b346f00087fbb5c"])
        let request = try #require(harness.transport.apiRequests.first)
        #expect(request.method == .get)
        #expect(request.body == nil)
        #expect(request.headers["Authorization"] == "Bearer token-1")
        #expect(
            request.url
                == "\(Self.base)/offers?page%5Bsize%5D=1&filter%5BisTargeted%5D=true&sort=-startDate"
                + "&supportedComponents=shortDescription&supportedComponents=longDescription&supportedComponents=cta"
                + "&supportedComponents=tags&supportedComponents=detailTags&supportedComponents=baseReward"
        )
    }

    @Test("Every offers parameter, in the SDK's order: lists repeat their key, include is comma-separated")
    func offersQuery() async throws {
        let harness = Harness(script: [.json(200, offersPage([], next: nil))])
        let response = try await harness.client.users.rewards.offersRaw(
            organizationID: "org",
            userID: "u1",
            pageSize: 10,
            pageAfter: "abc+/=",
            pageBefore: "def",
            search: "coffee shop",
            purchaseChannels: [.online, .inStore],
            category: .foodAndBeverage,
            isTargeted: false,
            sort: [.name, .startDateDescending],
            include: [.categories],
            supportedComponents: [.cta]
        )
        #expect(response.status == 200)
        #expect(
            harness.transport.apiRequests.map(\.url) == [
                "\(Self.base)/offers?page%5Bsize%5D=10&page%5Bafter%5D=abc%2B%2F%3D&page%5Bbefore%5D=def"
                    + "&filter%5Bsearch%5D=coffee%20shop&filter%5BpurchaseChannel%5D=ONLINE"
                    + "&filter%5BpurchaseChannel%5D=INSTORE&filter%5Bcategory%5D=Food%20%26%20Beverage"
                    + "&filter%5BisTargeted%5D=false&sort=name&sort=-startDate&include=categories"
                    + "&supportedComponents=cta"
            ]
        )
    }

    @Test("No parameters, no query; empty lists send nothing")
    func offersWithoutQuery() async throws {
        let harness = Harness(script: [.json(200, offersPage([], next: nil))])
        _ = try await harness.client.users.rewards.offers(
            organizationID: "org 1",
            userID: "a/b",
            purchaseChannels: [],
            include: [],
            supportedComponents: []
        )
        #expect(harness.transport.apiRequests.map(\.url) == ["https://kard.test/v2/issuers/org%201/users/a%2Fb/offers"])
    }

    @Test("Every locations parameter, in the SDK's order")
    func locationsQuery() async throws {
        let harness = Harness(script: [.json(200, RewardsFixtures.locationsExample)])
        let page = try await harness.client.users.rewards.locations(
            organizationID: "org",
            userID: "u1",
            pageSize: 5,
            pageAfter: "NDMy",
            name: "n",
            city: "Philadelphia",
            zipCode: "19147",
            state: "PA",
            category: .foodAndBeverage,
            latitude: 39.941_942_9,
            longitude: -75.144_686_9,
            radius: 10,
            sort: [.locationNameDescending],
            include: [.offers, .categories],
            supportedComponents: [.cta]
        )
        #expect(page.data.first?.attributes.name == "Worlds Greatest Chicken")
        #expect(
            harness.transport.apiRequests.map(\.url) == [
                "\(Self.base)/locations?page%5Bsize%5D=5&page%5Bafter%5D=NDMy&filter%5Bname%5D=n"
                    + "&filter%5Bcity%5D=Philadelphia&filter%5BzipCode%5D=19147&filter%5Bstate%5D=PA"
                    + "&filter%5Bcategory%5D=Food%20%26%20Beverage&filter%5Blongitude%5D=-75.1446869"
                    + "&filter%5Blatitude%5D=39.9419429&filter%5Bradius%5D=10&sort=-locationName"
                    + "&include=offers%2Ccategories&supportedComponents=cta"
            ]
        )
    }

    @Test("allOffers walks three pages by links.next, yields every offer once and stops")
    func pager() async throws {
        let harness = Harness(script: [
            .json(200, offersPage(["o1", "o2"], next: "Y3Vyc29yMQ%3D%3D")),
            .json(200, offersPage(["o3", "o4"], next: "Y3Vyc29yMg==")),
            .json(200, offersPage(["o5"], next: nil)),
            .json(200, offersPage(["never"], next: nil)),
        ])
        var ids: [String] = []
        for try await offer in harness.client.users.rewards.allOffers(
            organizationID: "org",
            userID: "u1",
            purchaseChannels: [.online],
            sort: [.name],
            pageSize: 2
        ) {
            ids.append(offer.id)
        }
        #expect(ids == ["o1", "o2", "o3", "o4", "o5"])
        #expect(
            harness.transport.apiRequests.map(\.url) == [
                "\(Self.base)/offers?page%5Bsize%5D=2&filter%5BpurchaseChannel%5D=ONLINE&sort=name",
                "\(Self.base)/offers?page%5Bsize%5D=2&page%5Bafter%5D=Y3Vyc29yMQ%3D%3D"
                    + "&filter%5BpurchaseChannel%5D=ONLINE&sort=name",
                "\(Self.base)/offers?page%5Bsize%5D=2&page%5Bafter%5D=Y3Vyc29yMg%3D%3D"
                    + "&filter%5BpurchaseChannel%5D=ONLINE&sort=name",
            ]
        )
    }

    @Test("The pager stops on meta.hasNextPage false and on a cursor it already followed")
    func pagerStops() async throws {
        let harness = Harness(script: [
            .json(200, offersPage(["o1"], next: "c1", meta: #"{"pageSize":1,"hasNextPage":false}"#)),
            .json(200, offersPage(["a"], next: "c1")),
            .json(200, offersPage(["b"], next: "c2")),
            .json(200, offersPage(["c"], next: "c1")),
            .json(200, offersPage(["never"], next: nil)),
        ])
        let rewards = harness.client.users.rewards
        var first: [String] = []
        for try await offer in rewards.allOffers(organizationID: "org", userID: "u1") {
            first.append(offer.id)
        }
        #expect(first == ["o1"])
        var second: [String] = []
        for try await offer in rewards.allOffers(organizationID: "org", userID: "u1") {
            second.append(offer.id)
        }
        #expect(second == ["a", "b", "c"])
        #expect(harness.transport.apiRequests.count == 4)
    }

    @Test("A failed page throws, then the sequence ends")
    func pagerFailure() async throws {
        let harness = Harness(script: [
            .json(200, offersPage(["o1"], next: "c1")), .status(404),
            .json(200, #"{"data":[],"links":{"self":"/x","next":"/x?page%5Bsize%5D=1"}}"#),
        ])
        var iterator = harness.client.users.rewards.allOffers(organizationID: "org", userID: "u1")
            .makeAsyncIterator()
        #expect(try await iterator.next()?.id == "o1")
        let error = await #expect(throws: KardError.self) { try await iterator.next() }
        #expect(error?.code == .notFound)
        #expect(try await iterator.next() == nil)

        var broken = harness.client.users.rewards.allOffers(organizationID: "org", userID: "u1").makeAsyncIterator()
        let decoding = await #expect(throws: KardError.self) { try await broken.next() }
        #expect(decoding?.code == .decoding)
    }

    @Test("allLocations follows links.next of the locations answer")
    func locationsPager() async throws {
        let location = #"""
            {"type":"location","id":"ID","attributes":{"name":"L","address":{"street":"s","city":"c","state":"PA",\#
            "zipCode":"19147"},"coordinates":{"longitude":-75.1,"latitude":39.9},"phone":"p",\#
            "operationHours":{"periods":[],"weekdayText":[]},"partnerIds":[]}}
            """#
        func page(_ id: String, next: String?) -> String {
            let nextLink = next.map { #","next":"/v2/issuers/org/users/u1/locations?page[after]=\#($0)&page[size]=1""# }
            return
                #"{"data":[\#(location.replacingOccurrences(of: "ID", with: id))],"links":{"self":"/s"\#(nextLink ?? "")}}"#
        }
        let harness = Harness(script: [.json(200, page("l1", next: "n1")), .json(200, page("l2", next: nil))])
        var ids: [String] = []
        for try await location in harness.client.users.rewards.allLocations(
            organizationID: "org",
            userID: "u1",
            latitude: 39.9,
            longitude: -75.1,
            radius: 5,
            pageSize: 1
        ) {
            ids.append(location.id)
        }
        #expect(ids == ["l1", "l2"])
        #expect(
            harness.transport.apiRequests.map(\.url) == [
                "\(Self.base)/locations?page%5Bsize%5D=1&filter%5Blongitude%5D=-75.1&filter%5Blatitude%5D=39.9"
                    + "&filter%5Bradius%5D=5",
                "\(Self.base)/locations?page%5Bsize%5D=1&page%5Bafter%5D=n1&filter%5Blongitude%5D=-75.1"
                    + "&filter%5Blatitude%5D=39.9&filter%5Bradius%5D=5",
            ]
        )
    }

    @Test("Cursors are read from links.next whether brackets are encoded or not; + is kept")
    func cursorExtraction() throws {
        func next(_ link: String?, hasNextPage: Bool? = nil) throws -> String? {
            try PageCursor.next(in: PaginationLinks(selfLink: "/s", next: link), hasNextPage: hasNextPage)
        }
        #expect(
            try next(
                "/v2/issuers/{organizationId}/users/{userId}/offers?page[after]=NDMyNzQyODI3OTQw&page[size]=1?&sort=-startDate"
            )
                == "NDMyNzQyODI3OTQw"
        )
        #expect(try next("/x?page%5Bsize%5D=2&page%5Bafter%5D=a%2Bb%3D%3D") == "a+b==")
        #expect(try next("https://host/x?sort=name&page[after]=a+b/c==#frag") == "a+b/c==")
        #expect(try next("/x?page%5bafter%5d=%E2%9C%93") == "✓")
        #expect(try next(nil) == nil)
        #expect(try next("") == nil)
        #expect(try next("/x?page[after]=abc", hasNextPage: false) == nil)
        #expect(try next("/x?page[after]=abc", hasNextPage: true) == "abc")
        #expect(throws: KardError.self) { try next("/x?page[before]=abc") }
        #expect(throws: KardError.self) { try next("/x?page[after]=") }
        #expect(PageCursor.percentDecode("%zz%4") == "%zz%4")
    }

    @Test("attributions.create posts {data: [...]} and returns the queued job")
    func createAttributions() async throws {
        let harness = Harness(script: [.json(202, RewardsFixtures.createAttributionResponseExample)])
        let events: [AttributionResource] = [
            .offer(
                AttributionAttributes(
                    entityId: "o1",
                    eventCode: .view,
                    medium: .search,
                    eventDate: KardDate(Date(timeIntervalSince1970: 1_735_689_600)),
                    state: AttributionState(rank: 1, filters: [AttributionFilter(name: "category", value: "Gas")])
                )
            ),
            .notification(
                AttributionAttributes(
                    entityId: "n1",
                    eventCode: .impression,
                    medium: .push,
                    eventDate: "2025-01-01T00:00:00Z"
                )
            ),
        ]
        let response = try await harness.client.users.attributions.createRaw(
            organizationID: "org",
            userID: "u1",
            events: events
        )
        #expect(response.status == 202)
        #expect(response.data.attributes.status == .queued)
        #expect(response.data.id == "c94a93a7-beb9-4e58-960c-2c812f849398")
        let request = try #require(harness.transport.apiRequests.first)
        #expect(request.method == .post)
        #expect(request.url == "\(Self.base)/attributions")
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(
            try canonicalJSON(Data(try #require(request.body)))
                == #"{"data":[{"attributes":{"entityId":"o1","eventCode":"VIEW","eventDate":"2025-01-01T00:00:00.000Z","#
                + #""medium":"SEARCH","state":{"filters":[{"name":"category","value":"Gas"}],"rank":1}},"#
                + #""type":"offerAttribution"},{"attributes":{"entityId":"n1","eventCode":"IMPRESSION","#
                + #""eventDate":"2025-01-01T00:00:00Z","medium":"PUSH"},"type":"notificationAttribution"}]}"#
        )
    }

    @Test("activate and boost post to the offer path with supportedComponents then include, and no body")
    func activateAndBoost() async throws {
        let withOffer = """
            {"data":{"type":"offerAttribution","id":"e1","attributes":{"entityId":"off 1","eventCode":"ACTIVATE",\
            "medium":"CTA","eventDate":"2026-01-01T00:00:00.000Z"}},"included":[\(RewardsFixtures.offerWithComponents)]}
            """
        let harness = Harness(script: [
            .json(201, withOffer), .json(201, RewardsFixtures.boostExample),
            .json(201, RewardsFixtures.activateExample),
        ])
        let attributions = harness.client.users.attributions
        let activated = try await attributions.activate(
            organizationID: "org",
            userID: "u1",
            offerID: "off 1",
            include: [.offer],
            supportedComponents: [.cta, .tags]
        )
        #expect(activated.data.attributes.eventCode == .activate)
        #expect(activated.included?.first?.offer?.attributes.components?.cta?.buttonText == "Activate")
        let boosted = try await attributions.boostRaw(organizationID: "org", userID: "u1", offerID: "o2")
        #expect(boosted.status == 201)
        #expect(boosted.data.data.attributes.eventCode == .boost)
        _ = try await attributions.activate(organizationID: "org", userID: "u1", offerID: "o/3")

        let requests = harness.transport.apiRequests
        #expect(requests.map(\.method) == [.post, .post, .post])
        #expect(
            requests.map(\.url) == [
                "\(Self.base)/offers/off%201/activate?supportedComponents=cta&supportedComponents=tags&include=offer",
                "\(Self.base)/offers/o2/boost",
                "\(Self.base)/offers/o%2F3/activate",
            ]
        )
        #expect(requests.allSatisfy { $0.body == nil && $0.headers["Content-Type"] == nil })
    }
}
