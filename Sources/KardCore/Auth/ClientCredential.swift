import Foundation

/// An OAuth client of an organization. The secret itself is never stored, only its hash.
public struct ClientCredential: Sendable, Equatable {
    public var clientID: String
    /// Output of a ``SecretHasher``.
    public var secretHash: String
    public var organizationID: OrganizationID
    public var scopes: [Scope]
    public var createdAt: Date

    public init(clientID: String, secretHash: String, organizationID: OrganizationID, scopes: [Scope], createdAt: Date)
    {
        self.clientID = clientID
        self.secretHash = secretHash
        self.organizationID = organizationID
        self.scopes = scopes
        self.createdAt = createdAt
    }
}
