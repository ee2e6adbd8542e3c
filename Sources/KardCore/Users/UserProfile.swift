/// What an issuer tells us about a cardholder. Every field but `enrolledRewards` is optional.
public struct UserProfile: Sendable, Equatable {
    /// The programs the user is enrolled in; empty means unenrolled (the record is kept).
    public var enrolledRewards: [RewardProgram]
    public var zipCode: String?
    public var email: String?
    /// SHA-256 of the normalised email, lowercase hexadecimal.
    public var hashedEmail: String?
    /// E.164 phone number.
    public var phoneNumber: String?
    public var birthYear: String?
    /// One-way flag: once `true`, it stays `true`.
    public var historicalTransactionsSent: Bool
    public var phoneNumbers: [PhoneNumber]
    public var postalCodes: [PostalCode]
    // Legacy-only fields.
    public var userName: String?
    public var firstName: String?
    public var lastName: String?
    public var externalPartnerUserID: String?

    public init(
        enrolledRewards: [RewardProgram],
        zipCode: String? = nil,
        email: String? = nil,
        hashedEmail: String? = nil,
        phoneNumber: String? = nil,
        birthYear: String? = nil,
        historicalTransactionsSent: Bool = false,
        phoneNumbers: [PhoneNumber] = [],
        postalCodes: [PostalCode] = [],
        userName: String? = nil,
        firstName: String? = nil,
        lastName: String? = nil,
        externalPartnerUserID: String? = nil
    ) {
        self.enrolledRewards = enrolledRewards
        self.zipCode = zipCode
        self.email = email
        self.hashedEmail = hashedEmail
        self.phoneNumber = phoneNumber
        self.birthYear = birthYear
        self.historicalTransactionsSent = historicalTransactionsSent
        self.phoneNumbers = phoneNumbers
        self.postalCodes = postalCodes
        self.userName = userName
        self.firstName = firstName
        self.lastName = lastName
        self.externalPartnerUserID = externalPartnerUserID
    }
}

/// One of a user's phone numbers (the SDK's `phoneNumbers` list).
public struct PhoneNumber: Sendable, Equatable, Codable {
    public var number: String
    /// `MOBILE`, `HOME`, `WORK` or `OTHER`; `nil` when the issuer did not say.
    public var type: String?

    public init(number: String, type: String? = nil) {
        self.number = number
        self.type = type
    }

    public static let types: Set<String> = ["MOBILE", "HOME", "WORK", "OTHER"]
}

/// One of a user's postal codes (the SDK's `postalCodes` list).
public struct PostalCode: Sendable, Equatable, Codable {
    public var code: String
    /// `PHYSICAL`, `BILLING` or `OTHER`; `nil` when the issuer did not say.
    public var type: String?

    public init(code: String, type: String? = nil) {
        self.code = code
        self.type = type
    }

    public static let types: Set<String> = ["PHYSICAL", "BILLING", "OTHER"]
}
