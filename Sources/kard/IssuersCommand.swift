import ArgumentParser
import Foundation
import KardCore
import KardServer

/// `kard issuers`: operator commands on issuers, working directly on the database (also while a server runs).
struct IssuersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issuers",
        abstract: "Create and list issuer organizations.",
        subcommands: [Create.self, List.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an issuer with an OAuth client and a webhook key.",
            discussion: """
                With --json, prints exactly one JSON object on standard output: \
                {"organizationId","clientId","clientSecret","webhookKey"}. The client secret is shown only here.
                """
        )

        @Option(help: "Issuer name: ASCII letters, digits, '_' and '-' (stored uppercased).")
        var name: String

        @Option(name: .customLong("organization-id"), help: "Organization id to use (default: generated).")
        var organizationID: String?

        @Flag(help: "Mark the issuer as a sandbox issuer (demo personas and catalog).")
        var sandbox = false

        @Option(name: .customLong("webhook-url"), help: "Where to deliver this issuer's notifications.")
        var webhookURL: String?

        @Flag(help: "Print the credentials as one JSON object.")
        var json = false

        @OptionGroup var storage: StorageOptions

        func run() async throws {
            let credentials = try await self.storage.withPlatform { platform in
                if self.sandbox {
                    return try await platform.createSandboxIssuer(
                        name: self.name,
                        organizationID: self.organizationID,
                        webhookURL: self.webhookURL
                    )
                }
                return try await platform.provisioner.createIssuer(
                    name: self.name,
                    organizationID: self.organizationID,
                    webhookURL: self.webhookURL
                )
            }
            if self.json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(credentials), as: UTF8.self))
            } else {
                print("organizationId: \(credentials.organizationId)")
                print("clientId:       \(credentials.clientId)")
                print("clientSecret:   \(credentials.clientSecret)   (shown once; stored hashed)")
                print("webhookKey:     \(credentials.webhookKey)")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List organizations.")

        @Flag(help: "Print a JSON array.")
        var json = false

        @OptionGroup var storage: StorageOptions

        func run() async throws {
            let organizations = try await self.storage.withPlatform { platform in
                try await platform.store.allOrganizations()
            }
            if self.json {
                let rows = organizations.map { organization in
                    IssuerRow(
                        organizationId: organization.id.rawValue,
                        name: organization.name,
                        parentId: organization.parentID?.rawValue,
                        sandbox: organization.isSandbox,
                        createdAt: organization.createdAt
                    )
                }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                encoder.dateEncodingStrategy = .iso8601
                print(String(decoding: try encoder.encode(rows), as: UTF8.self))
                return
            }
            if organizations.isEmpty {
                print("No organizations yet. Create one with: kard issuers create --name NAME")
                return
            }
            let header = ["ORGANIZATION", "NAME", "PARENT", "SANDBOX", "CREATED"]
            let rows = organizations.map { organization in
                [
                    organization.id.rawValue, organization.name, organization.parentID?.rawValue ?? "-",
                    organization.isSandbox ? "yes" : "no",
                    organization.createdAt.ISO8601Format(),
                ]
            }
            let widths = header.indices.map { column in
                ([header] + rows).map { $0[column].count }.max() ?? 0
            }
            for row in [header] + rows {
                print(
                    zip(row, widths).map { cell, width in cell.padding(toLength: width, withPad: " ", startingAt: 0) }
                        .joined(separator: "  ")
                )
            }
        }
    }

    /// One line of `kard issuers list --json`.
    struct IssuerRow: Encodable {
        var organizationId: String
        var name: String
        var parentId: String?
        var sandbox: Bool
        var createdAt: Date
    }
}
