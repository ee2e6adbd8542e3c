import KardModels

extension TransactionsClient {
    /// Flags submitted transactions as fraudulent, so that they are not rewarded (`POST
    /// v2/issuers/{organizationId}/fraud`, the Python SDK's `transactions.create_fraud_markers`; scope
    /// `transaction:write`, at most 500 per call).
    ///
    /// A 207 answer is a success whose ``KardModels/FraudMarkersResponse/errors`` lists the failed markers.
    ///
    /// ```swift
    /// let flagged = try await client.transactions.createFraudMarkers(
    ///     organizationID: "organization-123",
    ///     fraudulentTransactions: [FraudulentTransactionResource(transactionId: "myTxnId12345", userId: "userId123")]
    /// )
    /// ```
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - fraudulentTransactions: The transactions to flag, each identified by the issuer's transaction id, with
    ///     the user it belongs to.
    ///   - options: Per-call settings.
    /// - Returns: The markers recorded and the per-marker errors.
    /// - Throws: ``KardError`` (400, 401, 500…).
    public func createFraudMarkers(
        organizationID: String,
        fraudulentTransactions: [FraudulentTransactionResource],
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> FraudMarkersResponse {
        try await self.createFraudMarkersRaw(
            organizationID: organizationID,
            fraudulentTransactions: fraudulentTransactions,
            options: options
        ).data
    }

    /// Flags submitted transactions as fraudulent, with the HTTP status (2xx or 207) and headers.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - fraudulentTransactions: The transactions to flag.
    ///   - options: Per-call settings.
    /// - Returns: The markers recorded and the per-marker errors, with status and headers.
    /// - Throws: ``KardError`` (400, 401, 500…).
    public func createFraudMarkersRaw(
        organizationID: String,
        fraudulentTransactions: [FraudulentTransactionResource],
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<FraudMarkersResponse> {
        let request = try KardRequest.json(
            .post,
            path: "v2/issuers/\(KardRequest.encodePathSegment(organizationID))/fraud",
            body: FraudMarkersRequest(data: fraudulentTransactions)
        )
        return try await self.executor.send(request, decoding: FraudMarkersResponse.self, options: options)
    }
}
