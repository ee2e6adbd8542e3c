import Foundation

/// Transaction monitoring over whole days: flags cardholders with more transactions or more returns in a UTC day
/// than the thresholds allow, and tells their issuer (a `failedTransaction` notification with reason
/// `SUSPECTED_FRAUD`). Abnormal single amounts are flagged by the processor as they come.
public struct TransactionMonitor: Sendable {
    private let store: any FraudStore
    private let clock: any WallClock
    private let ids: any IDGenerator
    public let thresholds: MonitoringThresholds

    public init(store: any FraudStore, clock: any WallClock, ids: any IDGenerator, thresholds: MonitoringThresholds) {
        self.store = store
        self.clock = clock
        self.ids = ids
        self.thresholds = thresholds
    }

    /// Scans the UTC day of `date` and stores the flags not raised before; returns them.
    @discardableResult
    public func scan(dayOf date: Date) async throws -> [TransactionFlag] {
        let start = UTCDay.start(of: date)
        let day = UTCDay.string(start)
        let activity = try await self.store.dailyActivity(from: start, to: start.addingTimeInterval(86_400))
        let now = self.clock.now()
        var flags: [TransactionFlag] = []
        for (key, counts) in activity.sorted(by: {
            ($0.key.organizationID, $0.key.userID.rawValue) < ($1.key.organizationID, $1.key.userID.rawValue)
        }) {
            if counts.transactions > self.thresholds.dailyTransactions {
                flags.append(
                    self.flag(
                        key,
                        .dailyVolume,
                        day: day,
                        now: now,
                        detail:
                            "\(counts.transactions) transactions on \(day); the limit is \(self.thresholds.dailyTransactions)"
                    )
                )
            }
            if counts.returns > self.thresholds.dailyReturns {
                flags.append(
                    self.flag(
                        key,
                        .dailyReturns,
                        day: day,
                        now: now,
                        detail: "\(counts.returns) returns on \(day); the limit is \(self.thresholds.dailyReturns)"
                    )
                )
            }
        }
        guard !flags.isEmpty else { return [] }
        let notifications = flags.map { $0.notification(id: self.ids.uuid().uuidString.lowercased()) }
        return try await self.store.recordFlags(flags, notifications: notifications)
    }

    private func flag(_ key: UserKey, _ kind: TransactionFlagKind, day: String, now: Date, detail: String)
        -> TransactionFlag
    {
        TransactionFlag(
            organizationID: key.organizationID,
            flagID: TransactionFlag.id(organization: key.organizationID, user: key.userID, kind: kind, day: day),
            userID: key.userID,
            kind: kind,
            day: day,
            detail: detail,
            createdAt: now
        )
    }
}
