/// Persistence of users and their cards.
public protocol UserStore: Sendable {
    /// Inserts the users that do not exist yet, all in one transaction, and returns the ids that already existed
    /// (those users are left untouched).
    func insertUsers(_ users: [User]) async throws -> Set<UserID>

    /// The user with its cards, or `nil`.
    func user(_ id: UserID, in organization: OrganizationID) async throws -> User?

    /// Replaces the profile and `updatedAt` of an existing user (cards are unchanged).
    /// Returns `false` when there is no such user.
    func updateUser(_ user: User) async throws -> Bool

    /// Deletes a user and its cards. Returns `false` when there was none.
    func deleteUser(_ id: UserID, in organization: OrganizationID) async throws -> Bool

    /// Adds cards to an existing user in one transaction.
    /// - Throws: ``StoreError/duplicate`` when one of the cards (BIN and last four) is registered already.
    func addCards(_ cards: [Card], to user: UserID, in organization: OrganizationID) async throws

    /// Which of `ids` are users of the organization (one query for a whole batch).
    func existingUserIDs(_ ids: Set<UserID>, in organization: OrganizationID) async throws -> Set<UserID>

    /// Who holds the card with this BIN and last four, if anyone.
    func cardHolder(bin: String, lastFour: String) async throws -> CardHolder?
}

/// The owner of a registered card.
public struct CardHolder: Sendable, Equatable {
    public var organizationID: OrganizationID
    public var userID: UserID

    public init(organizationID: OrganizationID, userID: UserID) {
        self.organizationID = organizationID
        self.userID = userID
    }
}
