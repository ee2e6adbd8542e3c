import Foundation

/// The demo catalog every sandbox issuer sees: 57 merchants across all 17 categories (national brands and local
/// shops, online and in store), their offers and their stores in New York, Atlanta, Chicago, Los Angeles,
/// Philadelphia, Austin and Seattle, including the integration guide's merchants (BaaS Pro Shops, Hilltop BBQ,
/// Advance Auto Parts as `ADVANCEAUTO`).
///
/// Everything is fixed in code: the same `now` gives the same catalog, and ids never change (24 hexadecimal
/// digits, derived from each merchant's number), so seeding again only updates the records.
public enum SandboxCatalog {
    /// The guide's BaaS Pro Shops merchant.
    public static let baasProShopsID = MerchantID("6409f118705b8a000834f23d")
    /// The guide's `BaaS Pro Shops - New Customers` offer.
    public static let baasNewCustomerOfferID = OfferID("6409fa6d8a2a4300083d4143")
    /// The guide's Hilltop BBQ (Atlanta, MID `542814140150267`).
    public static let hilltopBBQID = merchantID(number: 2)
    /// The Python SDK sample's `ADVANCEAUTO` (MID `12345678901234567`, a store at 125 Main St, Philadelphia).
    public static let advanceAutoID = merchantID(number: 3)

    /// The merchants with a new-customer offer: the `sandbox-{issuerName}-new-customer` persona has no purchase
    /// there, so it sees those offers.
    public static let newCustomerMerchants: [MerchantID] = merchants(targeted: .newCustomers)
    /// The merchants with a lapsed-customer offer: the `sandbox-{issuerName}-lapsed-customer` persona has
    /// purchases there dated ``lapsedPurchaseDate(now:)``, and none since.
    public static let lapsedCustomerMerchants: [MerchantID] = merchants(targeted: .lapsedCustomers)
    /// The merchants of every targeted offer (new or lapsed customers), each once.
    public static let personaMerchants: [MerchantID] = {
        var seen: Set<MerchantID> = []
        return (newCustomerMerchants + lapsedCustomerMerchants).filter { seen.insert($0).inserted }
    }()

    /// The offers that are not live on purpose: ended before, or starting after, the day of seeding.
    public static let inactiveOfferIDs: Set<OfferID> = Set(
        specialOffers.filter { $0.window == .expired || $0.window == .upcoming }.map {
            offerID(merchant: $0.merchant, slot: $0.slot)
        }
    )

    /// When the lapsed persona last bought at ``lapsedCustomerMerchants``: 243 days (about 8 months) before
    /// `now`, well beyond the ``OfferTargeting/lapsedAfterMonths`` months that make a customer lapsed.
    public static func lapsedPurchaseDate(now: Date) -> Date {
        now.addingTimeInterval(-243 * 86_400)
    }

    /// The catalog for `now`. Offer windows are counted in whole days from midnight UTC of `now`, which is also
    /// the records' `createdAt` and `updatedAt`; seeding twice on one day gives the same catalog.
    public static func make(now: Date) -> Catalog {
        let today = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
        var catalog = Catalog()
        for seed in merchantSeeds {
            catalog.merchants.append(self.merchant(seed, today: today))
            let locations = self.locations(seed, today: today)
            catalog.locations += locations
            catalog.offers += self.everydayOffers(seed, locations: locations, today: today)
            for special in specialOffers where special.merchant == seed.number {
                catalog.offers.append(self.offer(special, seed: seed, locations: locations, today: today))
            }
        }
        return catalog
    }

    // MARK: Ids

    /// `5eed`, a two-digit kind, then `value` in 18 hexadecimal digits.
    private static func hexID(kind: String, value: Int) -> String {
        let digits = String(value, radix: 16)
        return "5eed" + kind + String(repeating: "0", count: max(0, 18 - digits.count)) + digits
    }

    static func merchantID(number: Int) -> MerchantID {
        number == 1 ? self.baasProShopsID : MerchantID(self.hexID(kind: "a1", value: number))
    }

    static func offerID(merchant: Int, slot: Int) -> OfferID {
        if merchant == 1 && slot == self.baasNewCustomerSlot { return self.baasNewCustomerOfferID }
        return OfferID(self.hexID(kind: "b2", value: merchant * 16 + slot))
    }

    static func locationID(merchant: Int, store: Int) -> LocationID {
        LocationID(self.hexID(kind: "c3", value: merchant * 16 + store))
    }

    private static func merchants(targeted targeting: OfferTargeting) -> [MerchantID] {
        var seen: Set<Int> = []
        return specialOffers.filter { $0.targeting == targeting && seen.insert($0.merchant).inserted }
            .map { self.merchantID(number: $0.merchant) }
    }

    // MARK: Records

    static func slug(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter(\.isASCIILetterOrDigit).map(Character.init))
    }

    private static func merchant(_ seed: MerchantSeed, today: Date) -> Merchant {
        let slug = self.slug(seed.name)
        let generatedAlias = seed.name.uppercased().filter { $0.isLetter || $0.isNumber || $0 == " " }
            .split(separator: " ").joined(separator: " ")
        return Merchant(
            id: self.merchantID(number: seed.number),
            name: seed.name,
            aliases: seed.aliases.isEmpty ? [generatedAlias] : seed.aliases,
            mids: seed.mids ?? ["4900000000" + String(10_000 + seed.number * 37)],
            mccs: [seed.mcc],
            category: seed.category,
            source: seed.source,
            description: seed.description,
            websiteURL: "https://\(slug).example.com",
            logoURL: "https://assets.example.com/logos/\(slug).png",
            bannerURL: seed.number == 1
                ? "https://assets.getkard.com/public/banners/kard.jpg"
                : "https://assets.example.com/banners/\(slug).jpg",
            acceptedCards: seed.acceptedCards,
            createdAt: today,
            updatedAt: today
        )
    }

    private static func locations(_ seed: MerchantSeed, today: Date) -> [Location] {
        seed.sites.enumerated().compactMap { offset, code in
            guard let site = sites.first(where: { $0.code == code }) else { return nil }
            let store = offset + 1
            let id = self.locationID(merchant: seed.number, store: store)
            let lastDigits = String(1000 + (seed.number * 37 + store * 11) % 100).dropFirst(2)
            return Location(
                id: id,
                merchantID: self.merchantID(number: seed.number),
                name: "\(seed.name) - \(site.neighborhood)",
                address: StreetAddress(street: site.street, city: site.city, state: site.state, zipCode: site.zipCode),
                coordinates: GeoPoint(latitude: site.latitude, longitude: site.longitude),
                phone: "(\(site.areaCode)) 555-01\(lastDigits)",
                openingHours: self.openingHours(seed.hours),
                googleID: seed.source == .local ? "ChIJ" + id.rawValue : nil,
                source: seed.source,
                createdAt: today,
                updatedAt: today
            )
        }
    }

    private static func openingHours(_ hours: Hours) -> [OpeningPeriod] {
        let everyDay = 0...6
        switch hours {
        case .retail:
            return everyDay.map {
                OpeningPeriod(day: $0, open: $0 == 0 ? "1100" : "1000", close: $0 == 0 ? "1900" : "2100")
            }
        case .restaurant:
            return everyDay.map { OpeningPeriod(day: $0, open: "1100", close: "2200") }
        case .allDay:
            return everyDay.map { OpeningPeriod(day: $0, open: "0000", close: "2359") }
        case .gym:
            return everyDay.map { day in
                let weekend = day == 0 || day == 6
                return OpeningPeriod(day: day, open: weekend ? "0700" : "0500", close: weekend ? "2100" : "2300")
            }
        case .office:
            return (1...6).map {
                OpeningPeriod(day: $0, open: $0 == 6 ? "0900" : "0800", close: $0 == 6 ? "1700" : "1900")
            }
        }
    }
}
