import Foundation

/// Everything known of one transaction, for an operator: its events, the state they add up to, the matching
/// decision with the reason for every merchant and offer considered, and its ledger movements. What
/// `kard explain` prints and the admin API returns.
public struct TransactionReport: Sendable, Equatable, Codable {
    public var organizationId: String
    public var transactionId: String
    public var userId: String
    /// `nil` while the events wait to be processed.
    public var status: TransactionStatus?
    public var amountCents: Int64?
    public var transactionDate: Date?
    public var merchantId: String?
    public var offerId: String?
    public var isRewarded: Bool
    public var explanation: MatchExplanation?
    public var events: [Event]
    public var ledger: [Movement]

    /// One event as received.
    public struct Event: Sendable, Equatable, Codable {
        public var eventId: String
        public var kind: TransactionEventKind
        public var status: TransactionStatus?
        public var amountCents: Int64
        public var description: String
        public var date: Date
        public var receivedAt: Date
    }

    /// One ledger movement.
    public struct Movement: Sendable, Equatable, Codable {
        public var entryId: String
        public var movement: RewardMovement
        public var transactionAmountCents: Int64
        public var commissionCents: Int64
        public var issuerCents: Int64
        public var userCents: Int64
        public var payment: IssuerPayment
        public var createdAt: Date
    }

    /// Gathers the report of a transaction.
    /// - Throws: ``DomainError/notFound(resource:id:)`` when the organization has no event of that transaction.
    public static func load(
        _ transactionID: String,
        in organization: OrganizationID,
        from store: any KardStore
    ) async throws -> TransactionReport {
        let stored = try await store.transactionEvents(of: transactionID, in: organization)
        guard let first = stored.first else {
            throw DomainError.notFound(resource: "transaction", id: transactionID)
        }
        let record = try await store.transactionRecord(of: transactionID, in: organization)
        let ledger = try await store.ledgerEntries(of: transactionID, in: organization)
        let events = try stored.map { stored in
            let event = try StoredValues.decodeJSON(TransactionEvent.self, from: stored.payload)
            return Event(
                eventId: event.eventID,
                kind: event.kind,
                status: event.status,
                amountCents: event.amountCents,
                description: event.description,
                date: TransactionLifecycle.date(of: event),
                receivedAt: stored.receivedAt
            )
        }
        return TransactionReport(
            organizationId: organization.rawValue,
            transactionId: transactionID,
            userId: (record?.userID ?? first.userID).rawValue,
            status: record?.status,
            amountCents: record?.amountCents,
            transactionDate: record?.transactionDate,
            merchantId: record?.merchantID?.rawValue,
            offerId: record?.offerID?.rawValue,
            isRewarded: record?.isRewarded ?? false,
            explanation: record?.explanation,
            events: events,
            ledger: ledger.map {
                Movement(
                    entryId: $0.entryID,
                    movement: $0.movement,
                    transactionAmountCents: $0.transactionAmountCents,
                    commissionCents: $0.commissionCents,
                    issuerCents: $0.issuerCents,
                    userCents: $0.userCents,
                    payment: $0.payment,
                    createdAt: $0.createdAt
                )
            }
        )
    }

    /// The report for people to read.
    public var text: String {
        var lines = ["Transaction \(self.transactionId) of user \(self.userId) (organization \(self.organizationId))"]
        if let status, let amountCents {
            lines.append("  state: \(status.rawValue), \(Money.format(amountCents))")
        } else {
            lines.append("  state: not processed yet")
        }
        lines.append("Events:")
        for event in self.events {
            lines.append(
                "  \(event.eventId): \(event.status?.rawValue ?? "MATCHED") \(Money.format(event.amountCents)) on "
                    + "\(event.date.ISO8601Format()) \"\(event.description)\" (\(event.kind.rawValue))"
            )
        }
        if let explanation {
            lines.append("Decision (catalog version \(explanation.catalogVersion)): \(explanation.summary)")
            lines.append("  descriptor: \(explanation.descriptor.isEmpty ? "(empty)" : explanation.descriptor)")
            for merchant in explanation.merchants {
                lines.append("  merchant \(merchant.merchantID) \(merchant.name): \(merchant.reason)")
            }
            for offer in explanation.offers {
                lines.append(
                    "  offer \(offer.offerID) \"\(offer.name)\": \(offer.qualifies ? "qualifies" : "no") - \(offer.reason)"
                )
            }
        }
        lines.append(self.ledger.isEmpty ? "Ledger: no movement" : "Ledger:")
        for entry in self.ledger {
            lines.append(
                "  \(entry.movement.rawValue): cardholder \(Money.format(entry.userCents)), issuer "
                    + "\(Money.format(entry.issuerCents)), commission \(Money.format(entry.commissionCents)) on "
                    + "\(Money.format(entry.transactionAmountCents)) [\(entry.payment.rawValue)] (\(entry.entryId))"
            )
        }
        return lines.joined(separator: "\n")
    }
}
