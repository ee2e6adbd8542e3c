/// Why an issuer asks for an audit (`auditCode`, an integer on the wire).
///
/// Codes this version does not know still decode. Write one as an integer literal (`8001`) or with a named constant.
public struct AuditCode: OpenIntegerCode {
    /// The numeric code.
    public let rawValue: Int

    /// Creates a code.
    ///
    /// - Parameter rawValue: The numeric code.
    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// `3005`: the customer claims the cashback is incorrect (INCORRECT CASHBACK CLAIM).
    public static let incorrectCashbackClaim: AuditCode = 3005
    /// `3006`: the transaction is missing its cashback award (MISSING CASHBACK AWARD).
    public static let missingCashbackAward: AuditCode = 3006
    /// `8001`: other; see the audit description.
    public static let other: AuditCode = 8001

    /// The codes Kard documents.
    public static let documented: [AuditCode] = [.incorrectCashbackClaim, .missingCashbackAward, .other]
}

/// How a closed audit was resolved (`resolutionCode`, an integer on the wire).
///
/// Codes this version does not know still decode.
public struct AuditResolutionCode: OpenIntegerCode {
    /// The numeric code.
    public let rawValue: Int

    /// Creates a code.
    ///
    /// - Parameter rawValue: The numeric code.
    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// `5001`: the transaction will be deleted.
    public static let transactionDeleted: AuditResolutionCode = 5001
    /// `5002`: the settlement amount will be adjusted.
    public static let settlementAmountAdjusted: AuditResolutionCode = 5002
    /// `5003`: the return amount will be adjusted.
    public static let returnAmountAdjusted: AuditResolutionCode = 5003
    /// `5004`: the reward dispute is resolved.
    public static let rewardDisputeResolved: AuditResolutionCode = 5004
    /// `5005`: the transaction will be marked for write-off.
    public static let markedForWriteOff: AuditResolutionCode = 5005
    /// `5006`: the transaction will be marked as rejected.
    public static let markedRejected: AuditResolutionCode = 5006
    /// `5007`: the transaction will be resent through the webhook.
    public static let resentThroughWebhook: AuditResolutionCode = 5007
    /// `5008`: the transaction will be resent through the daily file.
    public static let resentThroughDailyFile: AuditResolutionCode = 5008
    /// `5009`: no change needed.
    public static let noChangeNeeded: AuditResolutionCode = 5009
    /// `9001`: an ineligible item was in the purchase.
    public static let ineligibleItem: AuditResolutionCode = 9001
    /// `9002`: a return was made.
    public static let returnMade: AuditResolutionCode = 9002
    /// `9003`: the user is not eligible for the offer, usually through another program.
    public static let userIneligible: AuditResolutionCode = 9003
    /// `9004`: the offer's redemption limit was hit.
    public static let redemptionLimitHit: AuditResolutionCode = 9004
    /// `9005`: the transaction was not captured.
    public static let transactionNotCaptured: AuditResolutionCode = 9005

    /// The codes Kard documents.
    public static let documented: [AuditResolutionCode] = [
        .transactionDeleted, .settlementAmountAdjusted, .returnAmountAdjusted, .rewardDisputeResolved,
        .markedForWriteOff, .markedRejected, .resentThroughWebhook, .resentThroughDailyFile, .noChangeNeeded,
        .ineligibleItem, .returnMade, .userIneligible, .redemptionLimitHit, .transactionNotCaptured,
    ]
}

/// Where an audit stands (`AuditStatus`).
public struct AuditStatusValue: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Received, not looked at yet.
    public static let new: AuditStatusValue = "NEW"
    /// Being investigated.
    public static let inProgress: AuditStatusValue = "IN_PROGRESS"
    /// Resolved; the resolution fields are set.
    public static let closed: AuditStatusValue = "CLOSED"
}
