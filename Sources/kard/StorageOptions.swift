import ArgumentParser
import Foundation
import KardServer
import Logging

/// Options every command that opens the database shares. They carry no ArgumentParser defaults, so that an absent
/// flag falls through to the environment, the configuration file and then the built-in default.
struct StorageOptions: ParsableArguments {
    @Option(
        help:
            "Database URL: sqlite:PATH, sqlite::memory: or postgres://user:pass@host:port/db (default sqlite:./.kard/kard.sqlite; env KARD_DATABASE_URL)."
    )
    var database: String?

    @Option(
        name: .customLong("data-dir"),
        help: "Directory for local files such as sandbox.json (default ./.kard; env KARD_DATA_DIR)."
    )
    var dataDir: String?

    @Option(
        help: "SQLite durability: normal (survives a killed process) or full (also power loss) (env KARD_DURABILITY)."
    )
    var durability: String?

    @Option(help: "A JSON configuration file (env KARD_CONFIG).")
    var config: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical (default info; env KARD_LOG_LEVEL).")
    var logLevel: String?

    /// The flags that were given, by configuration key.
    var flags: [String: String] {
        var flags: [String: String] = [:]
        flags["database"] = self.database
        flags["dataDir"] = self.dataDir
        flags["config"] = self.config
        flags["durability"] = self.durability
        flags["logLevel"] = self.logLevel
        return flags
    }

    /// Reads the configuration, reporting an unusable value as a usage error.
    func load(extra: [String: String] = [:]) throws -> ServerConfiguration {
        do {
            return try ServerConfiguration.load(flags: self.flags.merging(extra) { _, new in new })
        } catch let error as ConfigurationError {
            throw ValidationError(error.description)
        }
    }

    /// A logger writing to standard error at the configured level, so that standard output stays for results.
    static func logger(level: Logger.Level) -> Logger {
        var logger = Logger(label: "kard") { label in StreamLogHandler.standardError(label: label) }
        logger.logLevel = level
        return logger
    }
}
