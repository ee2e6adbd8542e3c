import KardModels

extension TransactionsClient {
    /// Asks Kard to audit transactions of a user, for a missing or incorrect cashback or another mismatch
    /// (`POST v2/issuers/{organizationId}/users/{userId}/audits`, the Python SDK's `transactions.create_audits`;
    /// scope `audit:write`).
    ///
    /// A 207 answer is a success whose ``KardModels/CreateAuditsResponse/errors`` lists the failed audits. The
    /// outcome of an audit arrives later, through the `auditUpdate` notification.
    ///
    /// ```swift
    /// let created = try await client.transactions.createAudits(
    ///     organizationID: "organization-123",
    ///     userID: "user-123",
    ///     audits: [
    ///         AuditRequestResource(
    ///             auditCode: .other,
    ///             merchantName: "Caribbean Goodness",
    ///             auditDescription: "duplicate transaction",
    ///             transactionId: "issuerTransaction123"
    ///         )
    ///     ]
    /// )
    /// print(created.data.map(\.id))
    /// ```
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - audits: The audits to request, each `{"type": "audit", "attributes"}`.
    ///   - options: Per-call settings.
    /// - Returns: The audits created (with Kard's audit ids) and the per-audit errors.
    /// - Throws: ``KardError`` (400, 401, 404, 409, 500…).
    public func createAudits(
        organizationID: String,
        userID: String,
        audits: [AuditRequestResource],
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> CreateAuditsResponse {
        try await self.createAuditsRaw(organizationID: organizationID, userID: userID, audits: audits, options: options)
            .data
    }

    /// Asks Kard to audit transactions of a user, with the HTTP status (201 or 207) and headers.
    ///
    /// - Parameters:
    ///   - organizationID: The issuer's organization id.
    ///   - userID: The issuer's user id.
    ///   - audits: The audits to request.
    ///   - options: Per-call settings.
    /// - Returns: The audits created and the per-audit errors, with status and headers.
    /// - Throws: ``KardError`` (400, 401, 404, 409, 500…).
    public func createAuditsRaw(
        organizationID: String,
        userID: String,
        audits: [AuditRequestResource],
        options: RequestOptions = RequestOptions()
    ) async throws(KardError) -> KardResponse<CreateAuditsResponse> {
        let request = try KardRequest.json(
            .post,
            path: RewardsClient.path(organizationID, userID, "audits"),
            body: CreateAuditsRequest(data: audits)
        )
        return try await self.executor.send(request, decoding: CreateAuditsResponse.self, options: options)
    }
}
