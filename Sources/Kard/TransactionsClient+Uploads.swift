import KardModels

extension TransactionsClient {
    /// Gets presigned URLs to upload 1 to 10 JSONL transaction files directly to storage (`POST
    /// v2/issuers/{organizationId}/transactions/uploads`, the Python SDK's
    /// `transactions.create_bulk_transactions_upload_url`; scope `files:write`).
    ///
    /// `PUT` each file (plain JSONL or gzip-compressed, up to 5 GB) to its URL as the binary body within
    /// ``KardModels/TransactionUploadURLAttributes/expiresIn`` seconds (15 minutes); ask again once a URL expires.
    ///
    /// ```swift
    /// let sessions = try await client.transactions.createBulkTransactionsUploadURL(
    ///     organizationID: "organization-123",
    ///     files: [TransactionUploadFile(type: .incomingTransactionsFile, filename: "transaction_12345.jsonl")]
    /// )
    /// let uploadURL = sessions.data[0].attributes.url
    /// ```
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - files: The files, `incomingTransactionsFile` (daily ingestion) or `historicalTransactionsFile` (backfill).
    ///   - options: Per-call settings.
    /// - Returns: One upload session (id, URL, lifetime) per file.
    /// - Throws: ``KardError`` (400, 401, 403, 500…).
    public func createBulkTransactionsUploadURL(
        organizationID: String,
        files: [TransactionUploadFile],
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> TransactionUploadResponse {
        try await self.createBulkTransactionsUploadURLRaw(
            organizationID: organizationID,
            files: files,
            options: options
        )
        .data
    }

    /// Gets presigned URLs to upload transaction files, with the HTTP status (201) and headers.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - files: The files, 1 to 10.
    ///   - options: Per-call settings.
    /// - Returns: One upload session per file, with status and headers.
    /// - Throws: ``KardError`` (400, 401, 403, 500…).
    public func createBulkTransactionsUploadURLRaw(
        organizationID: String,
        files: [TransactionUploadFile],
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<TransactionUploadResponse> {
        let request = try KardRequest.json(
            .post,
            path: "v2/issuers/\(KardRequest.encodePathSegment(organizationID))/transactions/uploads",
            body: TransactionUploadRequest(data: files)
        )
        return try await self.executor.send(request, decoding: TransactionUploadResponse.self, options: options)
    }
}
