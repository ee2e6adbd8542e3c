import Foundation
import KardCore
import Logging
import Testing

@testable import KardServer

@Suite("Sandbox issuer bootstrap")
struct SandboxBootstrapTests {
    func temporaryDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("kard-sandbox-\(UUID())").path
    }

    @Test("A new database gets a sandbox issuer; the next start reuses the same credentials")
    func createThenReuse() async throws {
        let test = try await TestPlatform()
        let directory = self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let bootstrap = SandboxBootstrap(
            platform: test.platform,
            dataDirectory: directory,
            logger: Logger(label: "test")
        )

        let first = try await bootstrap.ensureSandbox()
        let organization = try #require(
            try await test.platform.store.organization(OrganizationID(first.organizationId))
        )
        #expect(organization.isSandbox)
        #expect(organization.name == "SANDBOX")
        let file = URL(fileURLWithPath: directory).appendingPathComponent("sandbox.json")
        let saved = try JSONDecoder().decode(IssuerProvisioner.IssuerCredentials.self, from: Data(contentsOf: file))
        #expect(saved == first)
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)

        let second = try await bootstrap.ensureSandbox()
        #expect(second == first)
        #expect(try await test.platform.store.allOrganizations().count == 1)
    }

    @Test("Lost credentials are replaced by a new sandbox issuer, since secrets are stored hashed")
    func lostFile() async throws {
        let test = try await TestPlatform()
        let directory = self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let bootstrap = SandboxBootstrap(
            platform: test.platform,
            dataDirectory: directory,
            logger: Logger(label: "test")
        )
        let first = try await bootstrap.ensureSandbox()
        try FileManager.default.removeItem(atPath: directory)
        let second = try await bootstrap.ensureSandbox()
        #expect(second.organizationId != first.organizationId)
        #expect(second.clientSecret != first.clientSecret)
        let third = try await bootstrap.ensureSandbox()
        #expect(third == second)
    }

    @Test("A sandbox created before the catalog existed gets the catalog and personas on the next start")
    func upgradesOldSandbox() async throws {
        let test = try await TestPlatform()
        let directory = self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let bootstrap = SandboxBootstrap(
            platform: test.platform,
            dataDirectory: directory,
            logger: Logger(label: "test")
        )
        // An old start: the issuer and its file, but no catalog and no personas.
        let old = try await test.platform.provisioner.createIssuer(name: "SANDBOX", isSandbox: true)
        let file = URL(fileURLWithPath: directory).appendingPathComponent("sandbox.json")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try JSONEncoder().encode(old).write(to: file)

        let reused = try await bootstrap.ensureSandbox()
        #expect(reused == old)
        #expect(try await test.platform.store.catalogVersion() > 0)
        let persona = try await test.platform.store.user(
            UserID("sandbox-SANDBOX-new-customer"),
            in: OrganizationID(old.organizationId)
        )
        #expect(persona != nil)
    }
}
