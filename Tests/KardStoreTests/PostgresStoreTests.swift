import Foundation
import KardCore
import Testing

@testable import KardPostgres

/// What only the PostgreSQL store does: URL parsing, the pool's lifecycle, migrations from several processes.
@Suite("PostgreSQL store")
struct PostgresStoreTests {
    @Test(
        "KARD_REQUIRE_POSTGRES=1 needs KARD_TEST_POSTGRES_URL",
        .enabled(if: PostgresTestDatabase.isRequired)
    )
    func postgresIsConfiguredWhenRequired() {
        #expect(
            PostgresTestDatabase.adminURL != nil,
            "KARD_REQUIRE_POSTGRES=1 but KARD_TEST_POSTGRES_URL is not set: PostgreSQL would be skipped"
        )
    }

    @Test("URLs are parsed with defaults and percent-decoding")
    func parsesURLs() throws {
        #expect(
            try PostgresURL(parsing: "postgres://kard:secret@db.example.com:6543/kard_prod")
                == PostgresURL(
                    host: "db.example.com",
                    port: 6543,
                    username: "kard",
                    password: "secret",
                    database: "kard_prod"
                )
        )
        #expect(
            try PostgresURL(parsing: "postgresql://kard@localhost/kard")
                == PostgresURL(host: "localhost", port: 5432, username: "kard", password: nil, database: "kard")
        )
        #expect(
            try PostgresURL(parsing: "postgres://us%40er:p%40ss%3Aw%2Frd%20x@127.0.0.1:54329/my%20db?sslmode=disable")
                == PostgresURL(
                    host: "127.0.0.1",
                    port: 54329,
                    username: "us@er",
                    password: "p@ss:w/rd x",
                    database: "my db"
                )
        )
        #expect(
            try PostgresURL(parsing: "POSTGRES://kard:@[::1]:5433")
                == PostgresURL(host: "::1", port: 5433, username: "kard", password: "", database: nil)
        )
        let socket = try PostgresURL(parsing: "postgres://kard@%2Fvar%2Frun%2Fpostgresql/kard")
        #expect(socket.unixSocketPath == "/var/run/postgresql/.s.PGSQL.5432")
        #expect(try PostgresURL(parsing: "postgres://kard@localhost/kard").unixSocketPath == nil)
    }

    @Test(
        "bad URLs are refused with a reason",
        arguments: [
            "", "localhost:5432/kard", "mysql://kard@localhost/kard", "postgres://localhost/kard",
            "postgres://kard@/kard", "postgres://kard@localhost:0/kard", "postgres://kard@localhost/a/b",
            "postgres://kard@localhost/kard?sslmode=require", "postgres://kard@local host/kard",
        ]
    )
    func refusesBadURLs(_ url: String) {
        #expect(throws: PostgresURLError.self) {
            _ = try PostgresStore(url: url, logger: PostgresTestDatabase.logger)
        }
    }

    @Test("an error names the problem but never the password")
    func errorHidesPassword() {
        do {
            _ = try PostgresStore(
                url: "postgres://kard:hunter2@localhost/kard?sslmode=verify-full",
                logger: PostgresTestDatabase.logger
            )
            Issue.record("the URL was accepted")
        } catch {
            #expect("\(error)".contains("sslmode"))
            #expect(!"\(error)".contains("hunter2"))
        }
    }

    @Test(
        "two stores (as two processes) migrating one database at once apply each migration once",
        .enabled(if: PostgresTestDatabase.adminURL != nil)
    )
    func concurrentMigrationsFromTwoPools() async throws {
        try await PostgresTestDatabase.withDatabase { url in
            let logger = PostgresTestDatabase.logger
            async let first = PostgresStore.withStore(url: url, logger: logger) { try await $0.migrate() }
            async let second = PostgresStore.withStore(url: url, logger: logger) { try await $0.migrate() }
            let applied = try await first + second
            #expect(applied.sorted() == StoreConformance.migrationNames)
            let listed = try await PostgresStore.withStore(url: url, logger: logger) {
                try await $0.appliedMigrations()
            }
            #expect(listed == StoreConformance.migrationNames)
        }
    }

    @Test(
        "run() serves queries until shutdown() stops it",
        .enabled(if: PostgresTestDatabase.adminURL != nil)
    )
    func runUntilShutdown() async throws {
        try await PostgresTestDatabase.withDatabase { url in
            let store = try PostgresStore(url: url, logger: PostgresTestDatabase.logger)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await store.run() }
                #expect(try await store.migrate() == StoreConformance.migrationNames)
                #expect(try await store.insertSettingIfAbsent("k", value: "v") == "v")
                try await store.shutdown()
                // run() returns by itself: the group finishes without cancellation.
                try await group.waitForAll()
            }
        }
    }
}
