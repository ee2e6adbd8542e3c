import Foundation
import Hummingbird
import KardCore

/// The operator's view of transaction uploads: `GET /admin/uploads` (newest first; `organizationId`, `status`,
/// `limit` 1–500), `GET /admin/uploads/{uploadId}` (the record with its counts and errors) and
/// `POST /admin/uploads/{uploadId}/process` (process the stored file again from its first line).
struct AdminUploadsController {
    let uploads: TransactionUploads

    func addRoutes(to group: RouterGroup<KardRequestContext>) {
        group.get("/admin/uploads", use: self.list)
        group.get("/admin/uploads/:uploadId", use: self.upload)
        group.post("/admin/uploads/:uploadId/process", use: self.process)
    }

    /// The uploads' records, without token hashes.
    struct UploadList: Encodable {
        var data: [TransactionUpload]
    }

    @Sendable func list(request: Request, context: KardRequestContext) async throws -> Response {
        let found = try await self.uploads.service.uploads(
            in: request.stringQuery("organizationId").map(OrganizationID.init),
            status: try request.enumQuery("status", as: TransactionUpload.Status.self),
            limit: try request.integerQuery("limit", in: 1...500, default: 100)
        )
        return JSONResponse.make(UploadList(data: found.map(Self.shown)))
    }

    @Sendable func upload(request: Request, context: KardRequestContext) async throws -> Response {
        let upload = try await self.uploads.service.upload(try context.parameters.require("uploadId"))
        return JSONResponse.make(Self.shown(upload))
    }

    @Sendable func process(request: Request, context: KardRequestContext) async throws -> Response {
        let found = try await self.uploads.service.upload(try context.parameters.require("uploadId"))
        let upload = try await self.uploads.service.processor.reprocess(found.id, in: found.organizationID)
        return JSONResponse.make(Self.shown(upload))
    }

    /// A record as the operator sees it: everything but the token's hash.
    static func shown(_ upload: TransactionUpload) -> TransactionUpload {
        var shown = upload
        shown.tokenHash = nil
        return shown
    }
}
