import Foundation
import KardCore
import Logging
import Testing

@testable import KardPostgres
@testable import KardSQLite

/// An engine the conformance suite runs on.
enum StoreBackend: String, Sendable, CaseIterable, CustomTestStringConvertible {
    /// SQLite in a fresh temporary file (a `DatabasePool`, WAL).
    case sqliteFile
    /// SQLite in memory (a `DatabaseQueue`).
    case sqliteMemory
    /// A fresh database on the server `KARD_TEST_POSTGRES_URL` names.
    case postgres

    var testDescription: String {
        switch self {
        case .sqliteFile: "SQLite file"
        case .sqliteMemory: "SQLite :memory:"
        case .postgres: "PostgreSQL"
        }
    }

    /// The backends to run on: SQLite always, PostgreSQL when `KARD_TEST_POSTGRES_URL` is set.
    static let enabled: [StoreBackend] =
        PostgresTestDatabase.adminURL == nil ? [.sqliteFile, .sqliteMemory] : [.sqliteFile, .sqliteMemory, .postgres]

    /// Runs `body` on a new, empty store of this kind (migrated unless told otherwise), then disposes of it.
    func withStore(migrated: Bool = true, _ body: (any KardStore) async throws -> Void) async throws {
        switch self {
        case .sqliteFile:
            try await TemporaryDirectory.with { directory in
                let store = try SQLiteStore(path: directory.appendingPathComponent("kard.sqlite").path)
                try await Self.run(store, migrated: migrated, body)
            }
        case .sqliteMemory:
            try await Self.run(try SQLiteStore(path: ":memory:"), migrated: migrated, body)
        case .postgres:
            try await PostgresTestDatabase.withDatabase { url in
                try await PostgresStore.withStore(url: url, logger: PostgresTestDatabase.logger) { store in
                    if migrated { _ = try await store.migrate() }
                    try await body(store)
                }
            }
        }
    }

    /// Marks `name` applied in `store` (of this kind) without running anything, as a newer build would have.
    func recordMigration(named name: String, in store: any KardStore) async throws {
        switch store {
        case let store as SQLiteStore: try await store.recordMigration(named: name)
        case let store as PostgresStore: try await store.recordMigration(named: name)
        default: Issue.record("unexpected store type \(type(of: store))")
        }
    }

    private static func run(
        _ store: SQLiteStore,
        migrated: Bool,
        _ body: (any KardStore) async throws -> Void
    ) async throws {
        do {
            if migrated { _ = try await store.migrate() }
            try await body(store)
            try await store.shutdown()
        } catch {
            try? await store.shutdown()
            throw error
        }
    }
}

/// Fresh PostgreSQL databases for tests, each created on the server `KARD_TEST_POSTGRES_URL` names and dropped after.
enum PostgresTestDatabase {
    static let logger = Logger(label: "kard.store-tests")

    /// `KARD_TEST_POSTGRES_URL`, unless unset or empty.
    static let adminURL: String? = {
        guard let url = ProcessInfo.processInfo.environment["KARD_TEST_POSTGRES_URL"], !url.isEmpty else { return nil }
        return url
    }()

    /// Whether `KARD_REQUIRE_POSTGRES=1`: then a missing URL is a failure, not a skip.
    static let isRequired = ProcessInfo.processInfo.environment["KARD_REQUIRE_POSTGRES"] == "1"

    struct NotConfigured: Error, CustomStringConvertible {
        var description: String { "KARD_TEST_POSTGRES_URL is not set" }
    }

    /// Creates a uniquely named database, passes its URL to `body`, and drops it afterwards.
    static func withDatabase(_ body: (String) async throws -> Void) async throws {
        guard let adminURL = self.adminURL, var components = URLComponents(string: adminURL) else {
            throw NotConfigured()
        }
        let name = "kard_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await PostgresStore.withStore(url: adminURL, logger: self.logger) { admin in
            try await admin.createDatabase(named: name)
        }
        components.percentEncodedPath = "/" + name
        let url = try #require(components.string)
        do {
            try await body(url)
        } catch {
            try? await self.drop(name, adminURL: adminURL)
            throw error
        }
        try await self.drop(name, adminURL: adminURL)
    }

    private static func drop(_ name: String, adminURL: String) async throws {
        try await PostgresStore.withStore(url: adminURL, logger: self.logger) { admin in
            try await admin.dropDatabase(named: name)
        }
    }
}

/// A directory under the system temporary directory, removed after use.
enum TemporaryDirectory {
    static func with(_ body: (URL) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kard-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await body(directory)
    }
}
