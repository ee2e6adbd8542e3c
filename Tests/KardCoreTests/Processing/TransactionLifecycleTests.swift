import Foundation
import KardCore
import Testing

@Suite("Transaction lifecycle")
struct TransactionLifecycleTests {
    typealias F = ProcessingFixtures

    static let authorized = F.purchaseDate
    static let settled = F.purchaseDate.addingTimeInterval(F.day)
    static let later = F.purchaseDate.addingTimeInterval(2 * F.day)

    func lifecycle(_ events: [TransactionEvent]) throws -> TransactionLifecycle {
        try #require(TransactionLifecycle(events: events))
    }

    @Test("No events make no lifecycle")
    func empty() {
        #expect(TransactionLifecycle(events: []) == nil)
    }

    @Test("An approval alone is APPROVED, dated by its authorization")
    func approvedOnly() throws {
        let lifecycle = try self.lifecycle([F.approved("a", tx: "t", 10_000, at: Self.authorized)])
        #expect(lifecycle.status == .approved)
        #expect(lifecycle.amountCents == 10_000)
        #expect(lifecycle.settledCents == 0)
        #expect(lifecycle.hasPurchase)
        #expect(lifecycle.purchaseDate == Self.authorized)
    }

    @Test("Dual message, cleared: APPROVED then SETTLED is SETTLED, bought on the authorization date")
    func dualMessageCleared() throws {
        let lifecycle = try self.lifecycle([
            F.approved("a", tx: "t", 10_000, at: Self.authorized),
            F.settled("s", tx: "t", 10_000, authorized: Self.authorized, settled: Self.settled),
        ])
        #expect(lifecycle.status == .settled)
        #expect(lifecycle.settledCents == 10_000)
        #expect(lifecycle.amountCents == 10_000)
        #expect(lifecycle.purchaseDate == Self.authorized)
        #expect(lifecycle.settlements.map(\.date) == [Self.settled])
        #expect(lifecycle.authorization?.eventID == "a")
    }

    @Test(
        "Dual message, declined or reversed: the cancellation is the state",
        arguments: [
            TransactionStatus.declined, .reversed,
        ]
    )
    func dualMessageCancelled(status: TransactionStatus) throws {
        let lifecycle = try self.lifecycle([
            F.approved("a", tx: "t", 10_000, at: Self.authorized),
            F.final("c", tx: "t", status, 10_000, at: Self.settled),
        ])
        #expect(lifecycle.status == status)
        #expect(lifecycle.cancellation?.status == status)
        #expect(lifecycle.cancellation?.step.date == Self.settled)
        #expect(lifecycle.settledCents == 0)
        #expect(lifecycle.purchaseDate == Self.authorized)
    }

    @Test("Single message (PIN debit): SETTLED alone, with both dates, bought on the authorization date")
    func singleMessage() throws {
        let lifecycle = try self.lifecycle([
            F.settled("s", tx: "t", 10_000, authorized: Self.authorized, settled: Self.settled)
        ])
        #expect(lifecycle.status == .settled)
        #expect(lifecycle.authorization == nil)
        #expect(lifecycle.settledCents == 10_000)
        #expect(lifecycle.hasPurchase)
        #expect(lifecycle.purchaseDate == Self.authorized)
        #expect(lifecycle.settlements.map(\.date) == [Self.settled])
    }

    @Test("One authorization, two settlements ($75 then $25 on different days) add up to $100")
    func twoSettlements() throws {
        let lifecycle = try self.lifecycle([
            F.approved("a", tx: "t", 10_000, at: Self.authorized),
            F.settled("s2", tx: "t", 2_500, authorized: Self.authorized, settled: Self.later),
            F.settled("s1", tx: "t", 7_500, authorized: Self.authorized, settled: Self.settled),
        ])
        #expect(lifecycle.status == .settled)
        #expect(lifecycle.settledCents == 10_000)
        #expect(lifecycle.purchaseCents == 10_000)
        #expect(lifecycle.settlements.map(\.eventID) == ["s1", "s2"])
        #expect(lifecycle.settlements.map(\.amountCents) == [7_500, 2_500])
        #expect(lifecycle.purchaseDate == Self.authorized)
    }

    @Test("A partial return leaves the transaction SETTLED; returns covering the settled total make it RETURNED")
    func returns() throws {
        let partial = try self.lifecycle([
            F.settled("s", tx: "t", 10_000, authorized: Self.authorized, settled: Self.settled),
            F.final("r1", tx: "t", .returned, 4_000, at: Self.later),
        ])
        #expect(partial.status == .settled)
        #expect(partial.returnedCents == 4_000)
        #expect(partial.settledCents == 10_000)

        let full = try self.lifecycle([
            F.settled("s", tx: "t", 10_000, authorized: Self.authorized, settled: Self.settled),
            F.final("r1", tx: "t", .returned, 4_000, at: Self.later),
            F.final("r2", tx: "t", .returned, 6_000, at: Self.later.addingTimeInterval(60)),
        ])
        #expect(full.status == .returned)
        #expect(full.returnedCents == 10_000)
        #expect(full.returns.map(\.eventID) == ["r1", "r2"])
    }

    @Test("A return sent as a negative amount counts by its size")
    func negativeReturn() throws {
        let lifecycle = try self.lifecycle([
            F.settled("s", tx: "t", 10_000, authorized: Self.authorized, settled: Self.settled),
            F.final("r", tx: "t", .returned, -10_000, at: Self.later),
        ])
        #expect(lifecycle.returnedCents == 10_000)
        #expect(lifecycle.status == .returned)
    }

    @Test("A return of a purchase we never saw is RETURNED, no purchase, dated by its transaction date")
    func orphanReturn() throws {
        let lifecycle = try self.lifecycle([F.final("r", tx: "t", .returned, 2_000, at: Self.later)])
        #expect(lifecycle.status == .returned)
        #expect(!lifecycle.hasPurchase)
        #expect(lifecycle.amountCents == 2_000)
        #expect(lifecycle.purchaseCents == 0)
        #expect(lifecycle.purchaseDate == Self.later)
    }

    @Test("A matchedTransaction (no status) is a completed purchase")
    func matchedTransaction() throws {
        let event = F.event(
            "m",
            tx: "t",
            nil,
            5_000,
            kind: .matchedTransaction,
            date: Self.authorized,
            matchedOfferID: "hilltop-everyone"
        )
        let lifecycle = try self.lifecycle([event])
        #expect(lifecycle.status == .settled)
        #expect(lifecycle.settledCents == 5_000)
        #expect(lifecycle.purchaseDate == Self.authorized)
    }

    static let scenarios: [(String, [TransactionEvent])] = [
        (
            "cleared",
            [
                F.approved("a", tx: "t", 10_000, at: authorized),
                F.settled("s", tx: "t", 10_000, authorized: authorized, settled: settled),
            ]
        ),
        ("declined", [F.approved("a", tx: "t", 10_000, at: authorized), F.final("d", tx: "t", .declined, 10_000)]),
        ("reversed", [F.approved("a", tx: "t", 10_000, at: authorized), F.final("v", tx: "t", .reversed, 10_000)]),
        (
            "two settlements and a partial return",
            [
                F.approved("a", tx: "t", 10_000, at: authorized),
                F.settled("s1", tx: "t", 7_500, authorized: authorized, settled: settled),
                F.settled("s2", tx: "t", 2_500, authorized: authorized, settled: later),
                F.final("r", tx: "t", .returned, 3_000, at: later.addingTimeInterval(F.day)),
            ]
        ),
        (
            "settled then fully returned in two parts",
            [
                F.settled("s", tx: "t", 10_000, authorized: authorized, settled: settled),
                F.final("r1", tx: "t", .returned, 4_000, at: later),
                F.final("r2", tx: "t", .returned, 6_000, at: later.addingTimeInterval(F.day)),
            ]
        ),
        (
            "two authorizations (re-authorized), settled",
            [
                F.approved("a1", tx: "t", 9_000, at: authorized),
                F.approved("a2", tx: "t", 10_000, at: authorized.addingTimeInterval(3_600)),
                F.settled("s", tx: "t", 10_000, authorized: authorized, settled: settled),
            ]
        ),
    ]

    @Test("Every order of arrival gives the same end state", arguments: Self.scenarios.indices)
    func orderDoesNotMatter(scenario: Int) throws {
        let (name, events) = Self.scenarios[scenario]
        let reference = try self.lifecycle(events)
        for permutation in F.permutations(events) {
            let lifecycle = try self.lifecycle(permutation)
            #expect(lifecycle.status == reference.status, "\(name): \(permutation.map(\.eventID))")
            #expect(lifecycle.settledCents == reference.settledCents, "\(name): \(permutation.map(\.eventID))")
            #expect(lifecycle.returnedCents == reference.returnedCents, "\(name): \(permutation.map(\.eventID))")
            #expect(lifecycle.purchaseDate == reference.purchaseDate, "\(name): \(permutation.map(\.eventID))")
            #expect(lifecycle.amountCents == reference.amountCents, "\(name): \(permutation.map(\.eventID))")
            #expect(lifecycle.describingEvent == reference.describingEvent, "\(name): \(permutation.map(\.eventID))")
        }
    }

    @Test("The end states of the scenarios, worked by hand")
    func scenarioEndStates() throws {
        let reauthorized = Self.authorized.addingTimeInterval(3_600)
        let expected: [(TransactionStatus, Int64, Int64, Date)] = [
            (.settled, 10_000, 0, Self.authorized), (.declined, 0, 0, Self.authorized),
            (.reversed, 0, 0, Self.authorized), (.settled, 10_000, 3_000, Self.authorized),
            (.returned, 10_000, 10_000, Self.authorized), (.settled, 10_000, 0, reauthorized),
        ]
        for (index, (status, settled, returned, date)) in expected.enumerated() {
            let lifecycle = try self.lifecycle(Self.scenarios[index].1)
            #expect(lifecycle.status == status, "\(Self.scenarios[index].0)")
            #expect(lifecycle.settledCents == settled, "\(Self.scenarios[index].0)")
            #expect(lifecycle.returnedCents == returned, "\(Self.scenarios[index].0)")
            #expect(lifecycle.purchaseDate == date, "\(Self.scenarios[index].0)")
        }
    }

    @Test("Of two authorizations, the latest is the one that counts")
    func latestAuthorization() throws {
        let lifecycle = try self.lifecycle([
            F.approved("a2", tx: "t", 10_000, at: Self.authorized.addingTimeInterval(3_600)),
            F.approved("a1", tx: "t", 9_000, at: Self.authorized),
        ])
        #expect(lifecycle.authorization?.eventID == "a2")
        #expect(lifecycle.amountCents == 10_000)
    }
}
