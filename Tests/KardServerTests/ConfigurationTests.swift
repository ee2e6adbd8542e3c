import Foundation
import Testing

@testable import KardServer

@Suite("Configuration")
struct ConfigurationTests {
    @Test("Defaults apply when nothing is given")
    func defaults() throws {
        let configuration = try ServerConfiguration.load(flags: [:], environment: [:])
        #expect(configuration == ServerConfiguration())
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 8080)
        #expect(configuration.database == .sqliteFile(path: "./.kard/kard.sqlite"))
    }

    @Test("Flags win over the environment, which wins over the file")
    func precedence() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kard-config-\(UUID()).json")
        try Data(#"{"port": 7000, "host": "0.0.0.0", "logLevel": "debug"}"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let configuration = try ServerConfiguration.load(
            flags: ["port": "9000", "config": file.path],
            environment: ["KARD_PORT": "8000", "KARD_HOST": "127.0.0.2", "KARD_DATABASE_URL": "sqlite::memory:"]
        )
        #expect(configuration.port == 9000)
        #expect(configuration.host == "127.0.0.2")
        #expect(configuration.logLevel == .debug)
        #expect(configuration.database == .sqliteMemory)
    }

    @Test(
        "Unusable values are refused with the key and where they came from",
        arguments: [
            (["port": "70000"], [:], "port", "--port"),
            ([:], ["KARD_PORT": "http"], "port", "KARD_PORT"),
            ([:], ["KARD_DATABASE_URL": "mysql://x"], "database", "KARD_DATABASE_URL"),
            (["logLevel": "loud"], [:], "logLevel", "--log-level"),
            ([:], ["KARD_TOKEN_SECRET": "short"], "tokenSecret", "KARD_TOKEN_SECRET"),
            (["durability": "extreme"], [:], "durability", "--durability"),
        ] as [([String: String], [String: String], String, String)]
    )
    func invalidValues(flags: [String: String], environment: [String: String], key: String, origin: String) {
        let error = #expect(throws: ConfigurationError.self) {
            try ServerConfiguration.load(flags: flags, environment: environment)
        }
        #expect(error?.key == key)
        #expect(error?.origin == origin)
    }

    @Test("Database URLs parse, and passwords are masked in descriptions")
    func databaseURLs() throws {
        #expect(try DatabaseLocation(parsing: "sqlite:/var/kard.db") == .sqliteFile(path: "/var/kard.db"))
        #expect(try DatabaseLocation(parsing: "sqlite::memory:") == .sqliteMemory)
        let postgres = try DatabaseLocation(parsing: "postgres://kard:s3cret@db:5432/kard")
        #expect(postgres.description == "postgres://kard:***@db:5432/kard")
        #expect(throws: ConfigurationError.self) { try DatabaseLocation(parsing: "sqlite:") }
    }

    @Test("A wrong configuration file key is named")
    func unknownFileKey() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kard-config-\(UUID()).json")
        try Data(#"{"prot": 7000}"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let error = #expect(throws: ConfigurationError.self) {
            try ServerConfiguration.load(flags: ["config": file.path], environment: [:])
        }
        #expect(error?.key == "prot")
    }
}
