/// What transaction monitoring considers abnormal for one cardholder.
public struct MonitoringThresholds: Sendable, Equatable {
    /// A single transaction above this amount is flagged.
    public var abnormalAmountCents: Int64
    /// More transactions than this in one UTC day are flagged.
    public var dailyTransactions: Int
    /// More returns than this in one UTC day are flagged.
    public var dailyReturns: Int

    public init(abnormalAmountCents: Int64 = 1_000_000, dailyTransactions: Int = 25, dailyReturns: Int = 5) {
        self.abnormalAmountCents = abnormalAmountCents
        self.dailyTransactions = dailyTransactions
        self.dailyReturns = dailyReturns
    }

    public static let standard = MonitoringThresholds()
}
