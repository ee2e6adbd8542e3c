import Foundation
import KardCore
import Testing

@Suite("Sandbox catalog")
struct SandboxCatalogTests {
    /// 2025-05-01T15:20:07.5Z: not at midnight, with a fraction of a second.
    static let now = Date(timeIntervalSince1970: 1_746_112_807.5)
    static let catalog = SandboxCatalog.make(now: now)
    /// The guide's "near me" point.
    static let flatiron = GeoPoint(latitude: 40.7420148, longitude: -73.9930148)

    func merchant(named name: String) throws -> Merchant {
        try #require(Self.catalog.merchants.first { $0.name == name })
    }

    @Test("Size and coverage: 50+ merchants in all 17 categories, 120+ offers, national and local, online and in store")
    func coverage() {
        let catalog = Self.catalog
        #expect(catalog.merchants.count >= 50)
        #expect(catalog.offers.count >= 120)
        #expect(Set(catalog.merchants.map(\.category)) == Set(MerchantCategory.allCases))
        #expect(Set(catalog.merchants.map(\.source)) == [.national, .local])
        #expect(Set(catalog.offers.map(\.source)) == [.national, .local])
        #expect(catalog.offers.contains { $0.purchaseChannels == [.online] })
        #expect(catalog.offers.contains { $0.purchaseChannels == [.inStore] })
        #expect(catalog.offers.contains { $0.commissionType == .flat })
        #expect(catalog.offers.contains { !$0.locationIDs.isEmpty && $0.source == .national })
        let cities = Set(catalog.locations.map(\.address.city))
        #expect(
            cities.isSuperset(of: [
                "New York", "Atlanta", "Chicago", "Los Angeles", "Philadelphia", "Austin", "Seattle",
            ])
        )
        // Every merchant with in-store offers has a store.
        for offer in catalog.offers where offer.purchaseChannels.contains(.inStore) {
            #expect(catalog.locations.contains { $0.merchantID == offer.merchantID }, "\(offer.name)")
        }
    }

    @Test("Ids are 24 hexadecimal digits, unique, and the same for every `now`")
    func stableIDs() {
        let catalog = Self.catalog
        let ids =
            catalog.merchants.map(\.id.rawValue) + catalog.offers.map(\.id.rawValue)
            + catalog.locations.map(\.id.rawValue)
        #expect(ids.allSatisfy { $0.count == 24 && $0.allSatisfy(\.isHexDigit) && $0 == $0.lowercased() })
        #expect(Set(catalog.merchants.map(\.id)).count == catalog.merchants.count)
        #expect(Set(catalog.offers.map(\.id)).count == catalog.offers.count)
        #expect(Set(catalog.locations.map(\.id)).count == catalog.locations.count)
        let other = SandboxCatalog.make(now: Self.now.addingTimeInterval(400 * 86_400))
        #expect(other.merchants.map(\.id) == catalog.merchants.map(\.id))
        #expect(other.offers.map(\.id) == catalog.offers.map(\.id))
        #expect(other.locations.map(\.id) == catalog.locations.map(\.id))
    }

    @Test("Deterministic: the same day gives the same catalog")
    func deterministic() {
        #expect(SandboxCatalog.make(now: Self.now) == Self.catalog)
        #expect(SandboxCatalog.make(now: Self.now.addingTimeInterval(3 * 3600)) == Self.catalog)
    }

    @Test("Offer windows: live at now, except the clearly marked expired and upcoming ones")
    func windows() {
        let inactive = SandboxCatalog.inactiveOfferIDs
        #expect(inactive.count >= 2)
        for offer in Self.catalog.offers {
            if inactive.contains(offer.id) {
                #expect(!offer.isLive(at: Self.now), "\(offer.name)")
                #expect(offer.name.hasSuffix("(ended)") || offer.name.hasSuffix("(upcoming)"), "\(offer.name)")
                #expect(offer.description?.hasPrefix("Sandbox:") == true)
            } else {
                #expect(offer.isLive(at: Self.now), "\(offer.name)")
                #expect(offer.startDate < Self.now.addingTimeInterval(-86_400))
            }
        }
        #expect(Self.catalog.offers.contains { $0.expirationDate < Self.now })
        #expect(Self.catalog.offers.contains { $0.startDate > Self.now })
    }

    @Test("BaaS Pro Shops and its new-customer offer, exactly as in the guide")
    func baasProShops() throws {
        let baas = try self.merchant(named: "BaaS Pro Shops")
        #expect(baas.id == SandboxCatalog.baasProShopsID)
        #expect(baas.id.rawValue == "6409f118705b8a000834f23d")
        #expect(baas.source == .national)
        let offer = try #require(Self.catalog.offers.first { $0.name == "BaaS Pro Shops - New Customers" })
        #expect(offer.id == SandboxCatalog.baasNewCustomerOfferID)
        #expect(offer.id.rawValue == "6409fa6d8a2a4300083d4143")
        #expect(offer.merchantID == baas.id)
        #expect(offer.source == .national)
        #expect(offer.targeting == .newCustomers)
        #expect(offer.terms == "This offer is only valid for first-time customers.")
        #expect(offer.redeemableOnce == false)
        #expect(offer.locationIDs.isEmpty)
        #expect(offer.isLive(at: Self.now))
    }

    @Test("Hilltop BBQ: local, in store at 123 Peachtree St, Atlanta, with the guide's MID")
    func hilltopBBQ() throws {
        let hilltop = try self.merchant(named: "Hilltop BBQ")
        #expect(hilltop.id == SandboxCatalog.hilltopBBQID)
        #expect(hilltop.source == .local)
        #expect(hilltop.mids.contains("542814140150267"))
        let store = try #require(Self.catalog.locations.first { $0.merchantID == hilltop.id })
        #expect(store.address.street == "123 Peachtree St")
        #expect(store.address.city == "Atlanta" && store.address.state == "GA")
        let offers = Self.catalog.offers.filter { $0.merchantID == hilltop.id }
        #expect(!offers.isEmpty)
        #expect(
            offers.allSatisfy {
                $0.purchaseChannels == [.inStore] && $0.locationIDs == [store.id] && $0.source == .local
            }
        )
    }

    @Test("ADVANCEAUTO: the SDK sample's MID and descriptor, online and in store, a store at 125 Main St, Philadelphia")
    func advanceAuto() throws {
        let advance = try #require(Self.catalog.merchants.first { $0.aliases.contains("ADVANCEAUTO") })
        #expect(advance.id == SandboxCatalog.advanceAutoID)
        #expect(advance.mids.contains("12345678901234567"))
        let channels = Set(
            Self.catalog.offers.filter { $0.merchantID == advance.id && $0.targeting == .everyone }.flatMap(
                \.purchaseChannels
            )
        )
        #expect(channels == [.online, .inStore])
        #expect(
            Self.catalog.locations.contains {
                $0.merchantID == advance.id && $0.address.street == "125 Main St" && $0.address.city == "Philadelphia"
                    && $0.address.state == "PA"
            }
        )
    }

    @Test("Several stores in New York within 5 miles of the guide's near-me point")
    func newYorkCluster() {
        let near = Self.catalog.locations.filter { $0.coordinates.distanceMiles(to: Self.flatiron) <= 5 }
        #expect(near.count >= 10)
        #expect(near.allSatisfy { $0.address.state == "NY" })
        #expect(near.contains { $0.source == .local })
        #expect(Set(near.map(\.merchantID)).count >= 10)
        #expect(near.contains { $0.coordinates.distanceMiles(to: Self.flatiron) < 0.5 })
    }

    @Test("Personas: merchants of the targeted offers, and a lapsed purchase date 6 to 9 months back")
    func personas() {
        let targeted = Self.catalog.offers.filter { $0.targeting.isTargeted }
        #expect(Set(SandboxCatalog.personaMerchants) == Set(targeted.map(\.merchantID)))
        #expect(SandboxCatalog.personaMerchants.count == Set(SandboxCatalog.personaMerchants).count)
        #expect(
            Set(SandboxCatalog.newCustomerMerchants)
                == Set(targeted.filter { $0.targeting == .newCustomers }.map(\.merchantID))
        )
        #expect(
            Set(SandboxCatalog.lapsedCustomerMerchants)
                == Set(targeted.filter { $0.targeting == .lapsedCustomers }.map(\.merchantID))
        )
        #expect(SandboxCatalog.lapsedCustomerMerchants.contains(SandboxCatalog.baasProShopsID))
        // Every targeted offer can be seen by a persona today.
        #expect(targeted.allSatisfy { $0.isLive(at: Self.now) })

        let lapsed = SandboxCatalog.lapsedPurchaseDate(now: Self.now)
        let calendar = Calendar(identifier: .gregorian)
        let sixMonthsAgo = calendar.date(byAdding: .month, value: -OfferTargeting.lapsedAfterMonths, to: Self.now)
        let nineMonthsAgo = calendar.date(byAdding: .month, value: -9, to: Self.now)
        #expect(sixMonthsAgo.map { lapsed < $0 } == true)
        #expect(nineMonthsAgo.map { lapsed > $0 } == true)
        // Older than every live targeted offer's start, so the purchase cannot earn one of them.
        #expect(targeted.allSatisfy { lapsed < $0.startDate })
    }

    @Test(
        "The sandbox catalog passes the file validator and survives a write/read round trip",
        arguments: CatalogFileFormat.allCases
    )
    func validatedRoundTrip(format: CatalogFileFormat) throws {
        let data = CatalogFileWriter().write(Self.catalog, format: format)
        let createdAt = try #require(Self.catalog.merchants.first?.createdAt)
        let fresh = try CatalogFileReader(clock: CatalogFileFixtures.StoppedClock(instant: createdAt)).read(
            data,
            format: format
        )
        #expect(fresh == Self.catalog)
        let reseeded = try CatalogFileFixtures.reader().read(data, format: format, existing: Self.catalog)
        #expect(reseeded == Self.catalog)
    }
}
