/// A user as legacy `POST /users/users/{id}/cards` and `PUT /users/users/{id}` return it.
public struct LegacyUserResponse: Codable, Sendable, Equatable {
    /// Kard's internal user id.
    public var id: String
    /// The issuer's user id.
    public var referringPartnerUserId: String
    /// The issuer's name.
    public var referringPartner: String
    /// Email.
    public var email: String?
    /// SHA-256 of the normalised email.
    public var hashedEmail: String?
    /// Phone number.
    public var phoneNumber: String?
    /// Birth year.
    public var birthYear: String?
    /// User name.
    public var userName: String?
    /// First name.
    public var firstName: String?
    /// Last name.
    public var lastName: String?
    /// ZIP code.
    public var zipCode: String?
    /// Another id of the user at the partner.
    public var externalPartnerUserId: String?
    /// Programs the user is enrolled in.
    public var enrolledRewards: [EnrolledReward]
    /// Registered cards.
    public var cards: [LegacyCardResponse]
    /// Creation time, ISO 8601.
    public var createdDate: String
    /// Last change, ISO 8601.
    public var lastModified: String
    /// Document version (always 0).
    public var version: Int

    /// Creates a user answer.
    public init(
        id: String,
        referringPartnerUserId: String,
        referringPartner: String,
        email: String? = nil,
        hashedEmail: String? = nil,
        phoneNumber: String? = nil,
        birthYear: String? = nil,
        userName: String? = nil,
        firstName: String? = nil,
        lastName: String? = nil,
        zipCode: String? = nil,
        externalPartnerUserId: String? = nil,
        enrolledRewards: [EnrolledReward],
        cards: [LegacyCardResponse],
        createdDate: String,
        lastModified: String
    ) {
        self.id = id
        self.referringPartnerUserId = referringPartnerUserId
        self.referringPartner = referringPartner
        self.email = email
        self.hashedEmail = hashedEmail
        self.phoneNumber = phoneNumber
        self.birthYear = birthYear
        self.userName = userName
        self.firstName = firstName
        self.lastName = lastName
        self.zipCode = zipCode
        self.externalPartnerUserId = externalPartnerUserId
        self.enrolledRewards = enrolledRewards
        self.cards = cards
        self.createdDate = createdDate
        self.lastModified = lastModified
        self.version = 0
    }

    enum CodingKeys: String, CodingKey {
        case id = "_id"
        case version = "__v"
        case referringPartnerUserId, referringPartner, email, hashedEmail, phoneNumber, birthYear, userName
        case firstName, lastName, zipCode, externalPartnerUserId, enrolledRewards, cards, createdDate, lastModified
    }
}
