import Foundation
import KardCore
import PostgresNIO

/// The platform's store on PostgreSQL, through postgres-nio's `PostgresClient` (a connection pool).
///
/// The pool only works while ``run()`` runs: a server adds ``run()`` to its service group; a command or a test uses
/// ``withStore(url:logger:isolation:_:)``, which runs it around a closure. Without either, queries wait forever.
///
/// Batches are written with multi-row `INSERT … SELECT … FROM unnest(…)`; multi-statement writes run in one
/// transaction; migrations hold an advisory lock, so several processes may migrate the same database at once.
/// Timestamps are `timestamptz` at millisecond precision: a `Date` with whole milliseconds round-trips exactly,
/// finer precision is rounded to the nearest millisecond.
public final class PostgresStore: KardStore {
    let client: PostgresClient
    let logger: Logger
    private let stopSignal: AsyncStream<Never>
    private let stopContinuation: AsyncStream<Never>.Continuation

    /// Rows per statement in batch inserts.
    static let batchSize = 1_000

    /// `items` in slices of at most ``batchSize``, one per statement.
    static func batches<T>(_ items: [T]) -> [ArraySlice<T>] {
        stride(from: 0, to: items.count, by: Self.batchSize).map { start in
            items[start..<min(start + Self.batchSize, items.count)]
        }
    }

    /// Builds a store for the database at `url` (`postgres://user:password@host:port/database`, or `postgresql://`).
    /// No connection is opened until ``run()`` runs and a query needs one. TLS is not used.
    /// - Parameters:
    ///   - url: user and password percent-encoded; port 5432 when absent; the database defaults to the user's name.
    ///   - logger: receives the pool's background messages and the queries' debug output.
    /// - Throws: ``PostgresURLError`` when the URL cannot be used.
    public init(url: String, logger: Logger) throws {
        let parsed = try PostgresURL(parsing: url)
        var configuration: PostgresClient.Configuration
        if let socket = parsed.unixSocketPath {
            configuration = PostgresClient.Configuration(
                unixSocketPath: socket,
                username: parsed.username,
                password: parsed.password,
                database: parsed.database
            )
        } else {
            configuration = PostgresClient.Configuration(
                host: parsed.host,
                port: parsed.port,
                username: parsed.username,
                password: parsed.password,
                database: parsed.database,
                tls: .disable
            )
        }
        configuration.options.additionalStartupParameters = [("application_name", "kard")]
        self.client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.logger = logger
        (self.stopSignal, self.stopContinuation) = AsyncStream.makeStream(of: Never.self)
    }

    /// Runs the connection pool until the task is cancelled, the service group shuts down gracefully, or
    /// ``shutdown()`` is called. Call it once, in a long-lived task (a service group's service).
    public func run() async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.client.run() }
            group.addTask {
                for await _ in self.stopSignal {}
            }
            await group.next()
            group.cancelAll()
        }
    }

    /// Builds a store for `url`, runs its pool while `body` runs, then stops it.
    ///
    /// For commands and tests, which have no service group:
    /// ```swift
    /// let applied = try await PostgresStore.withStore(url: url, logger: logger) { store in
    ///     try await store.migrate()
    /// }
    /// ```
    /// - Throws: ``PostgresURLError`` for a bad URL, or what `body` throws.
    public static func withStore<T>(
        url: String,
        logger: Logger,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresStore) async throws -> T
    ) async throws -> T {
        let store = try PostgresStore(url: url, logger: logger)
        return try await withThrowingTaskGroup(of: Void.self, returning: T.self, isolation: isolation) { group in
            group.addTask { await store.run() }
            do {
                let result = try await body(store)
                group.cancelAll()
                return result
            } catch {
                group.cancelAll()
                throw error
            }
        }
    }

    /// Stops ``run()``, which closes the pool's connections. The store is unusable afterwards.
    public func shutdown() async throws {
        self.stopContinuation.finish()
    }

    /// Applies pending migrations in one transaction holding `pg_advisory_xact_lock`, so that processes migrating
    /// at once take turns and apply each migration once.
    /// - Throws: ``StoreError/unknownMigration(_:)`` when the database records a migration this build does not know.
    public func migrate() async throws -> [String] {
        try await self.withTransaction { connection in
            _ = try await connection.query(
                "SELECT pg_advisory_xact_lock(\(PostgresMigrations.advisoryLockKey))",
                logger: self.logger
            ).collect()
            try await connection.query(PostgresQuery(unsafeSQL: PostgresMigrations.createLedger), logger: self.logger)
            let applied = try await self.appliedMigrations(on: connection)
            let known = Set(PostgresMigrations.all.map(\.name))
            if let unknown = applied.first(where: { !known.contains($0) }) {
                throw StoreError.unknownMigration(unknown)
            }
            let done = Set(applied)
            var names: [String] = []
            for migration in PostgresMigrations.all where !done.contains(migration.name) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: self.logger)
                }
                try await connection.query(
                    "INSERT INTO schema_migrations (name) VALUES (\(migration.name))",
                    logger: self.logger
                )
                names.append(migration.name)
            }
            return names
        }
    }

    public func appliedMigrations() async throws -> [String] {
        try await self.client.withConnection { connection in
            let exists = try await connection.query(
                "SELECT to_regclass('schema_migrations') IS NOT NULL",
                logger: self.logger
            ).collect()
            guard try exists.first?.decode(Bool.self) == true else { return [] }
            return try await self.appliedMigrations(on: connection)
        }
    }

    private func appliedMigrations(on connection: PostgresConnection) async throws -> [String] {
        try await connection.query("SELECT name FROM schema_migrations ORDER BY name", logger: self.logger)
            .collect()
            .map { try $0.decode(String.self) }
    }

    /// Runs `body` in a transaction on one pooled connection: `COMMIT` when it returns, `ROLLBACK` when it throws.
    /// Unlike `PostgresClient.withTransaction`, the error `body` throws reaches the caller as it is.
    func withTransaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await self.client.withConnection { connection in
            try await connection.query("BEGIN", logger: self.logger)
            do {
                let result = try await body(connection)
                try await connection.query("COMMIT", logger: self.logger)
                return result
            } catch {
                // A failed ROLLBACK means a broken connection, which the pool discards; the first error matters.
                _ = try? await connection.query("ROLLBACK", logger: self.logger)
                throw error
            }
        }
    }

    /// The number of rows `query` returns (for `… RETURNING` writes).
    func rowCount(_ query: PostgresQuery) async throws -> Int {
        try await self.client.query(query, logger: self.logger).collect().count
    }
}
