/// Failures a store reports in engine-independent terms.
public enum StoreError: Error, Equatable, Sendable {
    /// A unique key is taken (organization id, client id, card, …).
    case duplicate(String)
    /// A record names another that does not exist (an offer's or location's merchant, a purchase's or attribution's
    /// organization), for example `merchant m-1`.
    case missingReference(String)
    /// The stored schema is newer than this build understands.
    case unknownMigration(String)
}
