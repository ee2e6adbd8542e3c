/// A card in the legacy API (`CardInfoRequest`). Only the BIN and the last four digits are accepted.
public struct LegacyCardInfo: Codable, Sendable, Equatable {
    /// The last four digits.
    public var last4: String
    /// The first 6 (to 8) digits.
    public var bin: String
    /// The program name as Kard knows it.
    public var issuer: String
    /// `VISA`, `MASTERCARD`, `AMERICAN EXPRESS` or `DISCOVER`.
    public var network: String
    /// `ENABLED` or `DISABLED`.
    public var status: String?

    /// Creates a card.
    public init(last4: String, bin: String, issuer: String, network: String, status: String? = nil) {
        self.last4 = last4
        self.bin = bin
        self.issuer = issuer
        self.network = network
        self.status = status
    }
}

/// A registered card as the legacy API returns it (`CardInfoResponse`).
public struct LegacyCardResponse: Codable, Sendable, Equatable {
    /// Kard's card id.
    public var id: String
    /// The last four digits.
    public var last4: String
    /// The BIN.
    public var bin: String
    /// The program name.
    public var issuer: String
    /// The network, legacy spelling.
    public var network: String
    /// `ENABLED` or `DISABLED`.
    public var status: String

    /// Creates a card answer.
    public init(id: String, last4: String, bin: String, issuer: String, network: String, status: String) {
        self.id = id
        self.last4 = last4
        self.bin = bin
        self.issuer = issuer
        self.network = network
        self.status = status
    }

    enum CodingKeys: String, CodingKey {
        case id = "_id"
        case last4, bin, issuer, network, status
    }
}
