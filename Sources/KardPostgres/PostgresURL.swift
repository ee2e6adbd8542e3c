import Foundation

/// The connection settings in a `postgres://user:password@host:port/database` URL.
///
/// The scheme may also be `postgresql`. The user and password are percent-decoded; the port defaults to 5432; an
/// empty database name means the user's name (PostgreSQL's default). A host that decodes to an absolute path
/// (`postgres://user@%2Fvar%2Frun%2Fpostgresql/db`) is a directory holding the server's Unix socket.
/// TLS is not supported: `sslmode` may be absent, `disable`, `allow` or `prefer`.
struct PostgresURL: Equatable, Sendable {
    var host: String
    var port: Int
    var username: String
    var password: String?
    var database: String?

    static let defaultPort = 5432

    /// The Unix socket path when ``host`` is a directory.
    var unixSocketPath: String? {
        guard self.host.hasPrefix("/") else { return nil }
        let directory = self.host.hasSuffix("/") ? String(self.host.dropLast()) : self.host
        return "\(directory)/.s.PGSQL.\(self.port)"
    }

    init(host: String, port: Int = Self.defaultPort, username: String, password: String?, database: String?) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
    }

    /// Parses `string`.
    /// - Throws: ``PostgresURLError`` naming what is wrong (never echoing the password).
    init(parsing string: String) throws {
        guard let components = URLComponents(string: string) else {
            throw PostgresURLError("not a URL; expected postgres://user:password@host:port/database")
        }
        guard let scheme = components.scheme?.lowercased(), scheme == "postgres" || scheme == "postgresql" else {
            throw PostgresURLError("the scheme must be postgres:// or postgresql://")
        }
        guard let rawHost = components.percentEncodedHost, !rawHost.isEmpty else {
            throw PostgresURLError("the URL names no host")
        }
        guard let host = rawHost.removingPercentEncoding else {
            throw PostgresURLError("the host is not valid percent-encoded text")
        }
        guard let rawUser = components.percentEncodedUser, !rawUser.isEmpty,
            let username = rawUser.removingPercentEncoding, !username.isEmpty
        else {
            throw PostgresURLError("the URL names no user (postgres://user:password@host/database)")
        }
        var password: String?
        if let rawPassword = components.percentEncodedPassword {
            guard let decoded = rawPassword.removingPercentEncoding else {
                throw PostgresURLError("the password is not valid percent-encoded text")
            }
            password = decoded
        }
        let port = components.port ?? Self.defaultPort
        guard (1...65_535).contains(port) else {
            throw PostgresURLError("the port \(port) is out of range")
        }
        var path = components.percentEncodedPath
        if path.hasPrefix("/") { path.removeFirst() }
        guard !path.contains("/") else {
            throw PostgresURLError("the path must be just the database name")
        }
        guard let database = path.removingPercentEncoding else {
            throw PostgresURLError("the database name is not valid percent-encoded text")
        }
        for item in components.queryItems ?? [] {
            guard item.name == "sslmode" else { continue }
            switch item.value ?? "" {
            case "disable", "allow", "prefer": break
            default:
                throw PostgresURLError("sslmode=\(item.value ?? "") is not supported: this build connects without TLS")
            }
        }
        self.init(
            host: host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host,
            port: port,
            username: username,
            password: password,
            database: database.isEmpty ? nil : database
        )
    }
}
