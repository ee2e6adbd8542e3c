import Foundation

/// Something transaction monitoring found suspicious about a cardholder's activity, for the operator to review.
/// At most one flag per organization, user, kind and day.
public struct TransactionFlag: Sendable, Equatable {
    public var organizationID: OrganizationID
    public var flagID: String
    public var userID: UserID
    public var kind: TransactionFlagKind
    /// The UTC day (`2026-11-22`) the activity happened on.
    public var day: String
    /// The transaction that raised the flag, for an abnormal amount.
    public var transactionID: String?
    /// What was seen, with the threshold (`14 transactions on 2026-11-22; the limit is 10`).
    public var detail: String
    public var createdAt: Date

    public init(
        organizationID: OrganizationID,
        flagID: String,
        userID: UserID,
        kind: TransactionFlagKind,
        day: String,
        transactionID: String? = nil,
        detail: String,
        createdAt: Date
    ) {
        self.organizationID = organizationID
        self.flagID = flagID
        self.userID = userID
        self.kind = kind
        self.day = day
        self.transactionID = transactionID
        self.detail = detail
        self.createdAt = createdAt
    }
}

/// What transaction monitoring looks for.
public enum TransactionFlagKind: String, Sendable, Equatable, Codable, CaseIterable {
    /// One transaction above the amount threshold.
    case abnormalAmount = "ABNORMAL_AMOUNT"
    /// More transactions in a day than the threshold.
    case dailyVolume = "DAILY_VOLUME"
    /// More returns in a day than the threshold.
    case dailyReturns = "DAILY_RETURNS"
}

extension TransactionFlag {
    /// The deterministic id of the flag of a kind for a user and day, so that raising it twice stores it once.
    public static func id(organization: OrganizationID, user: UserID, kind: TransactionFlagKind, day: String) -> String
    {
        "\(organization)/\(user)/\(kind.rawValue)/\(day)"
    }

    /// The `failedTransaction` notification that tells the issuer of the flag (reason `SUSPECTED_FRAUD`).
    public func notification(id: String) -> OutboxNotification {
        var content = NotificationContent(message: "Suspected fraud for user \(self.userID): \(self.detail)")
        content.reason = "SUSPECTED_FRAUD"
        return OutboxNotification(
            organizationID: self.organizationID,
            notificationID: id,
            sourceKey: "flag/\(self.flagID)",
            event: .failedTransaction,
            userID: self.userID,
            transactionID: self.transactionID,
            content: content,
            createdAt: self.createdAt
        )
    }
}
