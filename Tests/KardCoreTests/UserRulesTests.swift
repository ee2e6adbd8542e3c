import KardCore
import Testing

@Suite("User profile rules")
struct UserRulesTests {
    static let cardLinked: Set<RewardProgram> = [.cardLinked]

    @Test(
        "Each malformed field is reported at its own path",
        arguments: [
            (UserInput(enrolledRewards: ["CARDLINKED"], zipCode: "1123"), "zipCode"),
            (UserInput(enrolledRewards: ["CARDLINKED"], zipCode: "11238-12"), "zipCode"),
            (UserInput(enrolledRewards: ["CARDLINKED"], email: "no-at-sign"), "email"),
            (UserInput(enrolledRewards: ["CARDLINKED"], email: "two@@example.com"), "email"),
            (UserInput(enrolledRewards: ["CARDLINKED"], hashedEmail: "abc"), "hashedEmail"),
            (UserInput(enrolledRewards: ["CARDLINKED"], phoneNumber: "4155550123"), "phoneNumber"),
            (UserInput(enrolledRewards: ["CARDLINKED"], phoneNumber: "+0155550123"), "phoneNumber"),
            (UserInput(enrolledRewards: ["CARDLINKED"], birthYear: "90"), "birthYear"),
            (UserInput(enrolledRewards: ["AFFILIATE"]), "enrolledRewards/0"),
            (UserInput(enrolledRewards: ["CARDLINKED", "cardlinked"]), "enrolledRewards/1"),
            (UserInput(enrolledRewards: nil), "enrolledRewards"),
            (
                UserInput(enrolledRewards: [], phoneNumbers: [PhoneNumber(number: "+14155550123", type: "FAX")]),
                "phoneNumbers/0/type"
            ),
            (UserInput(enrolledRewards: [], postalCodes: [PostalCode(code: "1234")]), "postalCodes/0/code"),
        ]
    )
    func invalidField(input: UserInput, field: String) {
        let result = UserRules.newProfile(from: input, programs: Self.cardLinked, defaultPrograms: nil)
        guard case .failure(.invalid(let issues)) = result else {
            Issue.record("expected a validation failure, got \(result)")
            return
        }
        #expect(issues.map(\.field) == [field])
    }

    @Test("A complete valid profile is kept as given, with the hashed email lowercased")
    func validProfile() throws {
        let input = UserInput(
            enrolledRewards: ["CARDLINKED", "CARDLINKED"],
            zipCode: "11238-1234",
            email: "jane@example.com",
            hashedEmail: String(repeating: "AB", count: 32),
            phoneNumber: "+14155550123",
            birthYear: "1990",
            historicalTransactionsSent: true,
            phoneNumbers: (0..<10).map { PhoneNumber(number: "+1415555010\($0)") }
        )
        let profile = try UserRules.newProfile(from: input, programs: Self.cardLinked, defaultPrograms: nil).get()
        #expect(profile.enrolledRewards == [.cardLinked])
        #expect(profile.hashedEmail == String(repeating: "ab", count: 32))
        #expect(profile.historicalTransactionsSent)
        #expect(profile.phoneNumbers.count == 10)
    }

    @Test("Eleven phone numbers are too many")
    func listLimit() {
        let input = UserInput(
            enrolledRewards: [],
            phoneNumbers: (0..<11).map { PhoneNumber(number: "+1415555010\($0)") }
        )
        let result = UserRules.newProfile(from: input, programs: Self.cardLinked, defaultPrograms: nil)
        guard case .failure(.invalid(let issues)) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(issues.map(\.field).contains("phoneNumbers"))
    }

    @Test("An update keeps absent fields and refuses to clear historicalTransactionsSent")
    func updates() throws {
        let current = UserProfile(enrolledRewards: [.cardLinked], zipCode: "11238", historicalTransactionsSent: true)
        let updated = try UserRules.updatedProfile(
            current,
            with: UserInput(enrolledRewards: [], email: "a@b.co"),
            programs: Self.cardLinked,
            enrolledRewardsRequired: true
        ).get()
        #expect(updated.zipCode == "11238")
        #expect(updated.enrolledRewards == [])
        #expect(updated.email == "a@b.co")
        let refused = UserRules.updatedProfile(
            current,
            with: UserInput(enrolledRewards: ["CARDLINKED"], historicalTransactionsSent: false),
            programs: Self.cardLinked,
            enrolledRewardsRequired: true
        )
        #expect(throws: DomainError.self) { try refused.get() }
    }

    @Test("Legacy defaults enroll in card-linked offers when enrolledRewards is absent")
    func legacyDefault() throws {
        let profile = try UserRules.newProfile(
            from: UserInput(email: "a@b.co"),
            programs: Set(RewardProgram.allCases),
            defaultPrograms: [.cardLinked]
        ).get()
        #expect(profile.enrolledRewards == [.cardLinked])
    }

    @Test(
        "User ids",
        arguments: [
            ("", false), ("abc", true), ("a/b", false), ("tab\there", false),
            (String(repeating: "x", count: 256), false),
        ]
    )
    func userIDs(id: String, valid: Bool) {
        #expect((UserRules.problem(withID: id) == nil) == valid)
    }
}
