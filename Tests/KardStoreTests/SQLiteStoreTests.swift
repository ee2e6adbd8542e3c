import Foundation
import KardCore
import KardSQLite
import Testing

/// What only the SQLite store does: files, several connections or processes on one file, closing.
@Suite("SQLite store")
struct SQLiteStoreTests {
    @Test("durability sets the writer's synchronous mode", arguments: [(SQLiteStore.Durability.normal, 1), (.full, 2)])
    func durability(_ durability: SQLiteStore.Durability, expected: Int) async throws {
        try await TemporaryDirectory.with { directory in
            let store = try SQLiteStore(
                path: directory.appendingPathComponent("kard.sqlite").path,
                durability: durability
            )
            #expect(try await store.synchronousSetting() == expected)
            try await store.shutdown()
        }
    }

    @Test("a file store creates its directory and keeps data across reopening")
    func fileStorePersists() async throws {
        try await TemporaryDirectory.with { directory in
            let path = directory.appendingPathComponent("nested/deeper/kard.sqlite").path
            let store = try SQLiteStore(path: path)
            #expect(try await store.migrate() == StoreConformance.migrationNames)
            try await store.insertOrganization(Fixtures.organization("100"), credential: nil)
            _ = try await store.insertSettingIfAbsent("k", value: "v")
            try await store.shutdown()
            #expect(FileManager.default.fileExists(atPath: path))

            let reopened = try SQLiteStore(path: path)
            #expect(try await reopened.migrate() == [])
            #expect(try await reopened.appliedMigrations() == StoreConformance.migrationNames)
            #expect(try await reopened.organization(OrganizationID("100")) == Fixtures.organization("100"))
            #expect(try await reopened.setting("k") == "v")
            try await reopened.shutdown()
        }
    }

    @Test("two stores on one file (as two processes) migrate once and write concurrently")
    func twoConnectionsOnOneFile() async throws {
        try await TemporaryDirectory.with { directory in
            let path = directory.appendingPathComponent("kard.sqlite").path
            let server = try SQLiteStore(path: path)
            let command = try SQLiteStore(path: path)
            async let serverMigrations = server.migrate()
            async let commandMigrations = command.migrate()
            #expect(try await (serverMigrations + commandMigrations).sorted() == StoreConformance.migrationNames)

            try await withThrowingTaskGroup(of: Void.self) { group in
                for (prefix, store) in [("1", server), ("2", command)] {
                    group.addTask {
                        for index in 0..<40 {
                            let id = "\(prefix)\(String(format: "%03d", index))"
                            try await store.insertOrganization(Fixtures.organization(id), credential: nil)
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await server.allOrganizations().count == 80)
            #expect(try await command.allOrganizations().count == 80)
            try await server.shutdown()
            try await command.shutdown()
        }
    }

    @Test("in-memory stores are private to each store")
    func memoryStoresArePrivate() async throws {
        let one = try SQLiteStore.inMemory()
        let two = try SQLiteStore(path: ":memory:")
        _ = try await one.migrate()
        #expect(try await two.appliedMigrations() == [])
        _ = try await two.migrate()
        try await one.insertOrganization(Fixtures.organization("100"), credential: nil)
        #expect(try await two.organization(OrganizationID("100")) == nil)
        try await one.shutdown()
        try await two.shutdown()
    }

    @Test("a shut-down store refuses work", arguments: [true, false])
    func shutdownClosesTheStore(inMemory: Bool) async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kard-shutdown-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStore(path: inMemory ? ":memory:" : directory.appendingPathComponent("kard.sqlite").path)
        _ = try await store.migrate()
        try await store.shutdown()
        await #expect(throws: SQLiteStoreError.shutDown) {
            _ = try await store.allOrganizations()
        }
        await #expect(throws: SQLiteStoreError.shutDown) {
            try await store.insertOrganization(Fixtures.organization("100"), credential: nil)
        }
        try await store.shutdown()
    }

    @Test("a date with sub-millisecond precision is stored to the nearest millisecond")
    func subMillisecondDatesAreRounded() async throws {
        let store = try SQLiteStore.inMemory()
        _ = try await store.migrate()
        var organization = Fixtures.organization("100")
        organization.createdAt = Fixtures.date().addingTimeInterval(0.000_6)
        try await store.insertOrganization(organization, credential: nil)
        #expect(try await store.organization(OrganizationID("100"))?.createdAt == Fixtures.date(1))
        try await store.shutdown()
    }
}
