import Foundation

/// Where the platform keeps its data, parsed from `--database` / `KARD_DATABASE_URL`.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    /// An SQLite file (`sqlite:PATH`).
    case sqliteFile(path: String)
    /// A private in-memory SQLite database (`sqlite::memory:`), gone when the process ends.
    case sqliteMemory
    /// A PostgreSQL database (`postgres://user:pass@host:port/db`).
    case postgres(url: String)

    /// The default: `sqlite:./.kard/kard.sqlite`.
    public static let defaultLocation = DatabaseLocation.sqliteFile(path: "./.kard/kard.sqlite")

    /// Parses a database URL.
    /// - Throws: ``ConfigurationError`` naming the accepted forms.
    public init(parsing value: String) throws(ConfigurationError) {
        if value == "sqlite::memory:" {
            self = .sqliteMemory
        } else if value.hasPrefix("sqlite:") {
            var path = String(value.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path.removeFirst(2) }
            guard !path.isEmpty else {
                throw ConfigurationError(key: "database", value: value, problem: "the SQLite path is empty")
            }
            self = .sqliteFile(path: path)
        } else if value.hasPrefix("postgres://") || value.hasPrefix("postgresql://") {
            self = .postgres(url: value)
        } else {
            throw ConfigurationError(
                key: "database",
                value: value,
                problem: "expected sqlite:PATH, sqlite::memory: or postgres://user:pass@host:port/db"
            )
        }
    }

    /// The location with any password masked, for logs.
    public var description: String {
        switch self {
        case .sqliteFile(let path): return "sqlite:\(path)"
        case .sqliteMemory: return "sqlite::memory:"
        case .postgres(let url): return Self.maskingPassword(in: url)
        }
    }

    static func maskingPassword(in url: String) -> String {
        guard let schemeEnd = url.range(of: "://"), let at = url.range(of: "@", options: .backwards),
            schemeEnd.upperBound < at.lowerBound
        else { return url }
        let credentials = url[schemeEnd.upperBound..<at.lowerBound]
        guard let colon = credentials.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + ":***" + String(url[at.lowerBound...])
    }
}
