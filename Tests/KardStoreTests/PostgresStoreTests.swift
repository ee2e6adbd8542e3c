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

    @Test(
        "two stores (as two processes) draining one inbox decide each transaction once, with all its events",
        .enabled(if: PostgresTestDatabase.adminURL != nil)
    )
    func concurrentProcessingFromTwoPools() async throws {
        try await PostgresTestDatabase.withDatabase { url in
            let logger = PostgresTestDatabase.logger
            let count = 60
            try await PostgresStore.withStore(url: url, logger: logger) { store in
                _ = try await store.migrate()
                try await store.insertOrganization(Fixtures.organization("100"), credential: nil)
                var events: [StoredTransactionEvent] = []
                for round in 0..<3 {
                    for index in 0..<count {
                        events.append(Fixtures.inboxEvent("e-\(index)-\(round)", of: "t-\(index)", amount: round))
                    }
                }
                _ = try await store.appendTransactionEvents(events)
            }
            let handed = Recorder<String>()
            let partial = Recorder<String>()
            @Sendable func drain(_ store: PostgresStore) async throws {
                while true {
                    let processed = try await store.processPendingTransactions(limit: 5) { batch in
                        for transaction in batch.transactions {
                            handed.append(transaction.transactionID)
                            if transaction.events.count != 3 || transaction.unprocessedEventIDs.count != 3 {
                                partial.append(transaction.transactionID)
                            }
                        }
                        Thread.sleep(forTimeInterval: 0.005)
                        return ProcessingChanges(records: batch.transactions.map { Fixtures.record($0.transactionID) })
                    }
                    if processed == 0 { return }
                }
            }
            try await PostgresStore.withStore(url: url, logger: logger) { first in
                try await PostgresStore.withStore(url: url, logger: logger) { second in
                    async let a: Void = drain(first)
                    async let b: Void = drain(first)
                    async let c: Void = drain(second)
                    async let d: Void = drain(second)
                    _ = try await (a, b, c, d)
                    // A worker may stop early while the others hold the rest: drain what is left.
                    try await drain(first)
                    #expect(try await second.unprocessedEventCount() == 0)
                }
            }
            #expect(handed.all.count == count)
            #expect(Set(handed.all) == Set((0..<count).map { "t-\($0)" }))
            #expect(partial.all.isEmpty)
        }
    }

    @Test(
        "a requeue or a fraud marker waits for the worker deciding the transaction, then requeues it",
        .enabled(if: PostgresTestDatabase.adminURL != nil)
    )
    func requeueWaitsForTheDecision() async throws {
        try await PostgresTestDatabase.withDatabase { url in
            try await PostgresStore.withStore(url: url, logger: PostgresTestDatabase.logger) { store in
                _ = try await store.migrate()
                let organization = OrganizationID("100")
                try await store.insertOrganization(Fixtures.organization("100"), credential: nil)
                _ = try await store.appendTransactionEvents([
                    Fixtures.inboxEvent("e-1", of: "t-1"), Fixtures.inboxEvent("e-2", of: "t-1"),
                ])
                let marker = FraudMarker(
                    organizationID: organization,
                    transactionID: "t-1",
                    userID: UserID("u"),
                    markedAt: Fixtures.date()
                )
                let requeues: [@Sendable () async throws -> Bool] = [
                    { try await store.requeueTransaction("t-1", in: organization) },
                    { try await store.markFraudulent([marker]) == ["t-1"] },
                ]
                for requeue in requeues {
                    let (deciding, started) = AsyncStream.makeStream(of: Void.self)
                    @Sendable func process() async throws -> Int {
                        // Finished either way, so that a call deciding nothing cannot leave the test waiting.
                        defer { started.finish() }
                        return try await store.processPendingTransactions(limit: 10) { batch in
                            started.yield()
                            // The requeue runs meanwhile, and must wait for this decision's commit.
                            Thread.sleep(forTimeInterval: 0.3)
                            return ProcessingChanges(
                                records: batch.transactions.map { Fixtures.record($0.transactionID) }
                            )
                        }
                    }
                    async let processed = process()
                    var iterator = deciding.makeAsyncIterator()
                    _ = await iterator.next()
                    #expect(try await requeue())
                    #expect(try await processed == 1)
                    #expect(try await store.unprocessedEventCount() == 2)
                }
                let marked = Recorder<Bool>()
                #expect(
                    try await store.processPendingTransactions(limit: 10) { batch in
                        for transaction in batch.transactions { marked.append(transaction.isFraudMarked) }
                        return ProcessingChanges()
                    } == 1
                )
                #expect(marked.all == [true])
            }
        }
    }
}
