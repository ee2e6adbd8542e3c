/// Persistence of organizations and their OAuth clients.
public protocol OrganizationStore: Sendable {
    /// Stores a new organization, and its first client when given, in one transaction.
    /// - Throws: ``StoreError/duplicate`` when the organization id or client id is taken.
    func insertOrganization(_ organization: Organization, credential: ClientCredential?) async throws

    /// The organization with this id, or `nil`.
    func organization(_ id: OrganizationID) async throws -> Organization?

    /// Every organization, ordered by id (operator listing).
    func allOrganizations() async throws -> [Organization]

    /// A page of the children of `parent`, ordered by id, starting after `after` when given.
    func children(of parent: OrganizationID, after: OrganizationID?, limit: Int) async throws -> [Organization]

    /// Replaces the stored organization with the same id. Returns `false` when there is none.
    func updateOrganization(_ organization: Organization) async throws -> Bool

    /// Deletes an organization with its clients, users and cards. Returns `false` when there was none.
    func deleteOrganization(_ id: OrganizationID) async throws -> Bool

    /// The client with this client id, or `nil`.
    func credential(clientID: String) async throws -> ClientCredential?
}
