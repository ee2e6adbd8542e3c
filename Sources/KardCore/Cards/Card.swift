import Foundation

/// A payment card linked to a user. Only the BIN and the last four digits are ever kept.
public struct Card: Sendable, Equatable {
    /// Kard-style card id (24 hexadecimal characters).
    public var id: String
    public var bin: String
    public var lastFour: String
    /// The program name as Kard knows it (not the underlying bank).
    public var issuer: String
    public var network: CardNetwork
    public var status: CardStatus
    public var createdAt: Date

    public init(
        id: String,
        bin: String,
        lastFour: String,
        issuer: String,
        network: CardNetwork,
        status: CardStatus = .enabled,
        createdAt: Date
    ) {
        self.id = id
        self.bin = bin
        self.lastFour = lastFour
        self.issuer = issuer
        self.network = network
        self.status = status
        self.createdAt = createdAt
    }
}

/// Whether a card takes part in matching.
public enum CardStatus: String, Sendable, CaseIterable, Codable {
    case enabled = "ENABLED"
    case disabled = "DISABLED"
}
