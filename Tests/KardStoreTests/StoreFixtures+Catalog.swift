import Foundation
import KardCore

/// Catalog, purchase and attribution test data.
extension Fixtures {
    /// A merchant with empty lists and no optional field.
    static func merchant(_ id: String, name: String? = nil) -> Merchant {
        Merchant(
            id: MerchantID(id),
            name: name ?? "Merchant \(id)",
            category: .foodAndBeverage,
            acceptedCards: [],
            createdAt: self.date(),
            updatedAt: self.date()
        )
    }

    /// A merchant with every field set, including text that needs quoting in SQL array literals and JSON.
    static func fullMerchant(_ id: String) -> Merchant {
        Merchant(
            id: MerchantID(id),
            name: "Hilltop \"BBQ\" — ü, {x}",
            aliases: ["SQ *HILLTOP BBQ", "HILLTOP\\BBQ", "NULL", ""],
            mids: ["4445012345678", "000123"],
            mccs: ["5812", "5814"],
            category: .babyKidsAndToys,
            source: .local,
            description: "Smoked \"meats\",\nsince 1970 {NULL}",
            websiteURL: "https://hilltop.example.com/?a=1&b=/2",
            logoURL: "https://cdn.example.com/logo.png",
            bannerURL: "https://cdn.example.com/banner.png",
            acceptedCards: [.visa, .americanExpress],
            createdAt: self.date(-86_400_000),
            updatedAt: self.date(7)
        )
    }

    /// An offer with empty lists, default display and no optional field.
    static func offer(_ id: String, merchant: String, name: String? = nil) -> Offer {
        Offer(
            id: OfferID(id),
            merchantID: MerchantID(merchant),
            name: name ?? "Offer \(id)",
            purchaseChannels: [],
            commissionType: .percent,
            totalCommission: 0,
            startDate: self.date(),
            expirationDate: self.date(86_400_000),
            terms: "",
            createdAt: self.date(),
            updatedAt: self.date()
        )
    }

    /// An offer with every field set.
    static func fullOffer(_ id: String, merchant: String) -> Offer {
        Offer(
            id: OfferID(id),
            merchantID: MerchantID(merchant),
            name: "10% at \"Hilltop\"",
            source: .local,
            purchaseChannels: [.inStore, .online],
            commissionType: .flat,
            totalCommission: 9_007_199_254_740_993,
            minimumSpendCents: 0,
            maximumTransactionCents: 100_000,
            maximumRewardCents: 2_500,
            maximumRedemptions: 3,
            redeemableOnce: true,
            targeting: .users([UserID("u-1"), UserID("u \"2\""), UserID("NULL")]),
            startDate: self.date(-1_800_000_000_000),
            expirationDate: self.date(315_360_000_000),
            terms: "Terms: \"once\",\\ per {day}\n",
            description: "",
            websiteURL: "https://hilltop.example.com/offer",
            locationIDs: [LocationID("l-2"), LocationID("l-1")],
            mccs: ["5812"],
            display: OfferDisplay(
                shortDescription: "10% back",
                longDescription: "Earn 10% back, up to $25.",
                ctaText: "Shop",
                ctaURL: "https://hilltop.example.com/cta",
                tags: ["NEW", "LOCAL"],
                detailTags: ["Dine-in"]
            ),
            imageURL: "https://cdn.example.com/offer.png",
            bannerURL: "https://cdn.example.com/offer-banner.png",
            createdAt: self.date(-3),
            updatedAt: self.date(3)
        )
    }

    /// A location with no phone, hours or Google id.
    static func location(_ id: String, merchant: String) -> Location {
        Location(
            id: LocationID(id),
            merchantID: MerchantID(merchant),
            name: "Store \(id)",
            address: StreetAddress(street: "", city: "", state: "", zipCode: ""),
            coordinates: GeoPoint(latitude: 0, longitude: 0),
            createdAt: self.date(),
            updatedAt: self.date()
        )
    }

    /// A location with every field set.
    static func fullLocation(_ id: String, merchant: String) -> Location {
        Location(
            id: LocationID(id),
            merchantID: MerchantID(merchant),
            name: "Hilltop — Downtown",
            address: StreetAddress(street: "1 Main St, Apt \"4\"", city: "New York", state: "NY", zipCode: "10001"),
            coordinates: GeoPoint(latitude: 40.712_775_812_345_67, longitude: -74.005_973_987_654_32),
            phone: "+12125550100",
            openingHours: [
                OpeningPeriod(day: 0, open: "1000", close: "1600"),
                OpeningPeriod(day: 6, open: "0900", close: "2330"),
            ],
            googleID: "ChIJOwg_06VPwokRYv534QaPC8g",
            source: .local,
            createdAt: self.date(-1_700_000_100_000),
            updatedAt: self.date(11)
        )
    }

    /// A purchase at `offset` milliseconds after ``date(_:)``.
    static func purchase(
        by user: String,
        in organization: String = "100",
        at merchant: String,
        _ offset: Int64 = 0
    ) -> MerchantPurchase {
        MerchantPurchase(
            organizationID: OrganizationID(organization),
            userID: UserID(user),
            merchantID: MerchantID(merchant),
            date: self.date(offset)
        )
    }

    static func attribution(
        _ id: String,
        of user: String = "u",
        in organization: String = "100",
        subject: AttributionEvent.Subject = .offer,
        entity: String = "o-1",
        eventCode: String = "VIEW",
        _ offset: Int64 = 0
    ) -> AttributionEvent {
        AttributionEvent(
            id: id,
            organizationID: OrganizationID(organization),
            userID: UserID(user),
            subject: subject,
            entityID: entity,
            eventCode: eventCode,
            medium: "BROWSE",
            eventDate: self.date(offset),
            recordedAt: self.date(offset + 1_000)
        )
    }
}
