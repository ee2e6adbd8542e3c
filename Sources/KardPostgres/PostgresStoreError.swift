/// Failures specific to the PostgreSQL store.
public enum PostgresStoreError: Error, Equatable, Sendable {
    /// A stored value cannot be read back as its domain type (the database was edited by hand or by a newer build).
    case corruptValue(String)
}
