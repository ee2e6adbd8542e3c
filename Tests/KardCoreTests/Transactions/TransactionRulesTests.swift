import Foundation
import KardCore
import Testing

@Suite("Transaction event rules")
struct TransactionRulesTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    /// A valid APPROVED card transaction, to be broken one field at a time.
    static func approved() -> TransactionInput {
        var input = TransactionInput(eventID: "evt-1", kind: "transaction")
        input.userID = "user-1"
        input.transactionID = "txn-1"
        input.status = "APPROVED"
        input.amount = 1000
        input.currency = "USD"
        input.description = "ADVANCEAUTO"
        input.direction = "DEBIT"
        input.paymentType = "CARD"
        input.cardBIN = "123456"
        input.cardLastFour = "4321"
        input.authorizationDate = .valid(now.addingTimeInterval(-3600))
        return input
    }

    func fields(_ input: TransactionInput) -> [String] {
        switch TransactionRules.event(from: input, organization: OrganizationID("org"), now: Self.now) {
        case .success: return []
        case .failure(.invalid(let issues)): return issues.map(\.field)
        case .failure(let error): return ["unexpected \(error)"]
        }
    }

    @Test("A complete APPROVED event is accepted")
    func valid() throws {
        #expect(self.fields(Self.approved()) == [])
        var lowercase = Self.approved()
        lowercase.status = "approved"
        lowercase.currency = "usd"
        let event = try TransactionRules.event(from: lowercase, organization: OrganizationID("org"), now: Self.now)
            .get()
        #expect(event.status == .approved)
        #expect(event.currency == "USD")
    }

    @Test(
        "Each status requires its date",
        arguments: [
            ("APPROVED", "authorizationDate"), ("SETTLED", "settledDate"), ("REVERSED", "transactionDate"),
            ("RETURNED", "transactionDate"), ("DECLINED", "transactionDate"),
        ]
    )
    func requiredDates(status: String, field: String) {
        var input = Self.approved()
        input.status = status
        input.authorizationDate = .absent
        #expect(self.fields(input) == [field])
    }

    @Test("Broken fields are each reported at their own path")
    func brokenFields() {
        var input = Self.approved()
        input.amount = -1
        input.currency = "DOLLARS"
        input.mcc = "12"
        input.cardBIN = "4111111111111111"
        input.cardLastFour = "43210"
        input.direction = "SIDEWAYS"
        input.cardNetwork = "JCB"
        input.settledDate = .invalid("yesterday")
        #expect(
            Set(self.fields(input)) == [
                "amount", "currency", "mcc", "cardBIN", "cardLastFour", "direction", "cardNetwork", "settledDate",
            ]
        )
        var missing = TransactionInput(eventID: "", kind: "transaction")
        missing.status = "SETTLED"
        missing.settledDate = .valid(Self.now)
        #expect(
            Set(self.fields(missing)).isSuperset(of: [
                "id", "userId", "transactionId", "description", "amount", "currency", "direction", "paymentType",
                "cardBIN", "cardLastFour",
            ])
        )
    }

    @Test("Dates far in the future or before 2000 are refused")
    func dateBounds() {
        var future = Self.approved()
        future.authorizationDate = .valid(Self.now.addingTimeInterval(3 * 86_400))
        #expect(self.fields(future) == ["authorizationDate"])
        var ancient = Self.approved()
        ancient.authorizationDate = .valid(Date(timeIntervalSince1970: 0))
        #expect(self.fields(ancient) == ["authorizationDate"])
    }

    @Test("Card numbers hidden in descriptions are refused")
    func hiddenCardNumbers() {
        var input = Self.approved()
        input.description = "PAYMENT 4111 1111 1111 1111 THANK YOU"
        #expect(self.fields(input) == ["description"])
        #expect(PANDetector.containsCardNumber("4111-1111-1111-1111"))
        #expect(!PANDetector.containsCardNumber("ORDER 4111111111111112"))
        #expect(!PANDetector.containsCardNumber("SQ *HILLTOP BBQ 542814140150267"))
    }

    @Test("Matched and core transactions have their own rules")
    func otherKinds() {
        var matched = Self.approved()
        matched.kind = "matchedTransaction"
        matched.status = nil
        matched.currency = nil
        #expect(self.fields(matched) == [])
        matched.status = "APPROVED"
        #expect(self.fields(matched) == ["status"])

        var core = Self.approved()
        core.kind = "coreTransaction"
        core.status = "SETTLED"
        core.settledDate = .valid(Self.now)
        core.cardBIN = nil
        core.cardLastFour = nil
        core.cardLastFours = ["1234", "5678"]
        #expect(self.fields(core) == [])
        core.status = "APPROVED"
        #expect(self.fields(core) == ["status"])

        var unknown = Self.approved()
        unknown.kind = "wireTransfer"
        #expect(self.fields(unknown) == ["type"])
    }

    @Test(
        "Merchant states arrive as USPS codes, names or FIPS codes",
        arguments: [
            ("GA", "GA"), ("Georgia", "GA"), ("13", "GA"), ("6", "CA"), ("new york", "NY"),
            ("District of Columbia", "DC"),
        ]
    )
    func states(given: String, code: String) throws {
        var input = Self.approved()
        var merchant = TransactionInput.MerchantInput()
        merchant.state = given
        merchant.latitude = "33.7490"
        merchant.longitude = "-84.3880"
        input.merchant = merchant
        let event = try TransactionRules.event(from: input, organization: OrganizationID("org"), now: Self.now).get()
        #expect(event.merchant?.state == code)
        #expect(event.merchant?.latitude == 33.7490)
    }

    @Test("Unknown states and coordinates out of range are refused")
    func badMerchant() {
        var input = Self.approved()
        var merchant = TransactionInput.MerchantInput()
        merchant.state = "Atlantis"
        merchant.latitude = "123"
        input.merchant = merchant
        #expect(Set(self.fields(input)) == ["merchant/addrState", "merchant/latitude"])
    }
}
