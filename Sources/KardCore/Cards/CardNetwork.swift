/// A card network. Kard's sources spell American Express three ways; all are accepted, one is stored.
public enum CardNetwork: String, Sendable, CaseIterable, Codable {
    case visa = "VISA"
    case mastercard = "MASTERCARD"
    case americanExpress = "AMERICAN_EXPRESS"
    case discover = "DISCOVER"

    /// Reads any spelling Kard uses: `AMERICAN_EXPRESS` (organizations), `AMERICANEXPRESS` (v2 transactions),
    /// `AMERICAN EXPRESS` (legacy cards), in any letter case.
    public init?(spelling: String) {
        let letters = spelling.uppercased().filter(\.isLetter)
        switch letters {
        case "VISA": self = .visa
        case "MASTERCARD": self = .mastercard
        case "AMERICANEXPRESS", "AMEX": self = .americanExpress
        case "DISCOVER": self = .discover
        default: return nil
        }
    }

    /// The legacy API's spelling (`AMERICAN EXPRESS`).
    public var legacySpelling: String {
        self == .americanExpress ? "AMERICAN EXPRESS" : self.rawValue
    }
}
