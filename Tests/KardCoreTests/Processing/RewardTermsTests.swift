import KardCore
import Testing

@Suite("Reward terms")
struct RewardTermsTests {
    typealias F = ProcessingFixtures

    func terms(
        _ commission: Int64,
        type: RewardType = .percent,
        maximumTransactionCents: Int64? = nil,
        maximumRewardCents: Int64? = nil,
        splits: CommissionSplits = .standard
    ) -> RewardTerms {
        RewardTerms(
            offer: F.offer(
                "o",
                merchant: F.hilltop,
                type: type,
                commission: commission,
                maximumTransactionCents: maximumTransactionCents,
                maximumRewardCents: maximumRewardCents
            ),
            splits: splits
        )
    }

    func shares(_ commission: Int64, _ issuer: Int64, _ user: Int64) -> RewardShares {
        RewardShares(commissionCents: commission, issuerCents: issuer, userCents: user)
    }

    @Test("A percent commission is basis points of the amount, split 70 % to the issuer and half of that onward")
    func percent() {
        // 10 % of $100.00 = $10.00; 70 % = $7.00; 50 % of that = $3.50.
        #expect(self.terms(1_000).shares(forPurchaseOf: 10_000) == self.shares(1_000, 700, 350))
        // 5 % of $100.00 = $5.00; 70 % = $3.50; 50 % = $1.75.
        #expect(self.terms(500).shares(forPurchaseOf: 10_000) == self.shares(500, 350, 175))
    }

    @Test("Each split rounds down on its own, so the cardholder gets a cent less than the exact product")
    func roundsDownAtEachSplit() {
        // 2.5 % of $123.45 = 308.625 → 308; 70 % = 215.6 → 215; 50 % = 107.5 → 107
        // (the exact product 12345 × 0.025 × 0.7 × 0.5 = 108.0 would give 108).
        #expect(self.terms(250).shares(forPurchaseOf: 12_345) == self.shares(308, 215, 107))
        // 10 % of $0.99 = 9.9 → 9; 70 % = 6.3 → 6; 50 % = 3.
        #expect(self.terms(1_000).shares(forPurchaseOf: 99) == self.shares(9, 6, 3))
        // Issuer 70 %, cardholder 75 % of it: 10 % of $10.10 = 101; 70 % = 70.7 → 70; 75 % = 52.5 → 52
        // (75 % of the unrounded 70.7 would give 53).
        let splits = CommissionSplits(
            affiliateBasisPoints: 0,
            cardLinkedBasisPoints: 7_000,
            cardLinkedUserBasisPoints: 7_500
        )
        #expect(self.terms(1_000, splits: splits).shares(forPurchaseOf: 1_010) == self.shares(101, 70, 52))
        // 10 % of $0.09 = 0.9 → nothing at all.
        #expect(self.terms(1_000).shares(forPurchaseOf: 9) == .zero)
    }

    @Test("The commission is computed on at most maximumTransactionCents")
    func maximumTransaction() {
        let terms = self.terms(1_000, maximumTransactionCents: 5_000)
        #expect(terms.shares(forPurchaseOf: 10_000) == self.shares(500, 350, 175))
        #expect(terms.shares(forPurchaseOf: 4_000) == self.shares(400, 280, 140))
    }

    @Test("The commission is capped at maximumRewardCents")
    func maximumReward() {
        let terms = self.terms(1_000, maximumRewardCents: 300)
        #expect(terms.shares(forPurchaseOf: 10_000) == self.shares(300, 210, 105))
        #expect(terms.shares(forPurchaseOf: 2_000) == self.shares(200, 140, 70))
    }

    @Test("A flat commission is the same for any purchase, and is capped too")
    func flat() {
        #expect(self.terms(500, type: .flat).shares(forPurchaseOf: 1) == self.shares(500, 350, 175))
        #expect(self.terms(500, type: .flat).shares(forPurchaseOf: 1_000_000) == self.shares(500, 350, 175))
        #expect(
            self.terms(500, type: .flat, maximumRewardCents: 200).shares(forPurchaseOf: 100)
                == self.shares(200, 140, 70)
        )
    }

    @Test("Nothing is earned on a zero or negative amount", arguments: [0, -1, -10_000] as [Int64])
    func nonPositive(amount: Int64) {
        #expect(self.terms(1_000).shares(forPurchaseOf: amount) == .zero)
        #expect(self.terms(500, type: .flat).shares(forPurchaseOf: amount) == .zero)
    }

    @Test("Other splits apply as given")
    func otherSplits() {
        let splits = CommissionSplits(
            affiliateBasisPoints: 0,
            cardLinkedBasisPoints: 8_000,
            cardLinkedUserBasisPoints: 10_000
        )
        // 10 % of $50.00 = $5.00; 80 % = $4.00; 100 % of that = $4.00.
        #expect(self.terms(1_000, splits: splits).shares(forPurchaseOf: 5_000) == self.shares(500, 400, 400))
    }

    @Test("Shares add and subtract member by member")
    func arithmetic() {
        let a = self.shares(1_000, 700, 350)
        let b = self.shares(750, 525, 262)
        #expect(a - b == self.shares(250, 175, 88))
        #expect(a + b == self.shares(1_750, 1_225, 612))
        #expect(-a == self.shares(-1_000, -700, -350))
        #expect((a - a).isZero)
    }

    @Test("The explanation spells out the maths with the numbers")
    func explain() {
        #expect(
            self.terms(500).explain(forPurchaseOf: 10_000)
                == "5% of $100.00 = $5.00 commission; issuer 70% = $3.50; cardholder 50% of that = $1.75"
        )
        let fractional = self.terms(250).explain(forPurchaseOf: 12_345)
        for number in ["2.5%", "$123.45", "$3.08", "$2.15", "$1.07"] {
            #expect(fractional.contains(number), "\(number) in \(fractional)")
        }
        let limited = self.terms(1_000, maximumTransactionCents: 5_000).explain(forPurchaseOf: 10_000)
        #expect(limited.contains("10% of $50.00"))
        #expect(limited.contains("maximum purchase"))
        let capped = self.terms(1_000, maximumRewardCents: 300).explain(forPurchaseOf: 10_000)
        #expect(capped.contains("capped at $3.00"))
        #expect(capped.contains("= $3.00 commission"))
        let flat = self.terms(500, type: .flat).explain(forPurchaseOf: 2_000)
        #expect(flat.contains("flat $5.00"))
        #expect(flat.contains("$1.75"))
        #expect(self.terms(205).explain(forPurchaseOf: 10_000).hasPrefix("2.05% of $100.00 = $2.05 commission"))
    }

    @Test("Money is written in dollars and cents")
    func money() {
        #expect(Money.format(0) == "$0.00")
        #expect(Money.format(5) == "$0.05")
        #expect(Money.format(123_450) == "$1234.50")
        #expect(Money.format(-350) == "-$3.50")
    }
}
