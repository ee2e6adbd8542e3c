import Foundation

/// Audits: issuers ask for a transaction's reward to be looked at again; the operator moves the audit on and
/// closes it with one of Kard's resolutions, possibly correcting the reward through the ledger. Every change
/// queues an `auditUpdate` notification in the same database transaction.
public struct AuditService: Sendable {
    private let store: any KardStore
    private let catalog: CatalogIndexCache
    private let clock: any WallClock
    private let ids: any IDGenerator

    public init(store: any KardStore, catalog: CatalogIndexCache, clock: any WallClock, ids: any IDGenerator) {
        self.store = store
        self.catalog = catalog
        self.clock = clock
        self.ids = ids
    }

    /// Checks each request and stores the valid ones together; the results are in the order of `inputs`.
    /// A request for a transaction that has an open audit with the same code is a conflict.
    public func create(_ inputs: [AuditInput], in organization: OrganizationID) async throws
        -> [Result<Audit, DomainError>]
    {
        let now = self.clock.now()
        let users = Set(inputs.compactMap(\.userID))
        let known = try await self.store.existingUserIDs(users, in: organization)
        var results: [Result<Audit, DomainError>] = []
        var claimed: Set<String> = []
        for input in inputs {
            if let problem = Self.problem(with: input, knownUsers: known) {
                results.append(.failure(problem))
                continue
            }
            let key = "\(input.transactionID)/\(input.code)"
            let open = try await self.store.openAudits(of: input.transactionID, in: organization)
            if let existing = open.first(where: { $0.code == input.code }) {
                results.append(.failure(Self.duplicate(input, existing: existing.auditID)))
                continue
            }
            guard claimed.insert(key).inserted else {
                results.append(.failure(Self.duplicate(input, existing: nil)))
                continue
            }
            results.append(
                .success(
                    Audit(
                        organizationID: organization,
                        auditID: self.ids.randomHex(byteCount: 12),
                        userID: input.userID,
                        transactionID: input.transactionID,
                        code: input.code,
                        merchantName: String(input.merchantName.trimmed),
                        description: String(input.description.trimmed),
                        merchantID: input.merchantID,
                        transactionAmountCents: input.transactionAmountCents,
                        preferredContactEmail: input.preferredContactEmail,
                        submitterName: input.submitterName,
                        createdAt: now,
                        updatedAt: now
                    )
                )
            )
        }
        let audits = results.compactMap { try? $0.get() }
        if !audits.isEmpty {
            try await self.store.createAudits(audits, notifications: audits.map { self.update(for: $0) })
        }
        return results
    }

    /// One audit of `organization` (of any organization when `nil`).
    public func audit(_ auditID: String, in organization: OrganizationID?) async throws -> Audit {
        guard let audit = try await self.store.audit(auditID, in: organization) else {
            throw DomainError.notFound(resource: "audit", id: auditID)
        }
        return audit
    }

    /// Moves an audit on (in progress, or closed with a resolution), writing the reward correction to the ledger
    /// when one is given, and queues the `auditUpdate` notification.
    public func resolve(_ auditID: String, in organization: OrganizationID?, _ decision: AuditDecision) async throws
        -> Audit
    {
        var audit = try await self.audit(auditID, in: organization)
        guard audit.status != .closed else {
            throw DomainError.conflict("Audit \(auditID) is closed already.")
        }
        switch decision.status {
        case .new:
            throw DomainError.invalid(
                field: "status",
                "An audit can be moved to IN_PROGRESS or CLOSED, not back to NEW."
            )
        case .inProgress:
            guard decision.resolutionCode == nil else {
                throw DomainError.invalid(field: "resolutionCode", "A resolution code is given only when closing.")
            }
        case .closed:
            guard let code = decision.resolutionCode, let resolution = AuditResolution(rawValue: code) else {
                let codes = AuditResolution.allCases.map { String($0.rawValue) }.joined(separator: ", ")
                throw DomainError.invalid(
                    field: "resolutionCode",
                    "Closing needs one of the resolution codes \(codes)."
                )
            }
            audit.resolutionCode = code
            let given = decision.resolutionDescription.map { String($0.trimmed) } ?? ""
            audit.resolutionDescription = given.isEmpty ? resolution.meaning : given
            audit.resolvedAt = self.clock.now()
        }
        audit.status = decision.status
        audit.updatedAt = self.clock.now()
        var entries: [RewardLedgerEntry] = []
        var notifications = [self.update(for: audit)]
        if let cents = decision.adjustmentCents {
            let (entry, announcements) = try await self.adjustment(cents, for: audit, offerID: decision.offerID)
            entries.append(entry)
            notifications += announcements
        }
        guard try await self.store.updateAudit(audit, notifications: notifications, ledgerEntries: entries) else {
            throw DomainError.notFound(resource: "audit", id: auditID)
        }
        return audit
    }

    /// The ledger entry that corrects the cardholder's reward by `cents`, with its notification.
    private func adjustment(_ cents: Int64, for audit: Audit, offerID: OfferID?) async throws
        -> (RewardLedgerEntry, [OutboxNotification])
    {
        guard cents != 0 else {
            throw DomainError.invalid(field: "adjustmentCents", "An adjustment must not be zero.")
        }
        let record = try await self.store.transactionRecord(of: audit.transactionID, in: audit.organizationID)
        let index = try await self.catalog.index()
        guard let offerID = offerID ?? record?.offerID else {
            throw DomainError.invalid(
                field: "offerId",
                "Transaction \(audit.transactionID) matched no offer; name the offer the reward is granted for."
            )
        }
        guard let merchantID = index.offers[offerID]?.merchantID ?? record?.merchantID else {
            throw DomainError.notFound(resource: "offer", id: offerID.rawValue)
        }
        guard let userID = audit.userID ?? record?.userID else {
            throw DomainError.invalid(field: "userId", "The audit names no user and the transaction is unknown.")
        }
        guard let organization = try await self.store.organization(audit.organizationID) else {
            throw DomainError.notFound(resource: "organization", id: audit.organizationID.rawValue)
        }
        let splits = record?.explanation.terms?.splits ?? organization.commissionSplits
        // The cardholder's correction is the given amount; the issuer's and the whole commission follow the splits.
        let issuer = cents * 10_000 / Int64(max(splits.cardLinkedUserBasisPoints, 1))
        let commission = issuer * 10_000 / Int64(max(splits.cardLinkedBasisPoints, 1))
        let entry = RewardLedgerEntry(
            organizationID: audit.organizationID,
            entryID: "\(audit.transactionID)/\(RewardMovement.adjustment.rawValue)/\(audit.auditID)",
            transactionID: audit.transactionID,
            userID: userID,
            offerID: offerID,
            merchantID: merchantID,
            movement: .adjustment,
            sourceID: audit.auditID,
            transactionAmountCents: record?.amountCents ?? audit.transactionAmountCents ?? 0,
            commissionCents: commission,
            issuerCents: issuer,
            userCents: cents,
            transactionDate: record?.transactionDate ?? audit.createdAt,
            createdAt: self.clock.now()
        )
        let terms =
            record?.explanation.terms
            ?? index.offers[offerID].map { RewardTerms(offer: $0, splits: splits) }
        let announcements =
            terms.map {
                RewardNotifications(index: index, ids: self.ids, now: self.clock.now())
                    .notifications(for: entry, event: nil, terms: $0)
            } ?? []
        return (entry, announcements)
    }

    /// The `auditUpdate` notification of the audit's current state.
    private func update(for audit: Audit) -> OutboxNotification {
        var content = NotificationContent(
            message: "Audit \(audit.auditID) of transaction \(audit.transactionID) is \(audit.status.rawValue)"
                + (audit.resolutionDescription.map { ": \($0)" } ?? "")
        )
        content.merchantName = audit.merchantName
        content.merchantID = audit.merchantID
        content.transactionAmountCents = audit.transactionAmountCents
        content.audit = NotificationContent.AuditSnapshot(audit: audit)
        return OutboxNotification(
            organizationID: audit.organizationID,
            notificationID: self.ids.uuid().uuidString.lowercased(),
            sourceKey: "audit/\(audit.auditID)/\(audit.status.rawValue)/\(StoredValues.milliseconds(audit.updatedAt))",
            event: .auditUpdate,
            userID: audit.userID,
            transactionID: audit.transactionID,
            content: content,
            createdAt: audit.updatedAt
        )
    }

    static func problem(with input: AuditInput, knownUsers: Set<UserID>) -> DomainError? {
        var issues: [ValidationIssue] = []
        if AuditReason(rawValue: input.code) == nil {
            issues.append(
                ValidationIssue(
                    field: "auditCode",
                    detail: "must be 3005 (incorrect cashback claim), 3006 (missing cashback award) or 8001 (other)"
                )
            )
        }
        let transactionID = input.transactionID.trimmed
        if transactionID.isEmpty || transactionID.count > 255 {
            issues.append(ValidationIssue(field: "transactionId", detail: "must be 1 to 255 characters"))
        }
        if input.merchantName.trimmed.isEmpty || input.merchantName.count > 255 {
            issues.append(ValidationIssue(field: "merchantName", detail: "must be 1 to 255 characters"))
        }
        if input.description.trimmed.isEmpty || input.description.count > 5_000 {
            issues.append(ValidationIssue(field: "auditDescription", detail: "must be 1 to 5000 characters"))
        }
        if let email = input.preferredContactEmail, !ContactRules.isEmail(email) {
            issues.append(ValidationIssue(field: "preferredContactEmail", detail: "is not an email address"))
        }
        if let amount = input.transactionAmountCents, amount < 0 {
            issues.append(ValidationIssue(field: "transactionAmountInCents", detail: "must not be negative"))
        }
        if let user = input.userID, !knownUsers.contains(user) {
            return .notFound(resource: "user", id: user.rawValue)
        }
        return issues.isEmpty ? nil : .invalid(issues)
    }

    static func duplicate(_ input: AuditInput, existing: String?) -> DomainError {
        .conflict(
            "An audit with code \(input.code) is open for transaction \(input.transactionID)"
                + (existing.map { " (\($0))" } ?? " in this request") + "."
        )
    }
}
