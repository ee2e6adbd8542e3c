import ArgumentParser
import KardCore
import KardServer

/// `kard migrate`: applies pending schema migrations.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply pending database migrations (kard serve also does this at start)."
    )

    @OptionGroup var storage: StorageOptions

    func run() async throws {
        let configuration = try self.storage.load()
        let logger = StorageOptions.logger(level: configuration.logLevel)
        try await StoreConnector.withStore(configuration.database, durability: configuration.durability, logger: logger)
        { store in
            let applied = try await store.migrate()
            let all = try await store.appliedMigrations()
            print(applied.isEmpty ? "The database is up to date." : "Applied: \(applied.joined(separator: ", "))")
            print("Migrations in the database: \(all.count) (latest \(all.last ?? "none"))")
        }
    }
}
