import Foundation
import GRDB
import KardCore
import Synchronization

/// The platform's store on an embedded SQLite database, through GRDB.
///
/// A file database is opened as a `DatabasePool` in WAL mode, so that reads run beside the single writer. With
/// ``Durability/normal`` (`synchronous=NORMAL`, the default) a killed process loses nothing and a power loss may
/// lose the last transactions; ``Durability/full`` (`synchronous=FULL`) survives power loss too, at the cost of
/// a disk flush per commit.
/// `":memory:"` opens a private in-memory database on a `DatabaseQueue`, for tests.
///
/// Foreign keys are enforced, and a writer waits up to five seconds for another process's write lock (a CLI
/// command can write while `kard serve` runs on the same file). Every write runs in an immediate transaction.
/// Timestamps are stored as integer milliseconds since 1970: a `Date` with whole milliseconds round-trips exactly,
/// finer precision is rounded to the nearest millisecond.
public final class SQLiteStore: KardStore {
    /// The path given for an in-memory database.
    public static let memoryPath = ":memory:"

    /// How long a write waits for a lock held by another connection or process.
    public static let busyTimeout: TimeInterval = 5

    /// How far a committed write survives.
    public enum Durability: String, Sendable, CaseIterable {
        /// Survives a killed process (WAL, `synchronous=NORMAL`).
        case normal
        /// Also survives power loss (`synchronous=FULL`): one flush per commit.
        case full
    }

    private let writer: any DatabaseWriter
    private let isShutDown = Atomic<Bool>(false)

    /// Opens (or creates) the database at `path`; its parent directory is created when missing.
    /// - Parameters:
    ///   - path: a file path, or `":memory:"` for a private in-memory database.
    ///   - durability: how far a committed write survives (file databases).
    /// - Throws: a GRDB `DatabaseError` when the file cannot be opened, or a file-system error for the directory.
    public init(path: String, durability: Durability = .normal) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "kard"
        if path == Self.memoryPath {
            self.writer = try DatabaseQueue(configuration: configuration)
        } else {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let pool = try DatabasePool(path: path, configuration: configuration)
            if durability == .full {
                // The pool sets NORMAL on its writer after `prepareDatabase`, so FULL is set afterwards.
                try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            }
            self.writer = pool
        }
    }

    /// The writer connection's `synchronous` setting (1 = NORMAL, 2 = FULL).
    public func synchronousSetting() async throws -> Int {
        try await self.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }

    /// A new, empty, private in-memory database (not yet migrated).
    public static func inMemory() throws -> SQLiteStore {
        try SQLiteStore(path: Self.memoryPath)
    }

    /// Applies pending migrations in one immediate transaction, so that two processes migrating the same file
    /// at once apply each migration once.
    /// - Throws: ``StoreError/unknownMigration(_:)`` when the database records a migration this build does not know.
    public func migrate() async throws -> [String] {
        try await self.write { db in
            try db.execute(sql: SQLiteMigrations.createLedger)
            let applied = try Self.appliedMigrations(db)
            let known = Set(SQLiteMigrations.all.map(\.name))
            if let unknown = applied.first(where: { !known.contains($0) }) {
                throw StoreError.unknownMigration(unknown)
            }
            let done = Set(applied)
            var names: [String] = []
            for migration in SQLiteMigrations.all where !done.contains(migration.name) {
                for statement in migration.statements {
                    try db.execute(sql: statement)
                }
                try db.cachedStatement(sql: "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)")
                    .execute(arguments: [migration.name, StoredValues.milliseconds(Date())])
                names.append(migration.name)
            }
            return names
        }
    }

    public func appliedMigrations() async throws -> [String] {
        try await self.read { db in
            guard try db.tableExists("schema_migrations") else { return [] }
            return try Self.appliedMigrations(db)
        }
    }

    /// Closes every connection. Later calls throw ``SQLiteStoreError/shutDown``; calling it again does nothing.
    /// Call it once the store's work is done: a call still running at that moment may fail.
    public func shutdown() async throws {
        guard !self.isShutDown.exchange(true, ordering: .acquiringAndReleasing) else { return }
        try self.writer.close()
    }

    /// Runs `body` in a read-only access (on a reader connection of a file store).
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        try self.checkOpen()
        return try await self.writer.read(body)
    }

    /// Runs `body` in an immediate write transaction, rolled back when it throws.
    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        try self.checkOpen()
        return try await self.writer.write(body)
    }

    private func checkOpen() throws {
        if self.isShutDown.load(ordering: .acquiring) { throw SQLiteStoreError.shutDown }
    }

    private static func appliedMigrations(_ db: Database) throws -> [String] {
        try String.fetchAll(db.cachedStatement(sql: "SELECT name FROM schema_migrations ORDER BY name"))
    }
}
