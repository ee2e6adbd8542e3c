/// Whether a merchant is a national brand or a local business (legacy `Source`).
public struct MerchantSource: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// A national brand.
    public static let national: MerchantSource = "NATIONAL"
    /// A local business.
    public static let local: MerchantSource = "LOCAL"
}

/// A card network a merchant accepts (legacy `AcceptedCards`), with the legacy spelling `AMERICAN EXPRESS`.
public struct AcceptedCard: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Visa.
    public static let visa: AcceptedCard = "VISA"
    /// Mastercard.
    public static let mastercard: AcceptedCard = "MASTERCARD"
    /// American Express.
    public static let americanExpress: AcceptedCard = "AMERICAN EXPRESS"
    /// Discover.
    public static let discover: AcceptedCard = "DISCOVER"
}
