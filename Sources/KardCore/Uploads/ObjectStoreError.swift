/// What an ``ObjectStore`` refuses.
public enum ObjectStoreError: Error, Equatable, Sendable {
    /// No object has the key.
    case notFound(String)
    /// The key is not a `/`-separated path of plain segments (empty, `.` or `..` segments, a leading `/`).
    case invalidKey(String)
}
