import Foundation
import KardCore
import Testing

/// The behaviour every ``KardStore`` must show, written once against `any KardStore` and run on each engine.
@Suite("Store conformance")
struct StoreConformance {
    static let migrationNames = [
        "0001_organizations_users", "0002_catalog", "0003_transaction_inbox", "0004_processing",
    ]

    @Test("migrate applies each migration once, in order, and lists it", arguments: StoreBackend.enabled)
    func migrateIsIdempotent(_ backend: StoreBackend) async throws {
        try await backend.withStore(migrated: false) { store in
            #expect(try await store.appliedMigrations() == [])
            let applied = try await store.migrate()
            #expect(Array(applied.prefix(Self.migrationNames.count)) == Self.migrationNames)
            #expect(applied == applied.sorted())
            #expect(try await store.appliedMigrations() == applied)

            #expect(try await store.migrate() == [])
            #expect(try await store.appliedMigrations() == applied)

            try await store.insertOrganization(Fixtures.organization("100"), credential: nil)
            #expect(try await store.organization(OrganizationID("100")) != nil)
        }
    }

    @Test("concurrent migrate calls apply each migration once", arguments: StoreBackend.enabled)
    func concurrentMigrations(_ backend: StoreBackend) async throws {
        try await backend.withStore(migrated: false) { store in
            async let first = store.migrate()
            async let second = store.migrate()
            async let third = store.migrate()
            let all = try await first + second + third
            let applied = try await store.appliedMigrations()
            #expect(all.sorted() == applied)
            #expect(!applied.isEmpty)
        }
    }

    @Test("a database migrated by a newer build is refused", arguments: StoreBackend.enabled)
    func unknownMigrationIsRefused(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await backend.recordMigration(named: "9999_from_a_newer_build", in: store)
            await #expect(throws: StoreError.unknownMigration("9999_from_a_newer_build")) {
                try await store.migrate()
            }
            #expect(try await store.appliedMigrations() == Self.migrationNames + ["9999_from_a_newer_build"])
        }
    }
}
