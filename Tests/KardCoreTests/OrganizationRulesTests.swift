import KardCore
import Testing

@Suite("Organization rules")
struct OrganizationRulesTests {
    @Test(
        "Child names: at least one letter, letters and spaces only",
        arguments: [
            ("Acme Child", true), ("A", true), ("123", false), ("Bank 2", false), ("  ", false), ("Ünïcode Bank", true),
        ]
    )
    func childNames(name: String, valid: Bool) {
        #expect((OrganizationRules.problem(withChildName: name) == nil) == valid)
    }

    @Test(
        "Issuer names are usable in sandbox persona ids",
        arguments: [("acme_bank", true), ("ACME-1", true), ("Acme Bank", false), ("", false), ("bänk", false)]
    )
    func issuerNames(name: String, valid: Bool) {
        #expect((OrganizationRules.problem(withIssuerName: name) == nil) == valid)
    }

    @Test("Random digits have the requested length and no leading zero")
    func randomDigits() {
        let generator = SystemIDGenerator()
        for _ in 0..<200 {
            let digits = generator.randomDigits(8)
            #expect(digits.count == 8)
            #expect(digits.allSatisfy { $0.isNumber })
            #expect(digits.first != "0")
        }
    }
}
