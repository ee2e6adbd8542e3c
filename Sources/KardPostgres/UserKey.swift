import KardCore

/// A user's primary key.
struct UserKey: Hashable, Sendable {
    var organizationID: String
    var id: String

    init(organizationID: String, id: String) {
        self.organizationID = organizationID
        self.id = id
    }

    init(_ user: User) {
        self.init(organizationID: user.organizationID.rawValue, id: user.id.rawValue)
    }
}
