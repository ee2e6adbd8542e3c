import Foundation
import KardCore
import Testing

@Suite("Offer discovery")
struct OfferDiscoveryTests {
    typealias F = DiscoveryFixtures

    static let catalog = Catalog(
        merchants: [F.merchant("m1"), F.merchant("m2", .travel), F.merchant("m3", .pets)],
        offers: [
            F.offer("everyone", merchant: "m1", channels: [.online], name: "Alpha"),
            F.offer("new", merchant: "m2", channels: [.inStore], targeting: .newCustomers, name: "Bravo"),
            F.offer("lapsed", merchant: "m3", targeting: .lapsedCustomers, name: "Charlie"),
            F.offer("listed", merchant: "m1", targeting: .users([UserID("vip")]), name: "Delta"),
            F.offer("expired", merchant: "m1", startOffsetDays: -30, endOffsetDays: -1),
            F.offer("future", merchant: "m1", startOffsetDays: 1, endOffsetDays: 30),
        ]
    )
    static let index = CatalogIndex(catalog: catalog, version: 1)

    func ids(
        _ context: DiscoveryContext,
        _ query: OfferQuery = OfferQuery(sort: OfferSort(field: .name, descending: false))
    ) -> [String] {
        OfferDiscovery.offers(in: Self.index, for: context, matching: query).map(\.id.rawValue)
    }

    @Test("A user with no history sees everyone's and new-customer offers, only live ones")
    func newCustomer() {
        #expect(self.ids(F.context()) == ["everyone", "new"])
    }

    @Test("A lapsed customer (last purchase over 6 months ago) sees the lapsed offer, not the new-customer one")
    func lapsedCustomer() {
        let context = F.context(history: [
            "m2": F.now.addingTimeInterval(-240 * F.day), "m3": F.now.addingTimeInterval(-240 * F.day),
        ])
        #expect(self.ids(context) == ["everyone", "lapsed"])
    }

    @Test("A recent customer is neither new nor lapsed")
    func recentCustomer() {
        let context = F.context(history: [
            "m2": F.now.addingTimeInterval(-30 * F.day), "m3": F.now.addingTimeInterval(-30 * F.day),
        ])
        #expect(self.ids(context) == ["everyone"])
    }

    @Test("Listed users see their offer; unenrolled users see nothing")
    func listedAndUnenrolled() {
        #expect(self.ids(F.context(F.user("vip"))) == ["everyone", "new", "listed"])
        #expect(self.ids(F.context(F.user(enrolled: false))) == [])
    }

    @Test("Channel, category, targeting and search filters")
    func filters() {
        let sort = OfferSort(field: .name, descending: false)
        #expect(self.ids(F.context(), OfferQuery(channels: [.inStore], sort: sort)) == ["new"])
        #expect(self.ids(F.context(), OfferQuery(category: .travel, sort: sort)) == ["new"])
        #expect(self.ids(F.context(), OfferQuery(targetedOnly: true, sort: sort)) == ["new"])
        #expect(self.ids(F.context(), OfferQuery(search: "alp", sort: sort)) == ["everyone"])
        #expect(self.ids(F.context(), OfferQuery(search: "TRAVEL", sort: sort)) == ["new"])
    }

    @Test("Sort orders, with ties broken by id")
    func sorting() {
        let offers = (1...5).map { F.offer("o\($0)", merchant: "m1", startOffsetDays: Double(-$0 % 3), name: "Same") }
        let index = CatalogIndex(catalog: Catalog(merchants: [F.merchant("m1")], offers: offers), version: 1)
        let byStart = OfferDiscovery.offers(in: index, for: F.context(), matching: OfferQuery(sort: .default)).map(
            \.id.rawValue
        )
        #expect(byStart == ["o3", "o1", "o4", "o2", "o5"])
        let byName = OfferDiscovery.offers(
            in: index,
            for: F.context(),
            matching: OfferQuery(sort: OfferSort(field: .name, descending: true))
        )
        #expect(byName.map(\.id.rawValue) == ["o1", "o2", "o3", "o4", "o5"])
        #expect(OfferSort(parameter: "-expirationDate") == OfferSort(field: .expirationDate, descending: true))
        #expect(OfferSort(parameter: "price") == nil)
    }

    @Test("Paging forwards and backwards visits every item once, even when the boundary item disappears")
    func paging() {
        let sort = OfferSort.default
        let offers = sort.sorted((0..<23).map { F.offer("o\($0)", merchant: "m1", startOffsetDays: -Double($0 % 7)) })
        var seen: [String] = []
        var after: PageKey?
        repeat {
            let page = Page.slice(offers, key: sort.key(of:), descending: true, size: 5, after: after)
            seen += page.items.map(\.id.rawValue)
            after = page.nextKey
        } while after != nil
        #expect(seen == offers.map(\.id.rawValue))

        let second = Page.slice(offers, key: sort.key(of:), descending: true, size: 5, after: sort.key(of: offers[4]))
        #expect(second.items.map(\.id) == Array(offers[5..<10]).map(\.id))
        let back = Page.slice(
            offers,
            key: sort.key(of:),
            descending: true,
            size: 5,
            before: try! #require(second.previousKey)
        )
        #expect(back.items.map(\.id) == Array(offers[0..<5]).map(\.id))
        #expect(back.previousKey == nil)

        var shrunk = offers
        shrunk.remove(at: 4)
        let resumed = Page.slice(shrunk, key: sort.key(of:), descending: true, size: 5, after: sort.key(of: offers[4]))
        #expect(resumed.items.map(\.id) == Array(offers[5..<10]).map(\.id))
    }
}
