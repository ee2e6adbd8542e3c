/// A PostgreSQL URL that cannot be used, with the reason.
public struct PostgresURLError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong with the URL; never contains the password.
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { "Invalid PostgreSQL URL: \(self.reason)." }
}
