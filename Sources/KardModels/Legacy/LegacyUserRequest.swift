/// The body of legacy `POST /users/users` (`CreateUserRequestBody`) and `PUT /users/users/{id}` (`UserRequestBody`).
public struct LegacyUserRequest: Codable, Sendable, Equatable {
    /// The issuer's user id (the v2 `userId`). Required on create.
    public var referringPartnerUserId: String?
    /// Email; at least one of `email` and `userName` is required on create.
    public var email: String?
    /// User name; at least one of `email` and `userName` is required on create.
    public var userName: String?
    /// SHA-256 of the normalised email.
    public var hashedEmail: String?
    /// E.164 phone number.
    public var phoneNumber: String?
    /// Birth year.
    public var birthYear: String?
    /// First name.
    public var firstName: String?
    /// Last name.
    public var lastName: String?
    /// ZIP code (highly recommended).
    public var zipCode: String?
    /// Another id of the user at the partner.
    public var externalPartnerUserId: String?
    /// Programs; omitted means every program this platform runs; `[]` unenrolls.
    public var enrolledRewards: [EnrolledReward]?
    /// Cards to register (create only).
    public var cards: [LegacyCardInfo]?
    /// One card to register (deprecated form of `cards`).
    public var cardInfo: LegacyCardInfo?
    /// The issuer's name (informational).
    public var referringPartner: String?

    /// Creates a request.
    public init(
        referringPartnerUserId: String? = nil,
        email: String? = nil,
        userName: String? = nil,
        hashedEmail: String? = nil,
        phoneNumber: String? = nil,
        birthYear: String? = nil,
        firstName: String? = nil,
        lastName: String? = nil,
        zipCode: String? = nil,
        externalPartnerUserId: String? = nil,
        enrolledRewards: [EnrolledReward]? = nil,
        cards: [LegacyCardInfo]? = nil,
        cardInfo: LegacyCardInfo? = nil,
        referringPartner: String? = nil
    ) {
        self.referringPartnerUserId = referringPartnerUserId
        self.email = email
        self.userName = userName
        self.hashedEmail = hashedEmail
        self.phoneNumber = phoneNumber
        self.birthYear = birthYear
        self.firstName = firstName
        self.lastName = lastName
        self.zipCode = zipCode
        self.externalPartnerUserId = externalPartnerUserId
        self.enrolledRewards = enrolledRewards
        self.cards = cards
        self.cardInfo = cardInfo
        self.referringPartner = referringPartner
    }
}

/// The body of legacy `POST /users/users/{id}/cards`.
public struct LegacyAddCardsRequest: Codable, Sendable, Equatable {
    /// Must match the path id when given.
    public var referringPartnerUserId: String?
    /// Cards to register.
    public var cards: [LegacyCardInfo]?
    /// One card to register (deprecated form of `cards`).
    public var cardInfo: LegacyCardInfo?

    /// Creates a request.
    public init(referringPartnerUserId: String? = nil, cards: [LegacyCardInfo]? = nil, cardInfo: LegacyCardInfo? = nil)
    {
        self.referringPartnerUserId = referringPartnerUserId
        self.cards = cards
        self.cardInfo = cardInfo
    }
}
