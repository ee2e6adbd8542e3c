import Foundation
import KardCore
import PostgresNIO

/// The catalog tables' multi-row upserts, and conversions from their rows to merchants, offers and locations.
extension PostgresStore {
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

    /// The merchant columns as ``merchant(from:)`` reads them.
    static let merchantSelect = """
        SELECT id, name, aliases::text, mids::text, mccs::text, category, source, description, website_url, logo_url,
            banner_url, accepted_cards::text,
            \(PostgresValues.milliseconds("created_at")), \(PostgresValues.milliseconds("updated_at"))
        FROM merchants
        """

    /// The offer columns as ``offer(from:)`` reads them.
    static let offerSelect = """
        SELECT id, merchant_id, name, source, purchase_channels::text, commission_type, total_commission,
            minimum_spend_cents, maximum_transaction_cents, maximum_reward_cents, maximum_redemptions,
            redeemable_once, targeting::text,
            \(PostgresValues.milliseconds("start_date")), \(PostgresValues.milliseconds("expiration_date")),
            terms, description, website_url, location_ids::text, mccs::text, display::text, image_url, banner_url,
            \(PostgresValues.milliseconds("created_at")), \(PostgresValues.milliseconds("updated_at"))
        FROM offers
        """

    /// The location columns as ``location(from:)`` reads them.
    static let locationSelect = """
        SELECT id, merchant_id, name, street, city, state, zip_code, latitude, longitude, phone, opening_hours::text,
            google_id, source,
            \(PostgresValues.milliseconds("created_at")), \(PostgresValues.milliseconds("updated_at"))
        FROM locations
        """

    static let merchantAssignments = PostgresValues.replacingAssignments(PostgresStore.merchantColumns)
    static let offerAssignments = PostgresValues.replacingAssignments(PostgresStore.offerColumns)
    static let locationAssignments = PostgresValues.replacingAssignments(PostgresStore.locationColumns)

    /// One multi-row upsert of `merchants` (their ids distinct).
    static func upsertMerchantsQuery(_ merchants: ArraySlice<Merchant>) throws -> PostgresQuery {
        let ids = merchants.map(\.id.rawValue)
        let names = merchants.map(\.name)
        let aliases = try merchants.map { try StoredValues.json($0.aliases) }
        let mids = try merchants.map { try StoredValues.json($0.mids) }
        let mccs = try merchants.map { try StoredValues.json($0.mccs) }
        let categories = merchants.map(\.category.rawValue)
        let sources = merchants.map(\.source.rawValue)
        let descriptions = merchants.map(\.description)
        let websiteURLs = PostgresValues.textArrayLiteral(merchants.map(\.websiteURL))
        let logoURLs = PostgresValues.textArrayLiteral(merchants.map(\.logoURL))
        let bannerURLs = PostgresValues.textArrayLiteral(merchants.map(\.bannerURL))
        let acceptedCards = try merchants.map { try StoredValues.json($0.acceptedCards) }
        let createdAt = merchants.map { StoredValues.milliseconds($0.createdAt) }
        let updatedAt = merchants.map { StoredValues.milliseconds($0.updatedAt) }
        return """
            INSERT INTO merchants (\(unescaped: Self.merchantColumns.joined(separator: ", ")))
            SELECT m.id, m.name, m.aliases::jsonb, m.mids::jsonb, m.mccs::jsonb, m.category, m.source, m.description,
                m.website_url, m.logo_url, m.banner_url, m.accepted_cards::jsonb,
                \(unescaped: PostgresValues.timestamp("m.created_ms")),
                \(unescaped: PostgresValues.timestamp("m.updated_ms"))
            FROM unnest(\(ids)::text[], \(names)::text[], \(aliases)::text[], \(mids)::text[], \(mccs)::text[],
                \(categories)::text[], \(sources)::text[], \(descriptions)::text[], \(websiteURLs)::text[],
                \(logoURLs)::text[], \(bannerURLs)::text[], \(acceptedCards)::text[], \(createdAt)::int8[],
                \(updatedAt)::int8[])
                AS m(id, name, aliases, mids, mccs, category, source, description, website_url, logo_url, banner_url,
                    accepted_cards, created_ms, updated_ms)
            ON CONFLICT (id) DO UPDATE SET \(unescaped: Self.merchantAssignments)
            """
    }

    /// One multi-row upsert of `offers` (their ids distinct).
    static func upsertOffersQuery(_ offers: ArraySlice<Offer>) throws -> PostgresQuery {
        let ids = offers.map(\.id.rawValue)
        let merchantIDs = offers.map(\.merchantID.rawValue)
        let names = offers.map(\.name)
        let sources = offers.map(\.source.rawValue)
        let channels = try offers.map { try StoredValues.json($0.purchaseChannels) }
        let commissionTypes = offers.map(\.commissionType.rawValue)
        let totalCommissions = offers.map(\.totalCommission)
        let minimumSpends = PostgresValues.integerArrayLiteral(offers.map(\.minimumSpendCents))
        let maximumTransactions = PostgresValues.integerArrayLiteral(offers.map(\.maximumTransactionCents))
        let maximumRewards = PostgresValues.integerArrayLiteral(offers.map(\.maximumRewardCents))
        let maximumRedemptions = PostgresValues.integerArrayLiteral(
            offers.map { $0.maximumRedemptions.map(Int64.init) }
        )
        let redeemableOnce = offers.map(\.redeemableOnce)
        let targeting = try offers.map { try StoredValues.json($0.targeting) }
        let startDates = offers.map { StoredValues.milliseconds($0.startDate) }
        let expirationDates = offers.map { StoredValues.milliseconds($0.expirationDate) }
        let terms = offers.map(\.terms)
        let descriptions = PostgresValues.textArrayLiteral(offers.map(\.description))
        let websiteURLs = PostgresValues.textArrayLiteral(offers.map(\.websiteURL))
        let locationIDs = try offers.map { try StoredValues.json($0.locationIDs) }
        let mccs = try offers.map { try StoredValues.json($0.mccs) }
        let displays = try offers.map { try StoredValues.json($0.display) }
        let imageURLs = PostgresValues.textArrayLiteral(offers.map(\.imageURL))
        let bannerURLs = PostgresValues.textArrayLiteral(offers.map(\.bannerURL))
        let createdAt = offers.map { StoredValues.milliseconds($0.createdAt) }
        let updatedAt = offers.map { StoredValues.milliseconds($0.updatedAt) }
        return """
            INSERT INTO offers (\(unescaped: Self.offerColumns.joined(separator: ", ")))
            SELECT o.id, o.merchant_id, o.name, o.source, o.purchase_channels::jsonb, o.commission_type,
                o.total_commission, o.minimum_spend_cents, o.maximum_transaction_cents, o.maximum_reward_cents,
                o.maximum_redemptions, o.redeemable_once, o.targeting::jsonb,
                \(unescaped: PostgresValues.timestamp("o.start_ms")),
                \(unescaped: PostgresValues.timestamp("o.expiration_ms")),
                o.terms, o.description, o.website_url, o.location_ids::jsonb, o.mccs::jsonb, o.display::jsonb,
                o.image_url, o.banner_url,
                \(unescaped: PostgresValues.timestamp("o.created_ms")),
                \(unescaped: PostgresValues.timestamp("o.updated_ms"))
            FROM unnest(\(ids)::text[], \(merchantIDs)::text[], \(names)::text[], \(sources)::text[],
                \(channels)::text[], \(commissionTypes)::text[], \(totalCommissions)::int8[], \(minimumSpends)::int8[],
                \(maximumTransactions)::int8[], \(maximumRewards)::int8[], \(maximumRedemptions)::int8[],
                \(redeemableOnce)::bool[], \(targeting)::text[], \(startDates)::int8[], \(expirationDates)::int8[],
                \(terms)::text[], \(descriptions)::text[], \(websiteURLs)::text[], \(locationIDs)::text[],
                \(mccs)::text[], \(displays)::text[], \(imageURLs)::text[], \(bannerURLs)::text[],
                \(createdAt)::int8[], \(updatedAt)::int8[])
                AS o(id, merchant_id, name, source, purchase_channels, commission_type, total_commission,
                    minimum_spend_cents, maximum_transaction_cents, maximum_reward_cents, maximum_redemptions,
                    redeemable_once, targeting, start_ms, expiration_ms, terms, description, website_url,
                    location_ids, mccs, display, image_url, banner_url, created_ms, updated_ms)
            ON CONFLICT (id) DO UPDATE SET \(unescaped: Self.offerAssignments)
            """
    }

    /// One multi-row upsert of `locations` (their ids distinct).
    static func upsertLocationsQuery(_ locations: ArraySlice<Location>) throws -> PostgresQuery {
        let ids = locations.map(\.id.rawValue)
        let merchantIDs = locations.map(\.merchantID.rawValue)
        let names = locations.map(\.name)
        let streets = locations.map(\.address.street)
        let cities = locations.map(\.address.city)
        let states = locations.map(\.address.state)
        let zipCodes = locations.map(\.address.zipCode)
        let latitudes = locations.map(\.coordinates.latitude)
        let longitudes = locations.map(\.coordinates.longitude)
        let phones = locations.map(\.phone)
        let openingHours = try locations.map { try StoredValues.json($0.openingHours) }
        let googleIDs = PostgresValues.textArrayLiteral(locations.map(\.googleID))
        let sources = locations.map(\.source.rawValue)
        let createdAt = locations.map { StoredValues.milliseconds($0.createdAt) }
        let updatedAt = locations.map { StoredValues.milliseconds($0.updatedAt) }
        return """
            INSERT INTO locations (\(unescaped: Self.locationColumns.joined(separator: ", ")))
            SELECT l.id, l.merchant_id, l.name, l.street, l.city, l.state, l.zip_code, l.latitude, l.longitude,
                l.phone, l.opening_hours::jsonb, l.google_id, l.source,
                \(unescaped: PostgresValues.timestamp("l.created_ms")),
                \(unescaped: PostgresValues.timestamp("l.updated_ms"))
            FROM unnest(\(ids)::text[], \(merchantIDs)::text[], \(names)::text[], \(streets)::text[],
                \(cities)::text[], \(states)::text[], \(zipCodes)::text[], \(latitudes)::float8[],
                \(longitudes)::float8[], \(phones)::text[], \(openingHours)::text[], \(googleIDs)::text[],
                \(sources)::text[], \(createdAt)::int8[], \(updatedAt)::int8[])
                AS l(id, merchant_id, name, street, city, state, zip_code, latitude, longitude, phone, opening_hours,
                    google_id, source, created_ms, updated_ms)
            ON CONFLICT (id) DO UPDATE SET \(unescaped: Self.locationAssignments)
            """
    }

    static func merchant(from row: PostgresRow) throws -> Merchant {
        var columns = PostgresColumnReader(row)
        return Merchant(
            id: MerchantID(try columns.next()),
            name: try columns.next(),
            aliases: try columns.nextJSON(),
            mids: try columns.nextJSON(),
            mccs: try columns.nextJSON(),
            category: try columns.nextRawValue(),
            source: try columns.nextRawValue(),
            description: try columns.next(),
            websiteURL: try columns.next(),
            logoURL: try columns.next(),
            bannerURL: try columns.next(),
            acceptedCards: try columns.nextJSON(),
            createdAt: try columns.nextDate(),
            updatedAt: try columns.nextDate()
        )
    }

    static func offer(from row: PostgresRow) throws -> Offer {
        var columns = PostgresColumnReader(row)
        return Offer(
            id: OfferID(try columns.next()),
            merchantID: MerchantID(try columns.next()),
            name: try columns.next(),
            source: try columns.nextRawValue(),
            purchaseChannels: try columns.nextJSON(),
            commissionType: try columns.nextRawValue(),
            totalCommission: try columns.next(),
            minimumSpendCents: try columns.next(),
            maximumTransactionCents: try columns.next(),
            maximumRewardCents: try columns.next(),
            maximumRedemptions: try columns.next(),
            redeemableOnce: try columns.next(),
            targeting: try columns.nextJSON(),
            startDate: try columns.nextDate(),
            expirationDate: try columns.nextDate(),
            terms: try columns.next(),
            description: try columns.next(),
            websiteURL: try columns.next(),
            locationIDs: try columns.nextJSON(),
            mccs: try columns.nextJSON(),
            display: try columns.nextJSON(),
            imageURL: try columns.next(),
            bannerURL: try columns.next(),
            createdAt: try columns.nextDate(),
            updatedAt: try columns.nextDate()
        )
    }

    static func location(from row: PostgresRow) throws -> Location {
        var columns = PostgresColumnReader(row)
        return Location(
            id: LocationID(try columns.next()),
            merchantID: MerchantID(try columns.next()),
            name: try columns.next(),
            address: StreetAddress(
                street: try columns.next(),
                city: try columns.next(),
                state: try columns.next(),
                zipCode: try columns.next()
            ),
            coordinates: GeoPoint(latitude: try columns.next(), longitude: try columns.next()),
            phone: try columns.next(),
            openingHours: try columns.nextJSON(),
            googleID: try columns.next(),
            source: try columns.nextRawValue(),
            createdAt: try columns.nextDate(),
            updatedAt: try columns.nextDate()
        )
    }
}
