import Foundation
import KardCore
import Testing

@Suite("Catalog files: writing and round trips")
struct CatalogFileRoundTripTests {
    typealias Fixtures = CatalogFileFixtures

    /// A catalog with the awkward values: quotes, commas, line breaks, pipes outside lists, Unicode, user targeting,
    /// milliseconds, many decimals, every optional field.
    static var awkward: Catalog {
        let time = Fixtures.importTime
        return Catalog(
            merchants: [
                Merchant(
                    id: MerchantID("m-1"),
                    name: "Café \"Olé\", Inc.",
                    aliases: ["CAFE OLE", "SQ *CAFE OLE"],
                    mids: ["542814140150267", "ABC123"],
                    mccs: ["5812", "5814"],
                    category: .foodAndBeverage,
                    source: .local,
                    description: "Line one,\nline \"two\" | three\r\nend.",
                    websiteURL: "https://cafe.example.com/?a=1&b=2",
                    logoURL: "http://cdn.example.com/logo.png",
                    bannerURL: nil,
                    acceptedCards: [.discover, .visa],
                    createdAt: time,
                    updatedAt: time
                ),
                Merchant(id: MerchantID("m_2"), name: "Plain", category: .travel, createdAt: time, updatedAt: time),
            ],
            offers: [
                Offer(
                    id: OfferID("o-1"),
                    merchantID: MerchantID("m-1"),
                    name: "Brunch, \"bottomless\"",
                    source: .local,
                    purchaseChannels: [.inStore, .online],
                    commissionType: .percent,
                    totalCommission: 1,
                    minimumSpendCents: 0,
                    maximumTransactionCents: 999_999_999,
                    maximumRewardCents: 2500,
                    maximumRedemptions: 1,
                    redeemableOnce: true,
                    targeting: .users([UserID("user 1"), UserID("ü-2"), UserID("x,y")]),
                    startDate: Date(timeIntervalSince1970: 1_740_839_400.125),
                    expirationDate: Date(timeIntervalSince1970: 1_772_323_200),
                    terms: "Terms with \"quotes\",\nand a second line.",
                    description: "Desc",
                    websiteURL: "https://cafe.example.com/brunch",
                    locationIDs: [LocationID("l-1")],
                    mccs: ["5812"],
                    display: OfferDisplay(
                        shortDescription: "0.01% back",
                        longDescription: "Long,\ntext",
                        ctaText: "Go",
                        ctaURL: "https://cafe.example.com",
                        tags: ["a b", "c"],
                        detailTags: ["d"]
                    ),
                    imageURL: "https://cdn.example.com/i.png",
                    bannerURL: "https://cdn.example.com/b.png",
                    createdAt: time,
                    updatedAt: time
                ),
                Offer(
                    id: OfferID("o-2"),
                    merchantID: MerchantID("m_2"),
                    name: "Flat",
                    purchaseChannels: [.online],
                    commissionType: .flat,
                    totalCommission: 12_345,
                    startDate: Date(timeIntervalSince1970: 0),
                    expirationDate: Date(timeIntervalSince1970: 4_102_444_800),
                    terms: "T",
                    createdAt: time,
                    updatedAt: time
                ),
                Offer(
                    id: OfferID("o-3"),
                    merchantID: MerchantID("m_2"),
                    name: "Lapsed",
                    purchaseChannels: [.online],
                    commissionType: .percent,
                    totalCommission: 10_000,
                    targeting: .lapsedCustomers,
                    startDate: Date(timeIntervalSince1970: 1_000),
                    expirationDate: Date(timeIntervalSince1970: 2_000),
                    terms: "T",
                    createdAt: time,
                    updatedAt: time
                ),
            ],
            locations: [
                Location(
                    id: LocationID("l-1"),
                    merchantID: MerchantID("m-1"),
                    name: "Café, Downtown",
                    address: StreetAddress(
                        street: "123 Peachtree St, Suite \"B\"",
                        city: "Atlanta",
                        state: "GA",
                        zipCode: "30303-1234"
                    ),
                    coordinates: GeoPoint(latitude: 40.74201480000001, longitude: -73.9930148),
                    phone: "+1 404 555 0123",
                    openingHours: [
                        OpeningPeriod(day: 0, open: "0000", close: "2359"),
                        OpeningPeriod(day: 6, open: "1800", close: "0200"),
                    ],
                    googleID: "ChIJN1t_tDeuEmsRUsoyG83frY4",
                    source: .local,
                    createdAt: time,
                    updatedAt: time
                ),
                Location(
                    id: LocationID("l-2"),
                    merchantID: MerchantID("m_2"),
                    name: "Airport",
                    address: StreetAddress(street: "1 Airport Rd", city: "Honolulu", state: "HI", zipCode: "96819"),
                    coordinates: GeoPoint(latitude: -0.000001, longitude: 179.999999999),
                    createdAt: time,
                    updatedAt: time
                ),
            ]
        )
    }

    @Test("Written and read back, a catalog is unchanged, in both formats", arguments: CatalogFileFormat.allCases)
    func roundTrip(format: CatalogFileFormat) throws {
        let catalog = Self.awkward
        let data = CatalogFileWriter().write(catalog, format: format)
        let read = try Fixtures.reader().read(data, format: format)
        #expect(read == catalog)
    }

    @Test("JSON to CSV to JSON gives the same bytes", arguments: CatalogFileFormat.allCases)
    func exportIsStable(format: CatalogFileFormat) throws {
        let writer = CatalogFileWriter()
        let first = writer.write(Self.awkward, format: .json)
        let converted = writer.write(try Fixtures.reader().read(first, format: .json), format: format)
        let back = writer.write(try Fixtures.reader().read(converted, format: format), format: .json)
        #expect(back == first)
    }

    @Test("Re-importing an export changes nothing, not even timestamps", arguments: CatalogFileFormat.allCases)
    func reimportIsIdempotent(format: CatalogFileFormat) throws {
        let stored = Self.awkward
        let export = CatalogFileWriter().write(stored, format: format)
        let later = Date(timeIntervalSince1970: 1_900_000_000)
        let again = try Fixtures.reader(at: later).read(export, format: format, existing: stored)
        #expect(again == stored)
    }

    @Test("The JSON export leaves out defaults and writes exact percents and UTC dates")
    func jsonShape() throws {
        let text = String(decoding: CatalogFileWriter().write(Self.awkward, format: .json), as: UTF8.self)
        #expect(text.contains(#""totalCommission": 0.01,"#))
        #expect(text.contains(#""totalCommission": 12345,"#))
        #expect(text.contains(#""startDate": "2025-03-01T14:30:00.125Z""#))
        #expect(text.contains(#""targeting": {"#))
        #expect(text.contains(#""acceptedCards": ["DISCOVER", "VISA"]"#))
        #expect(!text.contains("createdAt"))
        #expect(!text.contains(#""logoUrl": null"#))
        let plain = try #require(text.range(of: #""id": "m_2""#))
        let nextOffer = try #require(text.range(of: "\"offers\""))
        #expect(!text[plain.lowerBound..<nextOffer.lowerBound].contains("acceptedCards"))
    }

    @Test("The CSV export has the full header and one row per record, with CRLF line breaks")
    func csvShape() throws {
        let text = String(decoding: CatalogFileWriter().write(Self.awkward, format: .csv), as: UTF8.self)
        let documentedHeader = try CatalogFileFixtures.documentExample("text").trimmingCharacters(in: .newlines)
        #expect(text.hasPrefix(documentedHeader + "\r\n"))
        #expect(text.contains("\r\nmerchant,m_2,,Plain,Travel,NATIONAL,"))
        #expect(text.contains(",\"users:user 1|x,y|ü-2\","))
        #expect(text.contains(",Sun 0000-2359|Sat 1800-0200,"))
        #expect(text.hasSuffix("\r\n"))
    }
}
