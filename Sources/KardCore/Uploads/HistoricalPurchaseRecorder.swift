import Foundation

/// Feeds historical transactions into the users' merchant history, which targeting reads (new and lapsed
/// customers): each event is checked like an API event, its merchant identified like the matcher does (MID, then
/// descriptor), and a purchase (an approval or a settlement) recorded at its date. Nothing reaches the inbox or the
/// ledger: history earns no reward.
struct HistoricalPurchaseRecorder: Sendable {
    let store: any KardStore
    let catalog: CatalogIndexCache
    let clock: any WallClock

    /// What became of one historical event.
    enum Outcome: Sendable, Equatable {
        /// A purchase at a catalog merchant, recorded.
        case recorded(MerchantID)
        /// A purchase at no catalog merchant: nothing to record.
        case unknownMerchant
        /// A valid event that is not a purchase (declined, reversed, returned).
        case notPurchase
        case refused(DomainError)
    }

    /// Records the purchases among `inputs`; the outcomes are in the order of `inputs`.
    /// - Parameters:
    ///   - user: when given, every event must be this user's (a per-user upload session).
    ///   - flagged: users already marked as having sent their history (updated).
    func record(
        _ inputs: [TransactionInput],
        in organization: OrganizationID,
        user: UserID? = nil,
        flagged: inout Set<UserID>
    ) async throws -> [Outcome] {
        let now = self.clock.now()
        var outcomes: [Outcome?] = Array(repeating: nil, count: inputs.count)
        var events: [(index: Int, event: TransactionEvent)] = []
        for (index, input) in inputs.enumerated() {
            var input = input
            if input.kind == Self.historicalKind { input.kind = TransactionEventKind.transaction.rawValue }
            switch TransactionRules.event(from: input, organization: organization, now: now) {
            case .success(let event):
                if let user, event.userID != user {
                    outcomes[index] = .refused(
                        .invalid(field: "userId", "This upload is for user \(user); the event is for \(event.userID).")
                    )
                } else {
                    events.append((index, event))
                }
            case .failure(let error):
                outcomes[index] = .refused(error)
            }
        }
        let known = try await self.store.existingUserIDs(Set(events.map(\.event.userID)), in: organization)
        let matcher = TransactionMatcher(index: try await self.catalog.index())
        var purchases: [MerchantPurchase] = []
        var users: Set<UserID> = []
        for (index, event) in events {
            guard known.contains(event.userID) else {
                outcomes[index] = .refused(
                    .invalid(field: "userId", "No user \(event.userID) is enrolled in this organization.")
                )
                continue
            }
            users.insert(event.userID)
            switch event.status ?? .settled {
            case .approved, .settled:
                break
            default:
                outcomes[index] = .notPurchase
                continue
            }
            let candidates = matcher.candidates(for: event, descriptor: MerchantDescriptor(event.description))
            guard let merchantID = candidates.first?.merchantID else {
                outcomes[index] = .unknownMerchant
                continue
            }
            purchases.append(
                MerchantPurchase(
                    organizationID: organization,
                    userID: event.userID,
                    merchantID: merchantID,
                    date: event.authorizationDate ?? TransactionLifecycle.date(of: event)
                )
            )
            outcomes[index] = .recorded(merchantID)
        }
        try await self.store.recordPurchases(purchases)
        try await self.markHistorySent(users.subtracting(flagged), in: organization, now: now)
        flagged.formUnion(users)
        return outcomes.map { $0 ?? .refused(.invalid(field: "", "The event could not be read.")) }
    }

    /// Sets `historicalTransactionsSent` on the users that do not have it yet.
    func markHistorySent(_ users: Set<UserID>, in organization: OrganizationID, now: Date) async throws {
        for id in users.sorted(by: { $0.rawValue < $1.rawValue }) {
            guard var user = try await self.store.user(id, in: organization), !user.profile.historicalTransactionsSent
            else { continue }
            user.profile.historicalTransactionsSent = true
            user.updatedAt = now
            _ = try await self.store.updateUser(user)
        }
    }

    /// The `type` of the transactions of a per-user upload part, read as a `transaction`.
    static let historicalKind = "historicalTransaction"
}
