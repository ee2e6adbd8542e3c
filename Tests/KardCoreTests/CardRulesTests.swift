import KardCore
import Testing

@Suite("Card number rules")
struct CardRulesTests {
    @Test(
        "BINs are 6 to 8 digits and never a full card number",
        arguments: [
            ("123456", true), ("12345678", true), ("12345", false), ("123456789", false), ("12345a", false),
            ("4111111111111111", false), ("4111 1111 1111 1111", false),
        ]
    )
    func bins(value: String, valid: Bool) {
        #expect((CardNumberRules.problem(withBIN: value) == nil) == valid)
    }

    @Test(
        "Last four is exactly 4 digits",
        arguments: [("4321", true), ("432", false), ("43210", false), ("43a1", false)]
    )
    func lastFour(value: String, valid: Bool) {
        #expect((CardNumberRules.problem(withLastFour: value) == nil) == valid)
    }

    @Test("A full card number is recognised with or without separators")
    func fullNumbers() {
        #expect(CardNumberRules.looksLikeFullCardNumber("5555-5555-5555-4444"))
        #expect(CardNumberRules.looksLikeFullCardNumber("378282246310005"))
        #expect(!CardNumberRules.looksLikeFullCardNumber("12345678"))
        #expect(CardNumberRules.problem(withLastFour: "4111111111111111")?.contains("full card number") == true)
    }

    @Test(
        "Every spelling of a network is read",
        arguments: [
            ("VISA", CardNetwork.visa), ("mastercard", .mastercard), ("AMERICAN EXPRESS", .americanExpress),
            ("AMERICANEXPRESS", .americanExpress), ("AMERICAN_EXPRESS", .americanExpress), ("Discover", .discover),
        ]
    )
    func networks(spelling: String, network: CardNetwork) {
        #expect(CardNetwork(spelling: spelling) == network)
    }

    @Test("Unknown networks are not guessed")
    func unknownNetwork() {
        #expect(CardNetwork(spelling: "JCB") == nil)
    }
}
