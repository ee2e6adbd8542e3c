/// A user's attributes as received, before validation. Enumerations are plain strings here so that an unknown
/// value is reported as a validation issue with its field, not as an undecodable body.
public struct UserInput: Sendable, Equatable {
    /// `nil` when the field was absent.
    public var enrolledRewards: [String]?
    public var zipCode: String?
    public var email: String?
    public var hashedEmail: String?
    public var phoneNumber: String?
    public var birthYear: String?
    public var historicalTransactionsSent: Bool?
    public var phoneNumbers: [PhoneNumber]?
    public var postalCodes: [PostalCode]?
    public var userName: String?
    public var firstName: String?
    public var lastName: String?
    public var externalPartnerUserID: String?

    public init(
        enrolledRewards: [String]? = nil,
        zipCode: String? = nil,
        email: String? = nil,
        hashedEmail: String? = nil,
        phoneNumber: String? = nil,
        birthYear: String? = nil,
        historicalTransactionsSent: Bool? = nil,
        phoneNumbers: [PhoneNumber]? = nil,
        postalCodes: [PostalCode]? = nil,
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
