/// Kard's audit reasons (`auditCode`).
public enum AuditReason: Int, Sendable, CaseIterable, Codable {
    case incorrectCashbackClaim = 3005
    case missingCashbackAward = 3006
    case other = 8001

    /// What the code means.
    public var meaning: String {
        switch self {
        case .incorrectCashbackClaim: "incorrect cashback claim"
        case .missingCashbackAward: "missing cashback award"
        case .other: "other (see the description)"
        }
    }
}

/// Kard's audit resolutions (`resolutionCode`), set when an audit is closed.
public enum AuditResolution: Int, Sendable, CaseIterable, Codable {
    case transactionDeleted = 5001
    case settlementAmountAdjusted = 5002
    case returnAmountAdjusted = 5003
    case rewardDisputeResolved = 5004
    case markedForWriteOff = 5005
    case markedRejected = 5006
    case resentThroughWebhook = 5007
    case resentThroughDailyFile = 5008
    case noChangeNeeded = 5009
    case ineligibleItemInPurchase = 9001
    case returnWasMade = 9002
    case userIneligible = 9003
    case redemptionLimitHit = 9004
    case transactionNotCaptured = 9005

    /// The standard description of the resolution.
    public var meaning: String {
        switch self {
        case .transactionDeleted: "Transaction deleted"
        case .settlementAmountAdjusted: "Settlement amount adjusted"
        case .returnAmountAdjusted: "Return amount adjusted"
        case .rewardDisputeResolved: "Reward dispute resolved"
        case .markedForWriteOff: "Marked for write-off"
        case .markedRejected: "Marked rejected"
        case .resentThroughWebhook: "Resent through webhook"
        case .resentThroughDailyFile: "Resent through daily file"
        case .noChangeNeeded: "No change needed"
        case .ineligibleItemInPurchase: "Ineligible item in purchase"
        case .returnWasMade: "Return was made"
        case .userIneligible: "User ineligible (for example, participates through another program)"
        case .redemptionLimitHit: "Redemption limit hit"
        case .transactionNotCaptured: "Transaction not captured"
        }
    }
}
