import Foundation
import KardCore
import Testing

/// The ledger a transaction ends with must not depend on the order its events arrive in, nor on how they are
/// grouped into batches (ARCHITECTURE §4: out-of-order arrival gives the same end state).
@Suite("Transaction decider: arrival order")
struct TransactionDeciderOrderTests {
    typealias F = ProcessingFixtures

    static let approval = F.approved("a", tx: "tx1", 10_000)
    static let s75 = F.settled("s75", tx: "tx1", 7_500, settled: F.purchaseDate.addingTimeInterval(F.day))
    static let s25 = F.settled("s25", tx: "tx1", 2_500, settled: F.purchaseDate.addingTimeInterval(2 * F.day))
    static let r30 = F.final("r30", tx: "tx1", .returned, 3_000, at: F.purchaseDate.addingTimeInterval(3 * F.day))

    /// Sends `events` one batch each, in order, and returns the harness.
    func run(_ events: [TransactionEvent], index: CatalogIndex = F.index) throws -> ProcessingHarness {
        var harness = ProcessingHarness()
        harness.decider = F.decider(index: index)
        for event in events { try harness.send(event) }
        return harness
    }

    func earnings(_ harness: ProcessingHarness) -> RewardShares {
        harness.ledger.filter { $0.movement.countsTowardEarnings }.total
    }

    @Test("Approval, $75 and $25 settlements and a $30 return earn the reward of $70 in every arrival order")
    func everyOrder() throws {
        // 10 % of $70.00 = $7.00; 70 % = $4.90; 50 % = $2.45.
        let expected = RewardShares(commissionCents: 700, issuerCents: 490, userCents: 245)
        for order in F.permutations([Self.approval, Self.s75, Self.s25, Self.r30]) {
            let harness = try self.run(order)
            let arrival = order.map(\.eventID)
            #expect(self.earnings(harness) == expected, "\(arrival)")
            #expect(harness.records["tx1"]?.status == .settled, "\(arrival)")
            #expect(harness.records["tx1"]?.isRewarded == true, "\(arrival)")
            #expect(harness.ledger.entries(.settled).count == 2, "\(arrival)")
            #expect(harness.purchases.count == 1, "\(arrival)")
            #expect(Set(harness.ledger.map(\.entryID)).count == harness.ledger.count, "\(arrival)")
        }
    }

    @Test("All events in one batch earn the same as one at a time")
    func oneBatch() throws {
        var harness = ProcessingHarness()
        try harness.send(Self.r30, Self.s25, Self.approval, Self.s75)
        #expect(self.earnings(harness) == RewardShares(commissionCents: 700, issuerCents: 490, userCents: 245))
    }

    static let capped = F.index(offers: [
        F.offer("coffee-capped", merchant: F.coffee, commission: 1_000, maximumRewardCents: 500)
    ])

    /// A capped offer (10 %, at most $5.00 commission): $75 and $25 settle, $30 is returned. The $70 kept earns the
    /// full $5.00 commission ($3.50 issuer, $1.75 cardholder), whatever the order.
    static func cappedEvents(_ order: [String]) -> [TransactionEvent] {
        let events = [
            "s75": F.settled(
                "s75",
                tx: "tx1",
                7_500,
                description: "Corner Coffee",
                settled: F.purchaseDate.addingTimeInterval(F.day)
            ),
            "s25": F.settled(
                "s25",
                tx: "tx1",
                2_500,
                description: "Corner Coffee",
                settled: F.purchaseDate.addingTimeInterval(2 * F.day)
            ),
            "r30": F.final("r30", tx: "tx1", .returned, 3_000, description: "Corner Coffee", at: F.now),
        ]
        return order.compactMap { events[$0] }
    }

    @Test("A capped offer: settlements before the return keep the capped reward")
    func cappedInOrder() throws {
        let harness = try self.run(Self.cappedEvents(["s75", "s25", "r30"]), index: Self.capped)
        #expect(self.earnings(harness) == RewardShares(commissionCents: 500, issuerCents: 350, userCents: 175))
    }

    @Test("A capped offer: a return between two settlements gives the same reward as in order")
    func cappedReturnBetweenSettlements() throws {
        let harness = try self.run(Self.cappedEvents(["s75", "r30", "s25"]), index: Self.capped)
        #expect(self.earnings(harness) == RewardShares(commissionCents: 500, issuerCents: 350, userCents: 175))
    }

    @Test("Fraud takes back an operator's adjustment along with the settled reward")
    func fraudTakesBackAdjustments() throws {
        let events = [F.settled("s1", tx: "tx1", 10_000)]
        let first = try F.decider().decide(F.batch([try F.pending(events)]))
        let settled = try #require(first.ledgerEntries.first)
        // An audit granted $1.00 more to the cardholder (issuer $2.00, commission $2.85 by the audit's maths).
        let adjustment = RewardLedgerEntry(
            organizationID: F.organizationID,
            entryID: "tx1/adjustment/audit1",
            transactionID: "tx1",
            userID: UserID("u1"),
            offerID: settled.offerID,
            merchantID: settled.merchantID,
            movement: .adjustment,
            sourceID: "audit1",
            transactionAmountCents: 10_000,
            commissionCents: 285,
            issuerCents: 200,
            userCents: 100,
            transactionDate: F.purchaseDate,
            createdAt: F.now
        )
        let ledger = [settled, adjustment]
        let changes = try F.decider().decide(
            F.batch([try F.pending(events, record: first.records.first, ledger: ledger, isFraudMarked: true)])
        )
        let after = (ledger + changes.ledgerEntries).filter { $0.movement.countsTowardEarnings }.total
        #expect(after == .zero)
    }

    @Test("Minimum spend is met by a settlement larger than the authorization (a tip)")
    func minimumSpendOnSettlement() throws {
        var harness = ProcessingHarness()
        try harness.send(F.approved("a1", tx: "tx1", 4_500, description: "Gadget Hub"))
        #expect(harness.records["tx1"]?.offerID == nil)
        try harness.send(F.settled("s1", tx: "tx1", 5_500, description: "Gadget Hub"))
        #expect(harness.records["tx1"]?.offerID == OfferID("gadget-online"))
    }
}
