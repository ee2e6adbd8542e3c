import KardModels

/// The deprecated per-user historical transaction uploads, `v2/issuers/{organizationId}/users/{userId}/uploads`
/// (`users > uploads` of Kard's v2 API; the Python SDK 30.5.1 has no wrapper for them). Scope `transaction:write`.
///
/// Kard deprecated these calls: new integrations should upload files through
/// ``TransactionsClient/createBulkTransactionsUploadURL(organizationID:files:options:)``. The flow is
/// ``create(organizationID:userID:options:)`` for an upload id, then
/// ``createPart(organizationID:userID:uploadID:transactions:options:)`` for each batch of up to 500 transactions,
/// then ``update(organizationID:userID:uploadID:options:)`` to complete it.
///
/// ```swift
/// let uploads = client.users.uploads
/// let upload = try await uploads.create(organizationID: "org", userID: "u1")
/// let uploadID = upload.id ?? ""
/// _ = try await uploads.createPart(organizationID: "org", userID: "u1", uploadID: uploadID,
///                                  transactions: [.historicalTransaction(id: "e1", attributes: attributes)])
/// _ = try await uploads.update(organizationID: "org", userID: "u1", uploadID: uploadID)
/// ```
public struct UploadsClient: Sendable {
    let executor: RequestExecutor

    /// Starts an upload session (`POST …/uploads`, body `{"data": {"type": "historicalTransactionStart",
    /// "attributes": {}}}`). Deprecated by Kard.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - options: Per-call settings.
    /// - Returns: The session; its `id` is the upload id for the next calls.
    /// - Throws: ``KardError`` (400, 401, 500…).
    public func create(
        organizationID: String,
        userID: String,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> TransactionUploadSessionResource {
        try await self.createRaw(organizationID: organizationID, userID: userID, options: options).data
    }

    /// Starts an upload session, with the HTTP status and headers. Deprecated by Kard.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - options: Per-call settings.
    /// - Returns: The session with status and headers.
    /// - Throws: ``KardError`` (400, 401, 500…).
    public func createRaw(
        organizationID: String,
        userID: String,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<TransactionUploadSessionResource> {
        let request = try KardRequest.json(
            .post,
            path: Self.path(organizationID, userID),
            body: TransactionUploadSessionDocument(data: .start())
        )
        return try await self.executor.send(request, decoding: TransactionUploadSessionDocument.self, options: options)
            .map(\.data)
    }

    /// Adds up to 500 historical transactions to an upload session (`PUT …/uploads/{uploadId}/parts`). A 207
    /// answer is a success whose ``KardModels/TransactionUploadPartResponse/errors`` lists the failed transactions.
    /// Deprecated by Kard.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - uploadID: The upload id from ``create(organizationID:userID:options:)``.
    ///   - transactions: The transactions, of type `historicalTransaction`
    ///     (``KardModels/TransactionResource/historicalTransaction(id:attributes:)``).
    ///   - options: Per-call settings.
    /// - Returns: The accepted entries and the per-transaction errors.
    /// - Throws: ``KardError`` (400, 401, 500…).
    public func createPart(
        organizationID: String,
        userID: String,
        uploadID: String,
        transactions: [TransactionResource],
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> TransactionUploadPartResponse {
        try await self.createPartRaw(
            organizationID: organizationID,
            userID: userID,
            uploadID: uploadID,
            transactions: transactions,
            options: options
        ).data
    }

    /// Adds historical transactions to an upload session, with the HTTP status (200 or 207) and headers.
    /// Deprecated by Kard.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - uploadID: The upload id.
    ///   - transactions: The transactions, of type `historicalTransaction`.
    ///   - options: Per-call settings.
    /// - Returns: The accepted entries and the per-transaction errors, with status and headers.
    /// - Throws: ``KardError`` (400, 401, 500…).
    public func createPartRaw(
        organizationID: String,
        userID: String,
        uploadID: String,
        transactions: [TransactionResource],
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<TransactionUploadPartResponse> {
        let request = try KardRequest.json(
            .put,
            path: Self.path(organizationID, userID, uploadID) + "/parts",
            body: TransactionUploadPartRequest(data: transactions)
        )
        return try await self.executor.send(request, decoding: TransactionUploadPartResponse.self, options: options)
    }

    /// Completes an upload session (`PUT …/uploads/{uploadId}`, body `{"data": {"type":
    /// "historicalTransactionComplete", "id": uploadId, "attributes": {}}}`). Deprecated by Kard.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - uploadID: The upload id.
    ///   - options: Per-call settings.
    /// - Returns: The completed session.
    /// - Throws: ``KardError`` (400, 401, 409, 500…).
    public func update(
        organizationID: String,
        userID: String,
        uploadID: String,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> TransactionUploadSessionResource {
        try await self.updateRaw(organizationID: organizationID, userID: userID, uploadID: uploadID, options: options)
            .data
    }

    /// Completes an upload session, with the HTTP status and headers. Deprecated by Kard.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - uploadID: The upload id.
    ///   - options: Per-call settings.
    /// - Returns: The completed session with status and headers.
    /// - Throws: ``KardError`` (400, 401, 409, 500…).
    public func updateRaw(
        organizationID: String,
        userID: String,
        uploadID: String,
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<TransactionUploadSessionResource> {
        let request = try KardRequest.json(
            .put,
            path: Self.path(organizationID, userID, uploadID),
            body: TransactionUploadSessionDocument(data: .complete(uploadID: uploadID))
        )
        return try await self.executor.send(request, decoding: TransactionUploadSessionDocument.self, options: options)
            .map(\.data)
    }

    private static func path(_ organizationID: String, _ userID: String, _ uploadID: String? = nil) -> String {
        var path = RewardsClient.path(organizationID, userID, "uploads")
        if let uploadID {
            path += "/\(KardRequest.encodePathSegment(uploadID))"
        }
        return path
    }
}
