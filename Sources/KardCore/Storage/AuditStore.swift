import Foundation

/// Audits of transactions: created by issuers, resolved by the operator.
public protocol AuditStore: Sendable {
    /// Stores new audits with their `auditUpdate` notifications, all in one transaction.
    /// - Throws: ``StoreError/duplicate(_:)`` when an audit id exists already (nothing is stored then).
    func createAudits(_ audits: [Audit], notifications: [OutboxNotification]) async throws

    /// One audit; of any organization when `organization` is `nil`.
    func audit(_ auditID: String, in organization: OrganizationID?) async throws -> Audit?

    /// The audits not closed yet for a transaction.
    func openAudits(of transactionID: String, in organization: OrganizationID) async throws -> [Audit]

    /// Audits newest first (by creation time, then id), of one organization and status when given, created
    /// before the audit `beforeID` when given.
    func audits(in organization: OrganizationID?, status: AuditStatus?, beforeID: String?, limit: Int) async throws
        -> [Audit]

    /// Replaces an audit (its status and resolution) and stores its notification and ledger entries, in one
    /// transaction. Returns `false` (and stores nothing) when the audit does not exist.
    func updateAudit(
        _ audit: Audit,
        notifications: [OutboxNotification],
        ledgerEntries: [RewardLedgerEntry]
    ) async throws -> Bool
}
