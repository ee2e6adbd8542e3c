/// A configuration value that cannot be used, with where it came from and why.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The configuration key (`port`, `database`, …).
    public var key: String
    /// The offending value (secrets are not repeated).
    public var value: String
    /// What is wrong with it.
    public var problem: String
    /// Where it came from (`--port`, `KARD_PORT`, the configuration file), when known.
    public var origin: String?

    public init(key: String, value: String, problem: String, origin: String? = nil) {
        self.key = key
        self.value = value
        self.problem = problem
        self.origin = origin
    }

    public var description: String {
        let from = self.origin.map { " (from \($0))" } ?? ""
        return "Invalid configuration value for '\(self.key)'\(from): '\(self.value)': \(self.problem)."
    }
}
