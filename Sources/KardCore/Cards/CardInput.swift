/// A card as received from the legacy API, before validation.
public struct CardInput: Sendable, Equatable {
    public var bin: String
    public var lastFour: String
    public var issuer: String
    public var network: String
    public var status: String?

    public init(bin: String, lastFour: String, issuer: String, network: String, status: String? = nil) {
        self.bin = bin
        self.lastFour = lastFour
        self.issuer = issuer
        self.network = network
        self.status = status
    }
}
