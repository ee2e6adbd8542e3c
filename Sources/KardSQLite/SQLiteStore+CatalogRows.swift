import Foundation
import GRDB
import KardCore

/// The catalog tables' columns, and conversions between their rows and merchants, offers and locations.
extension SQLiteStore {
    static let merchantColumns = [
        "id", "name", "aliases", "mids", "mccs", "category", "source", "description", "website_url", "logo_url",
        "banner_url", "accepted_cards", "created_at", "updated_at",
    ]

    static let offerColumns = [
        "id", "merchant_id", "name", "source", "purchase_channels", "commission_type", "total_commission",
        "minimum_spend_cents", "maximum_transaction_cents", "maximum_reward_cents", "maximum_redemptions",
        "redeemable_once", "targeting", "start_date", "expiration_date", "terms", "description", "website_url",
        "location_ids", "mccs", "display", "image_url", "banner_url", "created_at", "updated_at",
    ]

    static let locationColumns = [
        "id", "merchant_id", "name", "street", "city", "state", "zip_code", "latitude", "longitude", "phone",
        "opening_hours", "google_id", "source", "created_at", "updated_at",
    ]

    /// An insert into `table` of every one of `columns`, replacing the row with the same id.
    static func upsertSQL(_ table: String, columns: [String]) -> String {
        """
        INSERT INTO \(table) (\(columns.joined(separator: ", ")))
        VALUES (\(SQLiteValues.placeholders(columns.count)))
        ON CONFLICT (id) DO UPDATE SET \(SQLiteValues.replacingAssignments(columns))
        """
    }

    /// A query of every one of `columns` of `table`, ordered by id.
    static func selectAllSQL(_ table: String, columns: [String]) -> String {
        "SELECT \(columns.joined(separator: ", ")) FROM \(table) ORDER BY id"
    }

    /// The values of ``merchantColumns``, in order.
    static func merchantValues(_ merchant: Merchant) throws -> StatementArguments {
        StatementArguments(
            [
                merchant.id.rawValue,
                merchant.name,
                try StoredValues.json(merchant.aliases),
                try StoredValues.json(merchant.mids),
                try StoredValues.json(merchant.mccs),
                merchant.category.rawValue,
                merchant.source.rawValue,
                merchant.description,
                merchant.websiteURL,
                merchant.logoURL,
                merchant.bannerURL,
                try StoredValues.json(merchant.acceptedCards),
                StoredValues.milliseconds(merchant.createdAt),
                StoredValues.milliseconds(merchant.updatedAt),
            ] as [(any DatabaseValueConvertible)?]
        )
    }

    /// The values of ``offerColumns``, in order.
    static func offerValues(_ offer: Offer) throws -> StatementArguments {
        StatementArguments(
            [
                offer.id.rawValue,
                offer.merchantID.rawValue,
                offer.name,
                offer.source.rawValue,
                try StoredValues.json(offer.purchaseChannels),
                offer.commissionType.rawValue,
                offer.totalCommission,
                offer.minimumSpendCents,
                offer.maximumTransactionCents,
                offer.maximumRewardCents,
                offer.maximumRedemptions,
                offer.redeemableOnce,
                try StoredValues.json(offer.targeting),
                StoredValues.milliseconds(offer.startDate),
                StoredValues.milliseconds(offer.expirationDate),
                offer.terms,
                offer.description,
                offer.websiteURL,
                try StoredValues.json(offer.locationIDs),
                try StoredValues.json(offer.mccs),
                try StoredValues.json(offer.display),
                offer.imageURL,
                offer.bannerURL,
                StoredValues.milliseconds(offer.createdAt),
                StoredValues.milliseconds(offer.updatedAt),
            ] as [(any DatabaseValueConvertible)?]
        )
    }

    /// The values of ``locationColumns``, in order.
    static func locationValues(_ location: Location) throws -> StatementArguments {
        StatementArguments(
            [
                location.id.rawValue,
                location.merchantID.rawValue,
                location.name,
                location.address.street,
                location.address.city,
                location.address.state,
                location.address.zipCode,
                location.coordinates.latitude,
                location.coordinates.longitude,
                location.phone,
                try StoredValues.json(location.openingHours),
                location.googleID,
                location.source.rawValue,
                StoredValues.milliseconds(location.createdAt),
                StoredValues.milliseconds(location.updatedAt),
            ] as [(any DatabaseValueConvertible)?]
        )
    }

    static func merchant(from row: Row) throws -> Merchant {
        Merchant(
            id: MerchantID(try row.decode(forColumn: "id")),
            name: try row.decode(forColumn: "name"),
            aliases: try SQLiteValues.decodeJSON([String].self, column: "aliases", of: row),
            mids: try SQLiteValues.decodeJSON([String].self, column: "mids", of: row),
            mccs: try SQLiteValues.decodeJSON([String].self, column: "mccs", of: row),
            category: try SQLiteValues.decodeRawValue(MerchantCategory.self, column: "category", of: row),
            source: try SQLiteValues.decodeRawValue(OfferSource.self, column: "source", of: row),
            description: try row.decode(forColumn: "description"),
            websiteURL: try row.decode(forColumn: "website_url"),
            logoURL: try row.decode(forColumn: "logo_url"),
            bannerURL: try row.decode(forColumn: "banner_url"),
            acceptedCards: try SQLiteValues.decodeJSON([CardNetwork].self, column: "accepted_cards", of: row),
            createdAt: StoredValues.date(milliseconds: try row.decode(forColumn: "created_at")),
            updatedAt: StoredValues.date(milliseconds: try row.decode(forColumn: "updated_at"))
        )
    }

    static func offer(from row: Row) throws -> Offer {
        Offer(
            id: OfferID(try row.decode(forColumn: "id")),
            merchantID: MerchantID(try row.decode(forColumn: "merchant_id")),
            name: try row.decode(forColumn: "name"),
            source: try SQLiteValues.decodeRawValue(OfferSource.self, column: "source", of: row),
            purchaseChannels: try SQLiteValues.decodeJSON([PurchaseChannel].self, column: "purchase_channels", of: row),
            commissionType: try SQLiteValues.decodeRawValue(RewardType.self, column: "commission_type", of: row),
            totalCommission: try row.decode(forColumn: "total_commission"),
            minimumSpendCents: try row.decode(forColumn: "minimum_spend_cents"),
            maximumTransactionCents: try row.decode(forColumn: "maximum_transaction_cents"),
            maximumRewardCents: try row.decode(forColumn: "maximum_reward_cents"),
            maximumRedemptions: try row.decode(forColumn: "maximum_redemptions"),
            redeemableOnce: try row.decode(forColumn: "redeemable_once"),
            targeting: try SQLiteValues.decodeJSON(OfferTargeting.self, column: "targeting", of: row),
            startDate: StoredValues.date(milliseconds: try row.decode(forColumn: "start_date")),
            expirationDate: StoredValues.date(milliseconds: try row.decode(forColumn: "expiration_date")),
            terms: try row.decode(forColumn: "terms"),
            description: try row.decode(forColumn: "description"),
            websiteURL: try row.decode(forColumn: "website_url"),
            locationIDs: try SQLiteValues.decodeJSON([LocationID].self, column: "location_ids", of: row),
            mccs: try SQLiteValues.decodeJSON([String].self, column: "mccs", of: row),
            display: try SQLiteValues.decodeJSON(OfferDisplay.self, column: "display", of: row),
            imageURL: try row.decode(forColumn: "image_url"),
            bannerURL: try row.decode(forColumn: "banner_url"),
            createdAt: StoredValues.date(milliseconds: try row.decode(forColumn: "created_at")),
            updatedAt: StoredValues.date(milliseconds: try row.decode(forColumn: "updated_at"))
        )
    }

    static func location(from row: Row) throws -> Location {
        Location(
            id: LocationID(try row.decode(forColumn: "id")),
            merchantID: MerchantID(try row.decode(forColumn: "merchant_id")),
            name: try row.decode(forColumn: "name"),
            address: StreetAddress(
                street: try row.decode(forColumn: "street"),
                city: try row.decode(forColumn: "city"),
                state: try row.decode(forColumn: "state"),
                zipCode: try row.decode(forColumn: "zip_code")
            ),
            coordinates: GeoPoint(
                latitude: try row.decode(forColumn: "latitude"),
                longitude: try row.decode(forColumn: "longitude")
            ),
            phone: try row.decode(forColumn: "phone"),
            openingHours: try SQLiteValues.decodeJSON([OpeningPeriod].self, column: "opening_hours", of: row),
            googleID: try row.decode(forColumn: "google_id"),
            source: try SQLiteValues.decodeRawValue(OfferSource.self, column: "source", of: row),
            createdAt: StoredValues.date(milliseconds: try row.decode(forColumn: "created_at")),
            updatedAt: StoredValues.date(milliseconds: try row.decode(forColumn: "updated_at"))
        )
    }
}
