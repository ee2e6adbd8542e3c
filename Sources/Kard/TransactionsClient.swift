import KardModels

/// Transaction events, `v2/issuers/{organizationId}/transactions` (the Python SDK's `client.transactions`).
///
/// Also, as in the Python SDK: a user's earned rewards
/// (``getEarnedRewards(organizationID:userID:pageAfter:pageBefore:pageSize:status:paidInFullOnly:range:include:options:)``),
/// audits (``createAudits(organizationID:userID:audits:options:)``), fraud markers
/// (``createFraudMarkers(organizationID:fraudulentTransactions:options:)``) and file upload URLs
/// (``createBulkTransactionsUploadURL(organizationID:files:options:)``).
///
/// ```swift
/// let result = try await client.transactions.create(
///     organizationID: "organization-123",
///     transactions: [
///         .transaction(
///             id: "12345610",
///             attributes: TransactionAttributes(
///                 userId: "1234567890",
///                 transactionId: "12345611",
///                 amount: 1000,
///                 description: "ADVANCEAUTO",
///                 status: .approved,
///                 currency: "USD",
///                 authorizationDate: "2021-07-02T17:47:06Z",
///                 merchant: TransactionMerchantInfo(name: "ADVANCEAUTO"),
///                 cardBIN: "123456",
///                 cardLastFour: "4321",
///                 direction: .debit,
///                 paymentType: .card
///             )
///         )
///     ]
/// )
/// ```
public struct TransactionsClient: Sendable {
    let executor: RequestExecutor

    /// Sends up to 500 transaction events, processed later. A 207 answer is a success whose
    /// ``TransactionsCreateResult/errors`` lists the failed events.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - transactions: The events, of type `transaction`, `matchedTransaction` or `coreTransaction`.
    ///   - options: Per-call settings.
    /// - Returns: The queued job and the per-event errors.
    /// - Throws: ``KardError`` (400, 401, 409, 500…).
    public func create(
        organizationID: String,
        transactions: [TransactionResource],
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> TransactionsCreateResult {
        try await self.createRaw(organizationID: organizationID, transactions: transactions, options: options).data
    }

    /// Sends up to 500 transaction events, with the HTTP status (202 or 207) and headers.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - transactions: The events, of type `transaction`, `matchedTransaction` or `coreTransaction`.
    ///   - options: Per-call settings.
    /// - Returns: The queued job and the per-event errors, with status and headers.
    /// - Throws: ``KardError`` (400, 401, 409, 500…).
    public func createRaw(
        organizationID: String,
        transactions: [TransactionResource],
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<TransactionsCreateResult> {
        let request = try KardRequest.json(
            .post,
            path: "v2/issuers/\(KardRequest.encodePathSegment(organizationID))/transactions",
            body: TransactionsRequest(data: transactions)
        )
        return try await self.executor.send(request, decoding: TransactionsCreateResult.self, options: options)
    }
}
