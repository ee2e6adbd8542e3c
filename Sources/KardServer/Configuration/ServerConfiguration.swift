import Foundation
import KardCore
import KardSQLite
import Logging

/// Everything `kard serve` and the admin commands need to know, read from (highest first) command-line flags,
/// `KARD_*` environment variables, an optional JSON configuration file, and defaults. Validated when read.
///
/// | key | flag | environment | default |
/// |---|---|---|---|
/// | `host` | `--host` | `KARD_HOST` | `127.0.0.1` |
/// | `port` | `--port` | `KARD_PORT` | `8080` |
/// | `database` | `--database` | `KARD_DATABASE_URL` | `sqlite:./.kard/kard.sqlite` |
/// | `dataDir` | `--data-dir` | `KARD_DATA_DIR` | `./.kard` |
/// | `tokenSecret` | `--token-secret` | `KARD_TOKEN_SECRET` | generated once, stored in the database |
/// | `logLevel` | `--log-level` | `KARD_LOG_LEVEL` | `info` |
/// | `adminToken` | — | `KARD_ADMIN_TOKEN` | none: the admin API is disabled |
/// | `durability` | `--durability` | `KARD_DURABILITY` | `normal` (SQLite: `normal` or `full`) |
/// | `mode` | `--mode` | `KARD_MODE` | `sandbox` (`sandbox`: the operator may move the clock; or `production`) |
/// | `abnormalAmountCents` | — | `KARD_MONITOR_ABNORMAL_AMOUNT_CENTS` | `1000000` ($10,000) |
/// | `dailyTransactionLimit` | — | `KARD_MONITOR_DAILY_TRANSACTIONS` | `25` |
/// | `dailyReturnLimit` | — | `KARD_MONITOR_DAILY_RETURNS` | `5` |
/// | `publicURL` | — | `KARD_PUBLIC_URL` | `http://{host}:{port}` (the base of the upload URLs handed to issuers) |
///
/// The file is named by `--config` or `KARD_CONFIG` and holds a JSON object with the keys above.
public struct ServerConfiguration: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var database: DatabaseLocation
    public var dataDirectory: String
    /// The HMAC secret that signs access tokens; at least 32 bytes. `nil`: use the one stored in the database.
    public var tokenSecret: String?
    public var logLevel: Logger.Level
    /// How far a committed SQLite write survives: `normal` (a killed process) or `full` (also power loss).
    public var durability: SQLiteStore.Durability
    /// The operator's bearer token for the admin API (at least 32 bytes); `nil` disables the admin API.
    public var adminToken: String?
    /// `sandbox` lets the operator move the platform's clock forward; `production` does not.
    public var mode: Mode
    /// What transaction monitoring flags.
    public var monitoring: MonitoringThresholds
    /// The base URL clients reach this server at (upload URLs point there); `nil`: `http://{host}:{port}`.
    public var publicURL: String?

    /// The base URL clients reach this server at, without a trailing slash (a wildcard host reads as `127.0.0.1`).
    public var effectivePublicURL: String {
        let host = ["0.0.0.0", "::", ""].contains(self.host) ? "127.0.0.1" : self.host
        let url = self.publicURL ?? "http://\(host):\(self.port)"
        return url.hasSuffix("/") ? String(url.dropLast()) : url
    }

    /// How the platform runs.
    public enum Mode: String, Sendable, Equatable {
        case sandbox
        case production
    }

    /// The shortest accepted token secret (HS256 needs a key at least as long as the hash).
    public static let minimumTokenSecretLength = 32

    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        database: DatabaseLocation = .defaultLocation,
        dataDirectory: String = "./.kard",
        tokenSecret: String? = nil,
        logLevel: Logger.Level = .info,
        durability: SQLiteStore.Durability = .normal,
        adminToken: String? = nil,
        mode: Mode = .sandbox,
        monitoring: MonitoringThresholds = .standard
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.dataDirectory = dataDirectory
        self.tokenSecret = tokenSecret
        self.logLevel = logLevel
        self.durability = durability
        self.adminToken = adminToken
        self.mode = mode
        self.monitoring = monitoring
    }

    /// The configuration keys, with their environment variable names.
    static let environmentNames: [String: String] = [
        "host": "KARD_HOST", "port": "KARD_PORT", "database": "KARD_DATABASE_URL", "dataDir": "KARD_DATA_DIR",
        "tokenSecret": "KARD_TOKEN_SECRET", "logLevel": "KARD_LOG_LEVEL",
        "adminToken": "KARD_ADMIN_TOKEN", "durability": "KARD_DURABILITY", "mode": "KARD_MODE",
        "abnormalAmountCents": "KARD_MONITOR_ABNORMAL_AMOUNT_CENTS",
        "dailyTransactionLimit": "KARD_MONITOR_DAILY_TRANSACTIONS", "dailyReturnLimit": "KARD_MONITOR_DAILY_RETURNS",
        "publicURL": "KARD_PUBLIC_URL",
    ]

    /// Reads the layered configuration.
    /// - Parameters:
    ///   - flags: values given on the command line, by key (`host`, `port`, …, and `config` for the file).
    ///   - environment: the process environment.
    /// - Throws: ``ConfigurationError`` for the first value that cannot be used.
    public static func load(
        flags: [String: String],
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> ServerConfiguration {
        var file: [String: String] = [:]
        if let path = flags["config"] ?? environment["KARD_CONFIG"] {
            file = try self.readFile(path)
        }
        func value(_ key: String) -> (String, String)? {
            if let flag = flags[key] { return (flag, "--\(Self.flagName(key))") }
            if let name = self.environmentNames[key], let env = environment[name] { return (env, name) }
            if let fromFile = file[key] { return (fromFile, "the configuration file") }
            return nil
        }
        var configuration = ServerConfiguration()
        if let (host, _) = value("host") { configuration.host = host }
        if let (port, origin) = value("port") {
            guard let number = Int(port), (1...65_535).contains(number) else {
                throw ConfigurationError(key: "port", value: port, problem: "must be 1 to 65535", origin: origin)
            }
            configuration.port = number
        }
        if let (database, origin) = value("database") {
            do {
                configuration.database = try DatabaseLocation(parsing: database)
            } catch {
                var located = error
                located.origin = origin
                located.value = DatabaseLocation.maskingPassword(in: database)
                throw located
            }
        }
        if let (directory, _) = value("dataDir") { configuration.dataDirectory = directory }
        if let (secret, origin) = value("tokenSecret") {
            guard secret.utf8.count >= self.minimumTokenSecretLength else {
                throw ConfigurationError(
                    key: "tokenSecret",
                    value: "(hidden)",
                    problem: "must be at least \(self.minimumTokenSecretLength) bytes",
                    origin: origin
                )
            }
            configuration.tokenSecret = secret
        }
        if let (durability, origin) = value("durability") {
            guard let parsed = SQLiteStore.Durability(rawValue: durability.lowercased()) else {
                throw ConfigurationError(
                    key: "durability",
                    value: durability,
                    problem: "expected normal or full",
                    origin: origin
                )
            }
            configuration.durability = parsed
        }
        if let (token, origin) = value("adminToken") {
            guard token.utf8.count >= self.minimumTokenSecretLength else {
                throw ConfigurationError(
                    key: "adminToken",
                    value: "(hidden)",
                    problem: "must be at least \(self.minimumTokenSecretLength) bytes",
                    origin: origin
                )
            }
            configuration.adminToken = token
        }
        if let (mode, origin) = value("mode") {
            guard let parsed = Mode(rawValue: mode.lowercased()) else {
                throw ConfigurationError(
                    key: "mode",
                    value: mode,
                    problem: "expected sandbox or production",
                    origin: origin
                )
            }
            configuration.mode = parsed
        }
        func positive(_ key: String) throws -> Int64? {
            guard let (text, origin) = value(key) else { return nil }
            guard let number = Int64(text), number > 0 else {
                throw ConfigurationError(
                    key: key,
                    value: text,
                    problem: "must be a positive whole number",
                    origin: origin
                )
            }
            return number
        }
        if let amount = try positive("abnormalAmountCents") { configuration.monitoring.abnormalAmountCents = amount }
        if let limit = try positive("dailyTransactionLimit") { configuration.monitoring.dailyTransactions = Int(limit) }
        if let limit = try positive("dailyReturnLimit") { configuration.monitoring.dailyReturns = Int(limit) }
        if let (url, origin) = value("publicURL") {
            guard url.hasPrefix("http://") || url.hasPrefix("https://"), URL(string: url)?.host != nil else {
                throw ConfigurationError(
                    key: "publicURL",
                    value: url,
                    problem: "expected an http(s) URL",
                    origin: origin
                )
            }
            configuration.publicURL = url
        }
        if let (level, origin) = value("logLevel") {
            guard let parsed = Logger.Level(rawValue: level.lowercased()) else {
                throw ConfigurationError(
                    key: "logLevel",
                    value: level,
                    problem: "expected trace, debug, info, notice, warning, error or critical",
                    origin: origin
                )
            }
            configuration.logLevel = parsed
        }
        return configuration
    }

    static func flagName(_ key: String) -> String {
        key.reduce(into: "") { name, character in
            if character.isUppercase { name += "-" + character.lowercased() } else { name.append(character) }
        }
    }

    private static func readFile(_ path: String) throws -> [String: String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(key: "config", value: path, problem: "the file cannot be read")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ConfigurationError(key: "config", value: path, problem: "the file is not a JSON object")
        }
        var values: [String: String] = [:]
        for (key, value) in object {
            guard self.environmentNames[key] != nil else {
                throw ConfigurationError(
                    key: key,
                    value: "\(value)",
                    problem:
                        "unknown key; expected one of \(self.environmentNames.keys.sorted().joined(separator: ", "))",
                    origin: path
                )
            }
            values[key] = "\(value)"
        }
        return values
    }
}
