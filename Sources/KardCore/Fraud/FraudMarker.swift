import Foundation

/// An issuer's statement that a transaction is fraudulent: it earns no reward, and a reward it earned is taken back.
public struct FraudMarker: Sendable, Equatable {
    public var organizationID: OrganizationID
    public var transactionID: String
    public var userID: UserID
    public var markedAt: Date

    public init(organizationID: OrganizationID, transactionID: String, userID: UserID, markedAt: Date) {
        self.organizationID = organizationID
        self.transactionID = transactionID
        self.userID = userID
        self.markedAt = markedAt
    }
}
