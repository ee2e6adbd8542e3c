import KardCore

/// Who is calling: the organization a verified access token was issued to, and what it may do.
public struct Principal: Sendable, Equatable {
    /// The organization in the token.
    public var organizationID: OrganizationID
    /// The OAuth client that obtained the token.
    public var clientID: String
    public var scopes: Set<Scope>
    /// The organization the legacy routes act on: the token's, or a child chosen with `X-Kard-Target-Issuer`.
    public var actingOrganizationID: OrganizationID

    public init(organizationID: OrganizationID, clientID: String, scopes: Set<Scope>) {
        self.organizationID = organizationID
        self.clientID = clientID
        self.scopes = scopes
        self.actingOrganizationID = organizationID
    }
}
