import Foundation

/// Takes issuers' fraud markers: a marked transaction earns no reward, and one it earned is taken back (the
/// processor decides the transaction again with the marker).
public struct FraudService: Sendable {
    private let store: any KardStore
    private let clock: any WallClock

    public init(store: any KardStore, clock: any WallClock) {
        self.store = store
        self.clock = clock
    }

    /// One marker as sent: the issuer's transaction id and its user.
    public struct MarkerInput: Sendable, Equatable {
        public var transactionID: String
        public var userID: String

        public init(transactionID: String, userID: String) {
            self.transactionID = transactionID
            self.userID = userID
        }
    }

    /// Checks each marker (an id, a known user) and stores the valid ones together; results in input order.
    /// Marking a transaction twice is accepted and changes nothing.
    public func mark(_ inputs: [MarkerInput], in organization: OrganizationID) async throws
        -> [Result<Void, DomainError>]
    {
        let now = self.clock.now()
        let known = try await self.store.existingUserIDs(Set(inputs.map { UserID($0.userID) }), in: organization)
        var markers: [FraudMarker] = []
        let results: [Result<Void, DomainError>] = inputs.map { input in
            let transactionID = String(input.transactionID.trimmed)
            guard !transactionID.isEmpty, transactionID.count <= 255 else {
                return .failure(.invalid(field: "id", "The transaction id must be 1 to 255 characters."))
            }
            guard known.contains(UserID(input.userID)) else {
                return .failure(.invalid(field: "userId", "No user \(input.userID) is enrolled in this organization."))
            }
            markers.append(
                FraudMarker(
                    organizationID: organization,
                    transactionID: transactionID,
                    userID: UserID(input.userID),
                    markedAt: now
                )
            )
            return .success(())
        }
        if !markers.isEmpty { _ = try await self.store.markFraudulent(markers) }
        return results
    }
}
