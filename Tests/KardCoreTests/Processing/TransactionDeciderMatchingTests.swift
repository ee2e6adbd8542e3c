import Foundation
import KardCore
import Testing

/// Which offer a transaction earns, and why the others did not qualify (ARCHITECTURE §4, Matching).
@Suite("Transaction decider: matching")
struct TransactionDeciderMatchingTests {
    typealias F = ProcessingFixtures

    static let newPersona = "sandbox-testbank-new-customer"
    static let lapsedPersona = "sandbox-testbank-lapsed-customer"

    /// Decides one transaction made of `events` and returns the changes and its record.
    func decide(
        _ events: [TransactionEvent],
        users: [User] = [F.user()],
        history: [UserKey: [MerchantID: PurchaseSummary]] = [:],
        rewarded: [UserKey: [OfferID: Set<String>]] = [:],
        index: CatalogIndex = F.index
    ) throws -> (changes: ProcessingChanges, record: TransactionRecord) {
        let decider = TransactionDecider(index: index, now: F.now, ids: SequentialIDs())
        let changes = try decider.decide(
            F.batch([try F.pending(events)], users: users, history: history, rewarded: rewarded)
        )
        return (changes, try #require(changes.records.first))
    }

    func verdict(_ record: TransactionRecord, _ offer: String) throws -> MatchExplanation.OfferVerdict {
        try #require(record.explanation.offers.first { $0.offerID == OfferID(offer) })
    }

    // MARK: Explanations

    @Test("The explanation names the merchant, how it was recognised, and why each offer did or did not qualify")
    func explanation() throws {
        let event = F.event(
            "a1",
            tx: "tx1",
            .approved,
            10_000,
            description: "SQ *HILLTOP BBQ #12",
            authorized: F.purchaseDate,
            merchant: TransactionMerchant(id: "0542814140150267", street: "999 Spring Street NW", zipCode: "30309")
        )
        let (changes, record) = try self.decide([event])
        let explanation = record.explanation
        #expect(explanation.catalogVersion == 7)
        #expect(explanation.decidedAt == F.now)
        #expect(explanation.decidedOnPurchase)
        #expect(explanation.descriptor == "HILLTOP BBQ")
        #expect(explanation.merchants.map(\.merchantID) == [F.hilltop])
        #expect(explanation.merchants.first?.name == "Hilltop BBQ")
        #expect(explanation.merchants.first?.reason.contains("MID 0542814140150267") == true)
        #expect(explanation.offers.map(\.offerID.rawValue) == ["hilltop-everyone", "hilltop-peachtree"])

        let everyone = try self.verdict(record, "hilltop-everyone")
        #expect(everyone.qualifies)
        #expect(everyone.rejection == nil)
        #expect(everyone.reason.contains("10% of $100.00"))
        #expect(everyone.reason.contains("$3.50"))
        let peachtree = try self.verdict(record, "hilltop-peachtree")
        #expect(!peachtree.qualifies)
        #expect(peachtree.rejection == .termsNotMet)
        #expect(peachtree.reason.contains("location"))
        #expect(peachtree.reason.contains("30309"))

        #expect(explanation.matchedOfferID == OfferID("hilltop-everyone"))
        #expect(explanation.terms?.totalCommission == 1_000)
        #expect(explanation.summary.contains("hilltop-everyone"))
        #expect(record.offerID == OfferID("hilltop-everyone"))
        #expect(changes.ledgerEntries.first?.shares == F.tenPercent(10_000))
    }

    @Test("Without a MID, the descriptor identifies the merchant and the explanation says which name it matched")
    func explanationByDescriptor() throws {
        let (_, record) = try self.decide([
            F.approved("a1", tx: "tx1", 10_000, description: "SQ *HILLTOP BBQ #12")
        ])
        let reason = try #require(record.explanation.merchants.first?.reason)
        #expect(reason.contains("SQ *HILLTOP BBQ #12"))
        #expect(reason.contains("Hilltop BBQ"))
    }

    @Test("The merchant name field identifies the merchant when the description does not")
    func merchantNameField() throws {
        let event = F.event(
            "a1",
            tx: "tx1",
            .approved,
            10_000,
            description: "POS PURCHASE 8842",
            authorized: F.purchaseDate,
            merchant: TransactionMerchant(name: "TST* Hilltop BBQ")
        )
        let (changes, record) = try self.decide([event])
        #expect(record.merchantID == F.hilltop)
        #expect(record.explanation.merchants.first?.reason.contains("merchant.name") == true)
        #expect(changes.ledgerEntries.count == 1)
    }

    @Test("When two offers qualify, the one paying the cardholder more wins")
    func bestOffer() throws {
        let at = TransactionMerchant(street: "123 Peachtree St", zipCode: "30303")
        let (changes, record) = try self.decide([F.approved("a1", tx: "tx1", 10_000, merchant: at)])
        #expect(record.offerID == OfferID("hilltop-peachtree"))
        #expect(record.explanation.summary.contains("best of 2"))
        #expect(
            changes.ledgerEntries.first?.shares
                == RewardShares(commissionCents: 1_500, issuerCents: 1_050, userCents: 525)
        )
    }

    // MARK: Targeting

    @Test("BaaS Pro Shops: the new-customer persona earns the new-customer offer")
    func newCustomerPersona() throws {
        let (changes, record) = try self.decide(
            [F.approved("a1", tx: "tx1", 10_000, user: Self.newPersona, description: "BaaS Pro Shops")],
            users: [F.user(Self.newPersona)]
        )
        #expect(record.offerID == OfferID("baas-new"))
        #expect(record.merchantID == F.baas)
        // 12 % of $100.00 = $12.00; 70 % = $8.40; 50 % = $4.20.
        #expect(
            changes.ledgerEntries.first?.shares
                == RewardShares(commissionCents: 1_200, issuerCents: 840, userCents: 420)
        )
        #expect(changes.notifications.events == [.earnedRewardApproved])
        let lapsed = try self.verdict(record, "baas-lapsed")
        #expect(!lapsed.qualifies)
        #expect(lapsed.rejection == .userNotInAudienceSegment)
        #expect(lapsed.reason.contains("never bought"))
    }

    @Test("BaaS Pro Shops: the lapsed persona does not earn the new-customer offer, but earns the lapsed one")
    func lapsedCustomerPersona() throws {
        let history = [
            F.key(Self.lapsedPersona): [F.baas: F.summary(lastPurchase: F.now.addingTimeInterval(-240 * F.day))]
        ]
        let (changes, record) = try self.decide(
            [F.approved("a1", tx: "tx1", 10_000, user: Self.lapsedPersona, description: "PAYPAL *BAASPRO")],
            users: [F.user(Self.lapsedPersona)],
            history: history
        )
        let new = try self.verdict(record, "baas-new")
        #expect(!new.qualifies)
        #expect(new.rejection == .userNotInAudienceSegment)
        #expect(new.reason.contains("new customers"))
        #expect(record.offerID == OfferID("baas-lapsed"))
        #expect(changes.ledgerEntries.first?.shares == F.tenPercent(10_000))
    }

    @Test("A customer who bought within the last 6 months is neither new nor lapsed")
    func recentCustomer() throws {
        let history = [F.key(): [F.baas: F.summary(lastPurchase: F.purchaseDate.addingTimeInterval(-150 * F.day))]]
        let (_, record) = try self.decide(
            [F.approved("a1", tx: "tx1", 10_000, description: "BaaS Pro Shops")],
            history: history
        )
        #expect(record.offerID == OfferID("baas-everyone"))
        let lapsed = try self.verdict(record, "baas-lapsed")
        #expect(!lapsed.qualifies)
        #expect(lapsed.reason.contains("6 months"))
    }

    @Test("A lapsed customer is one whose last purchase, not first, is over 6 months old")
    func lapsedUsesLastPurchase() throws {
        let history = [
            F.key(): [
                F.baas: F.summary(
                    lastPurchase: F.purchaseDate.addingTimeInterval(-30 * F.day),
                    firstPurchase: F.purchaseDate.addingTimeInterval(-400 * F.day),
                    count: 5
                )
            ]
        ]
        let (_, record) = try self.decide(
            [F.approved("a1", tx: "tx1", 10_000, description: "BaaS Pro Shops")],
            history: history
        )
        #expect(record.offerID == OfferID("baas-everyone"))
    }

    @Test("Purchases at other merchants do not make a customer of this one")
    func historyElsewhere() throws {
        let history = [F.key(): [F.hilltop: F.summary(lastPurchase: F.purchaseDate.addingTimeInterval(-10 * F.day))]]
        let (_, record) = try self.decide(
            [F.approved("a1", tx: "tx1", 10_000, description: "BaaS Pro Shops")],
            history: history
        )
        #expect(record.offerID == OfferID("baas-new"))
    }

    @Test("The new-customer reward survives the transaction's own purchase joining the history")
    func newCustomerThroughSettlement() throws {
        var harness = ProcessingHarness()
        harness.users = [F.key(Self.newPersona): F.user(Self.newPersona)]
        try harness.send(F.approved("a1", tx: "tx1", 10_000, user: Self.newPersona, description: "BaaS Pro Shops"))
        #expect(harness.history[F.key(Self.newPersona)]?[F.baas] == nil)
        let changes = try harness.send(
            F.settled("s1", tx: "tx1", 10_000, user: Self.newPersona, description: "BaaS Pro Shops")
        )
        #expect(harness.history[F.key(Self.newPersona)]?[F.baas] != nil)
        #expect(changes.ledgerEntries.map(\.movement) == [.settled])
        #expect(changes.ledgerEntries.first?.offerID == OfferID("baas-new"))
        #expect(changes.ledgerEntries.first?.userCents == 420)
    }

    @Test("In one batch, a user's second purchase at a merchant sees the first: it is no longer a new customer's")
    func secondPurchaseInBatch() throws {
        let changes = try F.decider().decide(
            F.batch([
                try F.pending([F.settled("s1", tx: "tx1", 10_000, description: "BaaS Pro Shops")]),
                try F.pending([
                    F.settled(
                        "s2",
                        tx: "tx2",
                        10_000,
                        description: "BaaS Pro Shops",
                        authorized: F.purchaseDate + 3_600
                    )
                ]),
            ])
        )
        let offers = Dictionary(uniqueKeysWithValues: changes.records.map { ($0.transactionID, $0.offerID) })
        #expect(offers["tx1"] == OfferID("baas-new"))
        #expect(offers["tx2"] == OfferID("baas-everyone"))
        #expect(changes.purchases.count == 2)
    }

    @Test("A declined attempt does not stop the retry from earning the new-customer offer")
    func declinedAttemptIsNoPurchase() throws {
        var harness = ProcessingHarness()
        try harness.send(F.approved("a1", tx: "tx1", 10_000, description: "BaaS Pro Shops"))
        try harness.send(F.final("d1", tx: "tx1", .declined, 10_000, description: "BaaS Pro Shops"))
        try harness.send(F.approved("a2", tx: "tx2", 10_000, description: "BaaS Pro Shops", at: F.purchaseDate + 3_600))
        #expect(harness.records["tx2"]?.offerID == OfferID("baas-new"))
    }

    // MARK: Redemption limits

    @Test("A redeemableOnce offer is earned by the first of two transactions in one batch, refused to the second")
    func redeemableOnceInBatch() throws {
        let changes = try F.decider().decide(
            F.batch([
                try F.pending([F.approved("a1", tx: "tx1", 1_000, description: "Corner Coffee")]),
                try F.pending([F.approved("a2", tx: "tx2", 1_000, description: "Corner Coffee")]),
            ])
        )
        #expect(changes.ledgerEntries.map(\.transactionID) == ["tx1"])
        // Flat $5.00; 70 % = $3.50; 50 % = $1.75.
        #expect(
            changes.ledgerEntries.first?.shares == RewardShares(commissionCents: 500, issuerCents: 350, userCents: 175)
        )
        let refusal = try #require(changes.notifications.first { $0.transactionID == "tx2" })
        #expect(refusal.event == .earnedRewardRejected)
        #expect(refusal.content.reason == "MAX_REDEMPTION_LIMIT_REACHED")
        #expect(refusal.sourceKey == "tx2/decision")
        #expect(refusal.content.offerID == OfferID("coffee-once"))
        #expect(refusal.content.merchantName == "Corner Coffee")
        let second = try #require(changes.records.first { $0.transactionID == "tx2" })
        #expect(!second.isRewarded)
        #expect(second.offerID == nil)
        #expect(second.merchantID == F.coffee)
        #expect(try self.verdict(second, "coffee-once").rejection == .maximumRedemptionLimitReached)
        #expect(try self.verdict(second, "coffee-once").reason.contains("limit is 1"))
    }

    @Test("A redeemableOnce offer earned in an earlier batch is refused")
    func redeemableOnceAcrossBatches() throws {
        let (changes, record) = try self.decide(
            [F.approved("a1", tx: "tx2", 1_000, description: "Corner Coffee")],
            rewarded: [F.key(): [OfferID("coffee-once"): ["tx-old"]]]
        )
        #expect(changes.ledgerEntries.isEmpty)
        #expect(changes.notifications.map(\.content.reason) == ["MAX_REDEMPTION_LIMIT_REACHED"])
        #expect(record.offerID == nil)
    }

    @Test("A transaction's own earlier reward does not count against it")
    func ownRedemption() throws {
        let (changes, record) = try self.decide(
            [F.approved("a1", tx: "tx1", 1_000, description: "Corner Coffee")],
            rewarded: [F.key(): [OfferID("coffee-once"): ["tx1"]]]
        )
        #expect(record.offerID == OfferID("coffee-once"))
        #expect(changes.ledgerEntries.count == 1)
    }

    @Test("A redemption that was reversed frees the offer again")
    func reversedRedemption() throws {
        var harness = ProcessingHarness()
        try harness.send(F.approved("a1", tx: "tx1", 1_000, description: "Corner Coffee"))
        try harness.send(F.final("v1", tx: "tx1", .reversed, 1_000, description: "Corner Coffee"))
        #expect(harness.records["tx1"]?.isRewarded == false)
        let changes = try harness.send(F.approved("a2", tx: "tx2", 1_000, description: "Corner Coffee"))
        #expect(changes.ledgerEntries.map(\.movement) == [.approved])
        #expect(harness.records["tx2"]?.offerID == OfferID("coffee-once"))
    }

    // MARK: Terms

    @Test("Minimum spend: $49.99 is refused with a failedTransaction, $50.00 earns")
    func minimumSpend() throws {
        let short = try self.decide([F.approved("a1", tx: "tx1", 4_999, description: "Gadget Hub")])
        #expect(short.changes.ledgerEntries.isEmpty)
        #expect(short.record.offerID == nil)
        let verdict = try self.verdict(short.record, "gadget-online")
        #expect(verdict.rejection == .termsNotMet)
        #expect(verdict.reason == "minimum spend $50.00 not reached: $49.99")
        let notice = try #require(short.changes.notifications.first)
        #expect(short.changes.notifications.count == 1)
        #expect(notice.event == .failedTransaction)
        #expect(notice.content.reason == "TERMS_NOT_MET")
        #expect(notice.sourceKey == "tx1/decision")

        let enough = try self.decide([F.approved("a1", tx: "tx1", 5_000, description: "Gadget Hub")])
        // 8 % of $50.00 = $4.00; 70 % = $2.80; 50 % = $1.40.
        #expect(
            enough.changes.ledgerEntries.first?.shares
                == RewardShares(commissionCents: 400, issuerCents: 280, userCents: 140)
        )
    }

    @Test(
        "An offer that names MCCs holds only for those MCCs",
        arguments: [("5541", true), ("5542", false), (nil, false)] as [(String?, Bool)]
    )
    func mcc(mcc: String?, qualifies: Bool) throws {
        let event = F.event(
            "a1",
            tx: "tx1",
            .approved,
            4_000,
            description: "FUEL STOP #221",
            authorized: F.purchaseDate,
            mcc: mcc
        )
        let (changes, record) = try self.decide([event])
        let verdict = try self.verdict(record, "fuel-gas")
        #expect(verdict.qualifies == qualifies)
        #expect(record.offerID == (qualifies ? OfferID("fuel-gas") : nil))
        if qualifies {
            // 3 % of $40.00 = $1.20; 70 % = $0.84; 50 % = $0.42.
            #expect(
                changes.ledgerEntries.first?.shares
                    == RewardShares(commissionCents: 120, issuerCents: 84, userCents: 42)
            )
        } else {
            #expect(verdict.reason.contains("MCC"))
            #expect(verdict.rejection == .termsNotMet)
        }
    }

    /// How a purchase's card was read, and whether an online-only offer holds for it.
    struct ChannelCase: Sendable, CustomTestStringConvertible {
        var cardPresence: String?
        var panEntryMode: String?
        var qualifies: Bool

        var testDescription: String {
            "cardPresence \(self.cardPresence ?? "-"), panEntryMode \(self.panEntryMode ?? "-")"
        }
    }

    @Test(
        "An online-only offer is refused to a purchase made with the card present",
        arguments: [
            ChannelCase(cardPresence: "PRESENT", qualifies: false),
            ChannelCase(cardPresence: "Y", qualifies: false),
            ChannelCase(cardPresence: "NOT PRESENT", qualifies: true),
            ChannelCase(cardPresence: "CNP", qualifies: true),
            ChannelCase(panEntryMode: "051", qualifies: false),
            ChannelCase(panEntryMode: "81", qualifies: true),
            ChannelCase(qualifies: true),
        ]
    )
    func channel(_ channel: ChannelCase) throws {
        let event = F.event(
            "a1",
            tx: "tx1",
            .approved,
            6_000,
            description: "Gadget Hub",
            authorized: F.purchaseDate,
            cardPresence: channel.cardPresence,
            panEntryMode: channel.panEntryMode
        )
        let (_, record) = try self.decide([event])
        let verdict = try self.verdict(record, "gadget-online")
        #expect(verdict.qualifies == channel.qualifies)
        #expect(record.offerID == (channel.qualifies ? OfferID("gadget-online") : nil))
        if !channel.qualifies {
            #expect(verdict.reason.contains("INSTORE"))
            #expect(verdict.rejection == .termsNotMet)
        }
    }

    @Test(
        "A location-specific offer holds at its store, found by ZIP and street or by coordinates",
        arguments: [
            (TransactionMerchant(street: "123 Peachtree St", zipCode: "30303-1234"), "hilltop-peachtree"),
            (TransactionMerchant(street: "123 PEACHTREE STREET", zipCode: "30303"), "hilltop-peachtree"),
            (TransactionMerchant(zipCode: "30303"), "hilltop-peachtree"),
            (TransactionMerchant(latitude: 33.7592, longitude: -84.3881), "hilltop-peachtree"),
            (TransactionMerchant(street: "999 Spring St NW", zipCode: "30309"), "hilltop-everyone"),
            (TransactionMerchant(street: "500 Peachtree St", zipCode: "30303"), "hilltop-everyone"),
            (TransactionMerchant(latitude: 33.7740, longitude: -84.3880), "hilltop-everyone"),
            (nil, "hilltop-everyone"),
        ] as [(TransactionMerchant?, String)]
    )
    func location(merchant: TransactionMerchant?, offer: String) throws {
        let (_, record) = try self.decide([F.approved("a1", tx: "tx1", 10_000, merchant: merchant)])
        #expect(record.offerID == OfferID(offer))
        let peachtree = try self.verdict(record, "hilltop-peachtree")
        #expect(peachtree.qualifies == (offer == "hilltop-peachtree"))
    }

    @Test("An in-store, location-specific offer is refused to a card-not-present purchase at that address")
    func locationButOnline() throws {
        let event = F.event(
            "a1",
            tx: "tx1",
            .approved,
            10_000,
            authorized: F.purchaseDate,
            merchant: TransactionMerchant(street: "123 Peachtree St", zipCode: "30303"),
            cardPresence: "NOT_PRESENT"
        )
        let (_, record) = try self.decide([event])
        #expect(record.offerID == OfferID("hilltop-everyone"))
        #expect(try self.verdict(record, "hilltop-peachtree").reason.contains("ONLINE"))
    }

    @Test("The guide's Hilltop BBQ address (street, city and state, no ZIP) is the Peachtree store")
    func guideAddress() throws {
        let (_, record) = try self.decide([F.approved("a1", tx: "tx1", 10_000, merchant: F.guideAddress)])
        #expect(record.offerID == OfferID("hilltop-peachtree"))
    }

    @Test("An offer holds from its start (inclusive) to its expiration (exclusive)")
    func offerWindow() throws {
        let start = F.purchaseDate
        let catalog = Catalog(
            merchants: F.merchants,
            offers: [
                F.offer(
                    "coffee-window",
                    merchant: F.coffee,
                    commission: 1_000,
                    startDate: start,
                    expirationDate: start + 3_600
                )
            ]
        )
        let index = CatalogIndex(catalog: catalog, version: 1)
        func offer(at date: Date) throws -> OfferID? {
            try self.decide([F.approved("a", tx: "t", 1_000, description: "Corner Coffee", at: date)], index: index)
                .record.offerID
        }
        #expect(try offer(at: start) == OfferID("coffee-window"))
        #expect(try offer(at: start - 1) == nil)
        #expect(try offer(at: start + 3_600) == nil)
        let late = try self.decide(
            [F.approved("a", tx: "t", 1_000, description: "Corner Coffee", at: start + 7_200)],
            index: index
        )
        #expect(late.changes.notifications.map(\.event) == [.failedTransaction])
        #expect(try self.verdict(late.record, "coffee-window").reason.contains("window"))
    }

    // MARK: Enrolment

    @Test("A user not enrolled in card-linked offers earns nothing and is told USER_NOT_ENROLLED")
    func notEnrolled() throws {
        let (changes, record) = try self.decide(
            [F.approved("a1", tx: "tx1", 10_000)],
            users: [F.user(enrolled: false)]
        )
        #expect(changes.ledgerEntries.isEmpty)
        #expect(changes.notifications.count == 1)
        #expect(changes.notifications.first?.event == .earnedRewardRejected)
        #expect(changes.notifications.first?.content.reason == "USER_NOT_ENROLLED")
        #expect(changes.notifications.first?.sourceKey == "tx1/decision")
        #expect(record.offerID == nil)
        #expect(!record.isRewarded)
        #expect(record.merchantID == F.hilltop)
        #expect(record.explanation.offers.allSatisfy { $0.rejection == .userNotEnrolled })
        #expect(record.explanation.offers.count == 2)
    }

    @Test("A deleted user (not in the batch) is not enrolled")
    func deletedUser() throws {
        let (changes, record) = try self.decide([F.approved("a1", tx: "tx1", 10_000)], users: [])
        #expect(changes.ledgerEntries.isEmpty)
        #expect(changes.notifications.map(\.content.reason) == ["USER_NOT_ENROLLED"])
        #expect(record.explanation.offers.allSatisfy { $0.rejection == .userNotEnrolled })
    }

    @Test("The refusal is announced once, not again when the settlement comes")
    func refusalOnce() throws {
        var harness = ProcessingHarness()
        harness.users = [F.key(): F.user(enrolled: false)]
        let approval = try harness.send(F.approved("a1", tx: "tx1", 10_000))
        #expect(approval.notifications.count == 1)
        let settlement = try harness.send(F.settled("s1", tx: "tx1", 10_000))
        #expect(settlement.notifications.isEmpty)
        #expect(settlement.ledgerEntries.isEmpty)
    }
}
