import Foundation
import KardCore
import Logging

/// Gives a new database a ready-to-call sandbox issuer, and hands its credentials to the operator in
/// `DATA_DIR/sandbox.json` (readable by the owner only). Later starts reuse that file.
public struct SandboxBootstrap: Sendable {
    /// The name of the sandbox issuer.
    public static let issuerName = "SANDBOX"
    /// The file the credentials are written to, inside the data directory.
    public static let fileName = "sandbox.json"

    let platform: Platform
    let dataDirectory: String
    let logger: Logger

    public init(platform: Platform, dataDirectory: String, logger: Logger) {
        self.platform = platform
        self.dataDirectory = dataDirectory
        self.logger = logger
    }

    /// The sandbox credentials: those in the data directory when they still work, otherwise a new sandbox issuer's
    /// (the client secret is stored hashed, so lost credentials cannot be recovered, only replaced).
    public func ensureSandbox() async throws -> IssuerProvisioner.IssuerCredentials {
        let fileURL = URL(fileURLWithPath: self.dataDirectory).appendingPathComponent(Self.fileName)
        if let saved = self.readCredentials(fileURL),
            let organization = try await self.platform.store.organization(OrganizationID(saved.organizationId)),
            organization.isSandbox,
            let credential = try await self.platform.store.credential(clientID: saved.clientId),
            credential.organizationID == organization.id,
            self.platform.hasher.verify(saved.clientSecret, against: credential.secretHash)
        {
            // A database created by an earlier version may lack the catalog or the personas; both are idempotent.
            if try await self.platform.sandbox.seedCatalogIfEmpty() { await self.platform.catalogIndex.invalidate() }
            try await self.platform.sandbox.createPersonas(for: organization)
            return saved
        }
        let existing = try await self.platform.store.allOrganizations()
        if existing.contains(where: { $0.isSandbox && $0.name == Self.issuerName }) {
            self.logger.warning(
                "The sandbox credentials file is missing or stale; creating a new sandbox issuer",
                metadata: ["file": "\(fileURL.path)"]
            )
        }
        let credentials = try await self.platform.createSandboxIssuer(name: Self.issuerName)
        try self.write(credentials, to: fileURL)
        return credentials
    }

    private func readCredentials(_ url: URL) -> IssuerProvisioner.IssuerCredentials? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(IssuerProvisioner.IssuerCredentials.self, from: data)
    }

    private func write(_ credentials: IssuerProvisioner.IssuerCredentials, to url: URL) throws {
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(),
            withIntermediateDirectories: true
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(credentials).write(to: url, options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
    }
}
