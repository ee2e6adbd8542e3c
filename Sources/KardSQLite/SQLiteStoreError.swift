/// Failures specific to the SQLite store.
public enum SQLiteStoreError: Error, Equatable, Sendable {
    /// A stored value cannot be read back as its domain type (the database was edited by hand or by a newer build).
    case corruptValue(String)
    /// The store was shut down; open a new one.
    case shutDown
}
