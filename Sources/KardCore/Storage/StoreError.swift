/// Failures a store reports in engine-independent terms.
public enum StoreError: Error, Equatable, Sendable {
    /// A unique key is taken (organization id, client id, card, …).
    case duplicate(String)
    /// The stored schema is newer than this build understands.
    case unknownMigration(String)
}
