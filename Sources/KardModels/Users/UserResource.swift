/// A v2 user resource: `{"type": "user", "id", "attributes"}`.
public struct UserResource: Codable, Sendable, Equatable {
    /// Must be `user`.
    public var type: String
    /// The issuer's user id.
    public var id: String
    /// The user's attributes.
    public var attributes: UserAttributes

    /// Creates a user resource.
    public init(id: String, attributes: UserAttributes) {
        self.type = "user"
        self.id = id
        self.attributes = attributes
    }
}

/// The attributes of a v2 user, as sent on create and update and returned on reads.
public struct UserAttributes: Codable, Sendable, Equatable {
    /// Programs to enroll in; `[]` unenrolls (the user is kept). Required by the API.
    public var enrolledRewards: [EnrolledReward]?
    /// US ZIP code.
    public var zipCode: String?
    /// Email address.
    public var email: String?
    /// SHA-256 of the normalised email (see `generateHEM`).
    public var hashedEmail: String?
    /// E.164 phone number.
    public var phoneNumber: String?
    /// Four-digit birth year.
    public var birthYear: String?
    /// One-way flag: once `true`, it cannot go back to `false`.
    public var historicalTransactionsSent: Bool?
    /// Up to 10 phone numbers; sending the list replaces the stored one.
    public var phoneNumbers: [UserPhoneNumber]?
    /// Up to 10 postal codes; sending the list replaces the stored one.
    public var postalCodes: [UserPostalCode]?

    /// Creates user attributes.
    public init(
        enrolledRewards: [EnrolledReward]?,
        zipCode: String? = nil,
        email: String? = nil,
        hashedEmail: String? = nil,
        phoneNumber: String? = nil,
        birthYear: String? = nil,
        historicalTransactionsSent: Bool? = nil,
        phoneNumbers: [UserPhoneNumber]? = nil,
        postalCodes: [UserPostalCode]? = nil
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
    }
}

/// A phone number of a user.
public struct UserPhoneNumber: Codable, Sendable, Equatable {
    /// E.164 number.
    public var number: String
    /// `MOBILE`, `HOME`, `WORK` or `OTHER`.
    public var type: String?

    /// Creates a phone number.
    public init(number: String, type: String? = nil) {
        self.number = number
        self.type = type
    }
}

/// A postal code of a user.
public struct UserPostalCode: Codable, Sendable, Equatable {
    /// Five digits.
    public var code: String
    /// `PHYSICAL`, `BILLING` or `OTHER`.
    public var type: String?

    /// Creates a postal code.
    public init(code: String, type: String? = nil) {
        self.code = code
        self.type = type
    }
}
