import Foundation
import Hummingbird
import KardCore
import KardModels

/// Audits of transactions: v2 `POST /v2/issuers/{organizationId}/users/{userId}/audits` (results come through
/// `auditUpdate` notifications), legacy `POST /transactions/audit` and `GET /transactions/audit/{id}`.
struct AuditsController {
    let platform: Platform

    /// At most this many audits per v2 request.
    static let maximumBatchSize = 100

    func addRoutes(to group: RouterGroup<KardRequestContext>) {
        group.post("/v2/issuers/:organizationId/users/:userId/audits", use: self.create)
        group.post("/transactions/audit", use: self.createLegacy)
        group.get("/transactions/audit/:auditId", use: self.legacyAudit)
    }

    /// 201 with the audits' ids when all are stored, 207 when some are refused, 404 for an unknown user, 409 when
    /// every refusal is an open audit of the same transaction and code, 400 otherwise.
    @Sendable func create(request: Request, context: KardRequestContext) async throws -> Response {
        _ = try context.requireScope(.auditWrite)
        let organization = try await self.platform.organizations.pathOrganization(context)
        let userID = UserID(try context.parameters.require("userId"))
        guard try await !self.platform.store.existingUserIDs([userID], in: organization.id).isEmpty else {
            throw DomainError.notFound(resource: "user", id: userID.rawValue)
        }
        let body = try BatchDocument<AuditRequestResource>.decode(from: try await request.bodyData(context: context))
        guard (1...Self.maximumBatchSize).contains(body.data.count) else {
            throw APIError(
                .badRequest,
                detail: "data must hold 1 to \(Self.maximumBatchSize) audits; it holds \(body.data.count).",
                pointer: "/data"
            )
        }
        var errors = BatchErrors()
        let decoded = errors.wellFormed(body, hint: "An attribute of this audit has the wrong type or form.")
        let results = try await self.platform.audits.create(
            decoded.map { _, resource in
                AuditInput(
                    userID: userID,
                    transactionID: resource.attributes.transactionId,
                    code: resource.attributes.auditCode.rawValue,
                    merchantName: resource.attributes.merchantName,
                    description: resource.attributes.auditDescription
                )
            },
            in: organization.id
        )
        var created: [AuditResponseResource] = []
        for ((index, _), result) in zip(decoded, results) {
            switch result {
            case .success(let audit):
                errors.accept()
                created.append(
                    AuditResponseResource(
                        id: audit.auditID,
                        attributes: AuditResponseAttributes(transactionId: audit.transactionID)
                    )
                )
            case .failure(let error):
                errors.refuse(error, index: index, id: nil)
            }
        }
        if errors.isEmpty { return JSONResponse.make(CreateAuditsResponse(data: created), status: .created) }
        if errors.accepted > 0 {
            return JSONResponse.make(
                CreateAuditsResponse(data: created, errors: errors.errors),
                status: errors.failureStatus
            )
        }
        return errors.failureResponse
    }

    /// The legacy form: one audit, answered with the stored audit (`_id`, `status` `NEW`).
    @Sendable func createLegacy(request: Request, context: KardRequestContext) async throws -> Response {
        let principal = try context.requireScope(.auditWrite)
        let body = try await request.decodeJSON(LegacyCreateAuditRequest.self, context: context)
        let input = AuditInput(
            userID: body.referringPartnerUserId.map(UserID.init),
            transactionID: body.transactionId,
            code: body.auditCode.rawValue,
            merchantName: body.merchantName,
            description: body.auditDescription,
            merchantID: body.merchantId.map(MerchantID.init),
            transactionAmountCents: body.transactionAmountInCents.map(Int64.init),
            preferredContactEmail: body.preferredContactEmail,
            submitterName: body.submitterName
        )
        let results = try await self.platform.audits.create([input], in: principal.actingOrganizationID)
        guard let result = results.first else { throw APIError(.internalServerError, detail: "No audit was created.") }
        return JSONResponse.make(Self.legacy(try result.get()), status: .created)
    }

    /// An audit of the caller's organization, with its resolution once closed.
    @Sendable func legacyAudit(request: Request, context: KardRequestContext) async throws -> Response {
        let principal = try context.requireScope(.auditRead)
        let audit = try await self.platform.audits.audit(
            try context.parameters.require("auditId"),
            in: principal.actingOrganizationID
        )
        return JSONResponse.make(Self.legacy(audit))
    }

    static func legacy(_ audit: Audit) -> LegacyAuditResponse {
        LegacyAuditResponse(
            id: audit.auditID,
            transactionId: audit.transactionID,
            auditCode: KardModels.AuditCode(rawValue: audit.code),
            merchantName: audit.merchantName,
            auditDescription: audit.description,
            preferredContactEmail: audit.preferredContactEmail ?? "",
            status: AuditStatusValue(rawValue: audit.status.rawValue),
            transactionAmountInCents: audit.transactionAmountCents.map { Int($0) },
            referringPartnerUserId: audit.userID?.rawValue,
            merchantId: audit.merchantID?.rawValue,
            submitterName: audit.submitterName,
            resolutionCode: audit.resolutionCode.map(AuditResolutionCode.init(rawValue:)),
            resolutionDescription: audit.resolutionDescription,
            resolutionTimeStamp: audit.resolvedAt.map(KardDate.init)
        )
    }
}
