import ArgumentParser
import Foundation
import KardCore
import KardServer

/// `kard explain TRANSACTION_ID`: why a transaction earned what it earned.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show a transaction's events, state, matching decision (with the reason for every merchant and "
            + "offer considered) and reward movements."
    )

    @Argument(help: "The issuer's transaction id.")
    var transactionID: String

    @Option(name: .customLong("organization"), help: "The organization id the transaction belongs to.")
    var organizationID: String

    @Flag(help: "Print the report as JSON.")
    var json = false

    @OptionGroup var storage: StorageOptions

    func run() async throws {
        let report = try await self.storage.withPlatform { platform in
            try await TransactionReport.load(
                self.transactionID,
                in: OrganizationID(self.organizationID),
                from: platform.store
            )
        }
        print(self.json ? try CommandOutput.json(report) : report.text)
    }
}
