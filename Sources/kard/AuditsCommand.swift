import ArgumentParser
import Foundation
import KardCore
import KardServer

/// `kard audits …`: the operator's side of audits.
struct AuditsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audits",
        abstract: "List, show and resolve issuers' audits.",
        subcommands: [List.self, Show.self, Resolve.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List audits, newest first.")

        @Option(name: .customLong("organization"), help: "Only this organization's audits.")
        var organizationID: String?

        @Option(help: "Only audits in this status: NEW, IN_PROGRESS or CLOSED.")
        var status: String?

        @Option(help: "At most this many (1-500).")
        var limit = 100

        @OptionGroup var storage: StorageOptions

        func run() async throws {
            var status: AuditStatus?
            if let text = self.status {
                guard let parsed = AuditStatus(rawValue: text.uppercased()) else {
                    throw ValidationError("status must be NEW, IN_PROGRESS or CLOSED.")
                }
                status = parsed
            }
            guard (1...500).contains(self.limit) else { throw ValidationError("limit must be 1 to 500.") }
            let audits = try await self.storage.withPlatform { platform in
                try await platform.store.audits(
                    in: self.organizationID.map(OrganizationID.init),
                    status: status,
                    beforeID: nil,
                    limit: self.limit
                )
            }
            if audits.isEmpty { print("No audits.") }
            for audit in audits { print(AuditsCommand.line(audit)) }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one audit.")

        @Argument(help: "The audit id.")
        var auditID: String

        @OptionGroup var storage: StorageOptions

        func run() async throws {
            let audit = try await self.storage.withPlatform { platform in
                try await platform.audits.audit(self.auditID, in: nil)
            }
            print(AuditsCommand.details(audit))
        }
    }

    struct Resolve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move an audit to IN_PROGRESS, or close it with a resolution code.",
            discussion: """
                Resolution codes: \(AuditResolution.allCases.map { "\($0.rawValue) \($0.meaning)" }.joined(separator: "; ")).
                --adjust-cents writes a correction of the cardholder's reward to the ledger (negative takes back) \
                and queues its notification; --offer names the offer when the transaction matched none.
                """
        )

        @Argument(help: "The audit id.")
        var auditID: String

        @Option(help: "The resolution code (closes the audit).")
        var code: Int?

        @Option(help: "The resolution description (default: the code's standard text).")
        var description: String?

        @Flag(name: .customLong("in-progress"), help: "Mark the audit in progress instead of closing it.")
        var inProgress = false

        @Option(
            name: .customLong("adjust-cents"),
            parsing: .unconditional,
            help: "Correct the cardholder's reward by this many cents (negative takes back)."
        )
        var adjustmentCents: Int64?

        @Option(name: .customLong("offer"), help: "The offer a granted reward is for.")
        var offerID: String?

        @OptionGroup var storage: StorageOptions

        func run() async throws {
            if self.inProgress && self.code != nil {
                throw ValidationError("--in-progress and --code exclude each other.")
            }
            if !self.inProgress && self.code == nil {
                throw ValidationError("Give --code to close the audit, or --in-progress.")
            }
            let decision = AuditDecision(
                status: self.inProgress ? .inProgress : .closed,
                resolutionCode: self.code,
                resolutionDescription: self.description,
                adjustmentCents: self.adjustmentCents,
                offerID: self.offerID.map(OfferID.init)
            )
            let audit = try await self.storage.withPlatform { platform in
                try await platform.audits.resolve(self.auditID, in: nil, decision)
            }
            print(AuditsCommand.details(audit))
        }
    }

    static func line(_ audit: Audit) -> String {
        "\(audit.auditID)  \(audit.status.rawValue)  \(audit.code)  org \(audit.organizationID)  "
            + "transaction \(audit.transactionID)  \(audit.merchantName)"
    }

    static func details(_ audit: Audit) -> String {
        var lines = [
            "Audit \(audit.auditID) (\(audit.status.rawValue))",
            "  organization: \(audit.organizationID)",
            "  user: \(audit.userID?.rawValue ?? "-")",
            "  transaction: \(audit.transactionID)",
            "  code: \(audit.code) \(AuditReason(rawValue: audit.code)?.meaning ?? "")",
            "  merchant: \(audit.merchantName)",
            "  description: \(audit.description)",
        ]
        if let code = audit.resolutionCode {
            lines.append("  resolution: \(code) \(audit.resolutionDescription ?? "")")
        }
        return lines.joined(separator: "\n")
    }
}
