import Foundation
import KardCore
import Synchronization

/// A small catalog, users and transaction events built in code for the transaction-processing tests.
///
/// Reward maths under ``CommissionSplits/standard`` (issuer 70 %, cardholder 50 % of the issuer's share), worked by
/// hand for the amounts the tests use:
/// - 10 % of $100.00: commission 1000, issuer 700, cardholder 350
/// - 10 % of $75.00: commission 750, issuer 525, cardholder 262 (262.5 rounded down)
/// - 10 % of $25.00: commission 250, issuer 175, cardholder 87 (87.5 rounded down)
/// - 10 % of $60.00: commission 600, issuer 420, cardholder 210
/// - 15 % of $100.00: commission 1500, issuer 1050, cardholder 525
/// - 12 % of $100.00: commission 1200, issuer 840, cardholder 420
enum ProcessingFixtures {
    /// 2026-05-20T12:00:00Z.
    static let now = Date(timeIntervalSince1970: 1_779_278_400)
    static let day: TimeInterval = 86_400
    /// 2026-05-19T12:00:00Z: when the purchases of the tests are authorized.
    static let purchaseDate = now.addingTimeInterval(-day)

    static let organizationID = OrganizationID("org1")

    static let organization = Organization(
        id: organizationID,
        name: "TESTBANK",
        commissionSplits: .standard,
        webhookKey: "key",
        createdAt: now,
        updatedAt: now
    )

    // MARK: Catalog

    static let hilltop = MerchantID("hilltop")
    static let baas = MerchantID("baas")
    static let coffee = MerchantID("coffee")
    static let fuel = MerchantID("fuel")
    static let gadget = MerchantID("gadget")
    static let bagels = MerchantID("bagels")

    static func merchant(
        _ id: MerchantID,
        _ name: String,
        aliases: [String] = [],
        mids: [String] = [],
        mccs: [String] = [],
        category: MerchantCategory = .foodAndBeverage
    ) -> Merchant {
        Merchant(
            id: id,
            name: name,
            aliases: aliases,
            mids: mids,
            mccs: mccs,
            category: category,
            createdAt: now,
            updatedAt: now
        )
    }

    static func offer(
        _ id: String,
        merchant: MerchantID,
        type: RewardType = .percent,
        commission: Int64,
        channels: [PurchaseChannel] = [.online, .inStore],
        targeting: OfferTargeting = .everyone,
        minimumSpendCents: Int64? = nil,
        maximumTransactionCents: Int64? = nil,
        maximumRewardCents: Int64? = nil,
        redeemableOnce: Bool = false,
        locations: [String] = [],
        mccs: [String] = [],
        startDate: Date = now.addingTimeInterval(-400 * day),
        expirationDate: Date = now.addingTimeInterval(400 * day)
    ) -> Offer {
        Offer(
            id: OfferID(id),
            merchantID: merchant,
            name: "Offer \(id)",
            purchaseChannels: channels,
            commissionType: type,
            totalCommission: commission,
            minimumSpendCents: minimumSpendCents,
            maximumTransactionCents: maximumTransactionCents,
            maximumRewardCents: maximumRewardCents,
            redeemableOnce: redeemableOnce,
            targeting: targeting,
            startDate: startDate,
            expirationDate: expirationDate,
            terms: "Terms",
            locationIDs: locations.map { LocationID($0) },
            mccs: mccs,
            createdAt: now,
            updatedAt: now
        )
    }

    static func location(
        _ id: String,
        merchant: MerchantID,
        street: String,
        city: String = "Atlanta",
        state: String = "GA",
        zipCode: String,
        latitude: Double,
        longitude: Double
    ) -> Location {
        Location(
            id: LocationID(id),
            merchantID: merchant,
            name: "Store \(id)",
            address: StreetAddress(street: street, city: city, state: state, zipCode: zipCode),
            coordinates: GeoPoint(latitude: latitude, longitude: longitude),
            createdAt: now,
            updatedAt: now
        )
    }

    static let merchants = [
        merchant(hilltop, "Hilltop BBQ", aliases: ["SQ *HILLTOP BBQ"], mids: ["542814140150267"], mccs: ["5812"]),
        merchant(
            baas,
            "BaaS Pro Shops",
            aliases: ["BAAS PRO SHOPS", "BAAS PRO"],
            mids: ["000123456789"],
            category: .sportsAndOutdoors
        ),
        merchant(coffee, "Corner Coffee"),
        merchant(fuel, "Fuel Stop", category: .gas),
        merchant(gadget, "Gadget Hub", category: .electronics),
        merchant(bagels, "Plain Bagels"),
    ]

    static let offers = [
        offer("hilltop-everyone", merchant: hilltop, commission: 1_000),
        offer(
            "hilltop-peachtree",
            merchant: hilltop,
            commission: 1_500,
            channels: [.inStore],
            locations: ["atl-peachtree"]
        ),
        offer("baas-everyone", merchant: baas, commission: 500),
        offer("baas-new", merchant: baas, commission: 1_200, targeting: .newCustomers),
        offer("baas-lapsed", merchant: baas, commission: 1_000, targeting: .lapsedCustomers),
        offer("coffee-once", merchant: coffee, type: .flat, commission: 500, redeemableOnce: true),
        offer("fuel-gas", merchant: fuel, commission: 300, mccs: ["5541"]),
        offer("gadget-online", merchant: gadget, commission: 800, channels: [.online], minimumSpendCents: 5_000),
    ]

    static let locations = [
        location(
            "atl-peachtree",
            merchant: hilltop,
            street: "123 Peachtree Street",
            zipCode: "30303",
            latitude: 33.7590,
            longitude: -84.3880
        ),
        location(
            "atl-midtown",
            merchant: hilltop,
            street: "999 Spring St NW",
            zipCode: "30309",
            latitude: 33.7850,
            longitude: -84.3890
        ),
    ]

    static let index = CatalogIndex(
        catalog: Catalog(merchants: merchants, offers: offers, locations: locations),
        version: 7
    )

    /// An index of the fixture merchants and locations with other offers.
    static func index(offers: [Offer]) -> CatalogIndex {
        CatalogIndex(catalog: Catalog(merchants: merchants, offers: offers, locations: locations), version: 8)
    }

    /// A decider on `index`.
    static func decider(index: CatalogIndex) -> TransactionDecider {
        TransactionDecider(index: index, now: now, ids: SequentialIDs())
    }

    // MARK: Users

    static func user(_ id: String = "u1", enrolled: Bool = true) -> User {
        User(
            organizationID: organizationID,
            id: UserID(id),
            profile: UserProfile(enrolledRewards: enrolled ? [.cardLinked] : []),
            createdAt: now,
            updatedAt: now
        )
    }

    static func key(_ user: String = "u1") -> UserKey {
        UserKey(organizationID: organizationID, userID: UserID(user))
    }

    static func summary(lastPurchase: Date, firstPurchase: Date? = nil, count: Int = 1) -> PurchaseSummary {
        PurchaseSummary(firstPurchaseAt: firstPurchase ?? lastPurchase, lastPurchaseAt: lastPurchase, count: count)
    }

    // MARK: Events

    /// The guide's Hilltop BBQ store address (no ZIP code, as in the guide's samples).
    static let guideAddress = TransactionMerchant(
        id: "542814140150267",
        name: "Hilltop BBQ",
        street: "123 Peachtree St",
        city: "Atlanta",
        state: "GA"
    )

    static func event(
        _ eventID: String,
        tx: String,
        _ status: TransactionStatus?,
        _ amountCents: Int64,
        user: String = "u1",
        description: String = "Hilltop BBQ",
        kind: TransactionEventKind = .transaction,
        authorized: Date? = nil,
        settled: Date? = nil,
        date: Date? = nil,
        merchant: TransactionMerchant? = nil,
        mcc: String? = nil,
        cardPresence: String? = nil,
        panEntryMode: String? = nil,
        matchedOfferID: String? = nil
    ) -> TransactionEvent {
        var event = TransactionEvent(
            eventID: eventID,
            kind: kind,
            organizationID: organizationID,
            userID: UserID(user),
            transactionID: tx,
            status: status,
            amountCents: amountCents,
            description: description
        )
        event.currency = "USD"
        event.authorizationDate = authorized
        event.settledDate = settled
        event.transactionDate = date
        event.merchant = merchant
        event.mcc = mcc
        event.cardPresence = cardPresence
        event.panEntryMode = panEntryMode
        event.matchedOfferID = matchedOfferID
        return event
    }

    static func approved(
        _ eventID: String,
        tx: String,
        _ amountCents: Int64,
        user: String = "u1",
        description: String = "Hilltop BBQ",
        at date: Date = purchaseDate,
        merchant: TransactionMerchant? = nil
    ) -> TransactionEvent {
        event(
            eventID,
            tx: tx,
            .approved,
            amountCents,
            user: user,
            description: description,
            authorized: date,
            merchant: merchant
        )
    }

    static func settled(
        _ eventID: String,
        tx: String,
        _ amountCents: Int64,
        user: String = "u1",
        description: String = "Hilltop BBQ",
        authorized: Date = purchaseDate,
        settled: Date = purchaseDate.addingTimeInterval(day / 2),
        merchant: TransactionMerchant? = nil
    ) -> TransactionEvent {
        event(
            eventID,
            tx: tx,
            .settled,
            amountCents,
            user: user,
            description: description,
            authorized: authorized,
            settled: settled,
            merchant: merchant
        )
    }

    /// A reversal, decline or return (dated by `transactionDate`).
    static func final(
        _ eventID: String,
        tx: String,
        _ status: TransactionStatus,
        _ amountCents: Int64,
        user: String = "u1",
        description: String = "Hilltop BBQ",
        at date: Date = purchaseDate.addingTimeInterval(day / 2)
    ) -> TransactionEvent {
        event(eventID, tx: tx, status, amountCents, user: user, description: description, date: date)
    }

    static func stored(_ event: TransactionEvent, receivedAt: Date = now) throws -> StoredTransactionEvent {
        StoredTransactionEvent(
            organizationID: event.organizationID,
            eventID: event.eventID,
            transactionID: event.transactionID,
            userID: event.userID,
            payload: try TransactionIngestion.payload(of: event),
            receivedAt: receivedAt
        )
    }

    static func pending(
        _ events: [TransactionEvent],
        record: TransactionRecord? = nil,
        ledger: [RewardLedgerEntry] = [],
        isFraudMarked: Bool = false
    ) throws -> PendingTransaction {
        PendingTransaction(
            organizationID: organizationID,
            transactionID: events.first?.transactionID ?? "",
            events: try events.map { try stored($0) },
            unprocessedEventIDs: Set(events.map(\.eventID)),
            record: record,
            ledger: ledger,
            isFraudMarked: isFraudMarked
        )
    }

    static func batch(
        _ transactions: [PendingTransaction],
        users: [User] = [user()],
        history: [UserKey: [MerchantID: PurchaseSummary]] = [:],
        rewarded: [UserKey: [OfferID: Set<String>]] = [:]
    ) -> ProcessingBatch {
        ProcessingBatch(
            transactions: transactions,
            organizations: [organizationID: organization],
            users: Dictionary(uniqueKeysWithValues: users.map { (UserKey($0), $0) }),
            purchaseHistory: history,
            rewardedTransactions: rewarded
        )
    }

    static func decider(thresholds: MonitoringThresholds = .standard) -> TransactionDecider {
        TransactionDecider(index: index, now: now, ids: SequentialIDs(), thresholds: thresholds)
    }

    /// The shares of 10 % of `cents` under the standard splits, each split rounded down (worked by hand above).
    static func tenPercent(_ cents: Int64) -> RewardShares {
        let commission = cents / 10
        let issuer = commission * 7 / 10
        return RewardShares(commissionCents: commission, issuerCents: issuer, userCents: issuer / 2)
    }

    /// All orderings of `items`.
    static func permutations<T>(_ items: [T]) -> [[T]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { index -> [[T]] in
            var rest = items
            let first = rest.remove(at: index)
            return permutations(rest).map { [first] + $0 }
        }
    }
}

/// Predictable UUIDs: 00000000-0000-0000-0000-000000000001, …2, …
final class SequentialIDs: IDGenerator {
    private let counter = Mutex<UInt64>(0)

    func uuid() -> UUID {
        let next = self.counter.withLock { value -> UInt64 in
            value += 1
            return value
        }
        let b = withUnsafeBytes(of: next.bigEndian) { Array($0) }
        return UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]))
    }

    func randomBytes(_ count: Int) -> [UInt8] { Array(repeating: 7, count: count) }
}

extension Array where Element == RewardLedgerEntry {
    /// The sum of the entries' amounts.
    var total: RewardShares { self.reduce(.zero) { $0 + $1.shares } }

    func entries(_ movement: RewardMovement) -> [RewardLedgerEntry] { self.filter { $0.movement == movement } }
}

extension Array where Element == OutboxNotification {
    var events: [NotificationEvent] { self.map(\.event) }
}
