import Foundation
import Hummingbird
import KardCore
import KardModels

/// The per-user historical uploads Kard deprecated in favour of the bulk files: `POST …/users/{userId}/uploads`
/// starts a session, `PUT …/users/{userId}/uploads/{uploadId}/parts` adds up to 500 of the user's past
/// transactions (they feed the user's merchant history at once, like the lines of a `historicalTransactionsFile`),
/// and `PUT …/users/{userId}/uploads/{uploadId}` completes it. Scope `transaction:write`.
struct UserUploadsController {
    let uploads: TransactionUploads
    let organizations: OrganizationService

    /// The `type`s a part's transactions may have (`historicalTransaction` is the documented one).
    static let partTypes: Set<String> = [
        TransactionResource.historicalTransactionType, TransactionResource.transactionType,
        TransactionResource.matchedTransactionType, TransactionResource.coreTransactionType,
    ]

    func addRoutes(to group: RouterGroup<KardRequestContext>) {
        group.post("/v2/issuers/:organizationId/users/:userId/uploads", use: self.start)
        group.put("/v2/issuers/:organizationId/users/:userId/uploads/:uploadId/parts", use: self.addPart)
        group.put("/v2/issuers/:organizationId/users/:userId/uploads/:uploadId", use: self.complete)
    }

    /// 200 `{"data": {"type": "historicalTransactionStart", "id", "attributes": {}}}`; 404 for an unknown user.
    @Sendable func start(request: Request, context: KardRequestContext) async throws -> Response {
        _ = try context.requireScope(.transactionWrite)
        let organization = try await self.organizations.pathOrganization(context)
        let body = try await request.decodeJSON(TransactionUploadSessionDocument.self, context: context)
        guard body.data.type == TransactionUploadSessionResource.startType else {
            throw APIError(
                .badRequest,
                detail: "type must be \(TransactionUploadSessionResource.startType).",
                pointer: "/data/type"
            )
        }
        let upload = try await self.uploads.service.startUserUpload(
            for: UserID(try context.parameters.require("userId")),
            in: organization.id
        )
        return JSONResponse.make(
            TransactionUploadSessionDocument(
                data: TransactionUploadSessionResource(type: TransactionUploadSessionResource.startType, id: upload.id)
            )
        )
    }

    /// 200 with one entry per transaction taken (its event id), 207 when some are refused (each error names the
    /// event), 400 when none is taken; 404 for an unknown session, 409 for a completed one.
    @Sendable func addPart(request: Request, context: KardRequestContext) async throws -> Response {
        _ = try context.requireScope(.transactionWrite)
        let organization = try await self.organizations.pathOrganization(context)
        let userID = try context.parameters.require("userId")
        let uploadID = try context.parameters.require("uploadId")
        let body = try BatchDocument<TransactionResource>.decode(from: try await request.bodyData(context: context))
        let maximum = TransactionUploadService.maximumPartSize
        guard (1...maximum).contains(body.data.count) else {
            throw APIError(
                .badRequest,
                detail: "data must hold 1 to \(maximum) transactions; it holds \(body.data.count).",
                pointer: "/data"
            )
        }
        var errors = BatchErrors()
        var items: [(index: Int, item: TransactionResource)] = []
        for (index, resource) in errors.wellFormed(body, hint: "An attribute of this transaction has the wrong type.") {
            guard Self.partTypes.contains(resource.type) else {
                errors.refuse(
                    .invalid(field: "type", "type must be \(TransactionResource.historicalTransactionType)."),
                    index: index,
                    id: resource.id
                )
                continue
            }
            items.append((index, resource))
        }
        let inputs = items.map { _, resource in
            var input = resource.input
            if input.userID == nil { input.userID = userID }
            return input
        }
        let outcomes = try await self.uploads.service.addUserUploadPart(
            inputs,
            to: uploadID,
            user: UserID(userID),
            in: organization.id
        )
        var taken: [TransactionUploadSessionResource] = []
        for ((index, resource), outcome) in zip(items, outcomes) {
            if let error = outcome {
                errors.refuse(error, index: index, id: resource.id)
            } else {
                errors.accept()
                taken.append(
                    TransactionUploadSessionResource(type: TransactionUploadSessionResource.partType, id: resource.id)
                )
            }
        }
        if errors.isEmpty { return JSONResponse.make(TransactionUploadPartResponse(data: taken)) }
        if errors.accepted > 0 {
            return JSONResponse.make(
                TransactionUploadPartResponse(data: taken, errors: errors.errors),
                status: errors.failureStatus
            )
        }
        return errors.failureResponse
    }

    /// 200 `{"data": {"type": "historicalTransactionComplete", "id", "attributes": {}}}`; 409 when completed
    /// already.
    @Sendable func complete(request: Request, context: KardRequestContext) async throws -> Response {
        _ = try context.requireScope(.transactionWrite)
        let organization = try await self.organizations.pathOrganization(context)
        let uploadID = try context.parameters.require("uploadId")
        let body = try await request.decodeJSON(TransactionUploadSessionDocument.self, context: context)
        guard body.data.type == TransactionUploadSessionResource.completeType else {
            throw APIError(
                .badRequest,
                detail: "type must be \(TransactionUploadSessionResource.completeType).",
                pointer: "/data/type"
            )
        }
        if let id = body.data.id, id != uploadID {
            throw APIError(.badRequest, detail: "data.id must be the upload id of the path.", pointer: "/data/id")
        }
        let upload = try await self.uploads.service.completeUserUpload(
            uploadID,
            user: UserID(try context.parameters.require("userId")),
            in: organization.id
        )
        return JSONResponse.make(
            TransactionUploadSessionDocument(
                data: TransactionUploadSessionResource(
                    type: TransactionUploadSessionResource.completeType,
                    id: upload.id
                )
            )
        )
    }
}
