/// The validation rules for user ids and profile fields, shared by the v2 and legacy APIs.
public enum UserRules {
    /// The longest user id accepted.
    public static let maximumIDLength = 255
    /// At most this many `phoneNumbers` or `postalCodes` per user.
    public static let maximumListLength = 10

    /// Checks a user id. Returns the problem, or `nil` when the id is acceptable.
    public static func problem(withID id: String) -> String? {
        if id.isEmpty { return "User id must not be empty." }
        if id.count > self.maximumIDLength { return "User id must be at most \(self.maximumIDLength) characters." }
        if id.contains("/") || id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "User id must not contain '/' or control characters."
        }
        return nil
    }

    /// Builds the profile a create request describes.
    /// - Parameters:
    ///   - input: the attributes as received.
    ///   - programs: the programs this API accepts in `enrolledRewards`.
    ///   - defaultPrograms: used when `enrolledRewards` is absent; `nil` makes the field required.
    public static func newProfile(
        from input: UserInput,
        programs: Set<RewardProgram>,
        defaultPrograms: [RewardProgram]?
    ) -> Result<UserProfile, DomainError> {
        self.profile(
            from: input,
            applyingTo: UserProfile(enrolledRewards: defaultPrograms ?? []),
            programs: programs,
            enrolledRewardsRequired: defaultPrograms == nil
        )
    }

    /// Applies an update to a stored profile. Absent fields keep their stored value.
    public static func updatedProfile(
        _ current: UserProfile,
        with input: UserInput,
        programs: Set<RewardProgram>,
        enrolledRewardsRequired: Bool
    ) -> Result<UserProfile, DomainError> {
        if current.historicalTransactionsSent && input.historicalTransactionsSent == false {
            return .failure(
                .invalid(
                    field: "historicalTransactionsSent",
                    "historicalTransactionsSent is already true and cannot be set back to false."
                )
            )
        }
        return self.profile(
            from: input,
            applyingTo: current,
            programs: programs,
            enrolledRewardsRequired: enrolledRewardsRequired
        )
    }

    private static func profile(
        from input: UserInput,
        applyingTo base: UserProfile,
        programs: Set<RewardProgram>,
        enrolledRewardsRequired: Bool
    ) -> Result<UserProfile, DomainError> {
        var issues: [ValidationIssue] = []
        var profile = base
        func issue(_ field: String, _ detail: String) { issues.append(ValidationIssue(field: field, detail: detail)) }

        if let rewards = input.enrolledRewards {
            var parsed: [RewardProgram] = []
            for (index, value) in rewards.enumerated() {
                if let program = RewardProgram(rawValue: value), programs.contains(program) {
                    if !parsed.contains(program) { parsed.append(program) }
                } else {
                    let allowed = programs.map(\.rawValue).sorted().joined(separator: ", ")
                    issue(
                        "enrolledRewards/\(index)",
                        "'\(value)' is not a rewards program; expected one of: \(allowed)."
                    )
                }
            }
            profile.enrolledRewards = parsed
        } else if enrolledRewardsRequired {
            issue("enrolledRewards", "enrolledRewards is required (send [] to enroll in no program).")
        }
        if let zip = input.zipCode {
            if ContactRules.isZipCode(zip) {
                profile.zipCode = zip
            } else {
                issue("zipCode", "zipCode must be a US ZIP code: 5 digits, optionally followed by -4 digits.")
            }
        }
        if let email = input.email {
            if ContactRules.isEmail(email) {
                profile.email = email
            } else {
                issue("email", "email must be an address of the form local@domain.")
            }
        }
        if let hashed = input.hashedEmail {
            if ContactRules.isSHA256Hex(hashed) {
                profile.hashedEmail = hashed.lowercased()
            } else {
                issue("hashedEmail", "hashedEmail must be a SHA-256 digest: 64 hexadecimal characters.")
            }
        }
        if let phone = input.phoneNumber {
            if ContactRules.isE164(phone) {
                profile.phoneNumber = phone
            } else {
                issue("phoneNumber", "phoneNumber must be in E.164 format, for example +14155550123.")
            }
        }
        if let year = input.birthYear {
            if ContactRules.isBirthYear(year) {
                profile.birthYear = year
            } else {
                issue("birthYear", "birthYear must be a four-digit year between 1900 and 2100.")
            }
        }
        if let sent = input.historicalTransactionsSent {
            profile.historicalTransactionsSent = profile.historicalTransactionsSent || sent
        }
        if let numbers = input.phoneNumbers {
            if numbers.count > self.maximumListLength {
                issue("phoneNumbers", "At most \(self.maximumListLength) phone numbers are accepted.")
            }
            for (index, number) in numbers.enumerated() {
                if !ContactRules.isE164(number.number) {
                    issue("phoneNumbers/\(index)/number", "Phone numbers must be in E.164 format.")
                }
                if let type = number.type, !PhoneNumber.types.contains(type) {
                    issue("phoneNumbers/\(index)/type", "type must be one of MOBILE, HOME, WORK, OTHER.")
                }
            }
            profile.phoneNumbers = numbers
        }
        if let codes = input.postalCodes {
            if codes.count > self.maximumListLength {
                issue("postalCodes", "At most \(self.maximumListLength) postal codes are accepted.")
            }
            for (index, code) in codes.enumerated() {
                if !(code.code.count == 5 && code.code.allSatisfy(\.isASCIIDigit)) {
                    issue("postalCodes/\(index)/code", "Postal codes must be 5 digits.")
                }
                if let type = code.type, !PostalCode.types.contains(type) {
                    issue("postalCodes/\(index)/type", "type must be one of PHYSICAL, BILLING, OTHER.")
                }
            }
            profile.postalCodes = codes
        }
        self.checkName(input.userName, field: "userName", into: &profile.userName, issues: &issues)
        self.checkName(input.firstName, field: "firstName", into: &profile.firstName, issues: &issues)
        self.checkName(input.lastName, field: "lastName", into: &profile.lastName, issues: &issues)
        self.checkName(
            input.externalPartnerUserID,
            field: "externalPartnerUserId",
            into: &profile.externalPartnerUserID,
            issues: &issues
        )
        return issues.isEmpty ? .success(profile) : .failure(.invalid(issues))
    }

    private static func checkName(
        _ value: String?,
        field: String,
        into stored: inout String?,
        issues: inout [ValidationIssue]
    ) {
        guard let value else { return }
        if value.isEmpty || value.count > 255 {
            issues.append(ValidationIssue(field: field, detail: "\(field) must be 1 to 255 characters."))
        } else {
            stored = value
        }
    }
}
