import Foundation
import Hummingbird
import KardCore
import KardModels
import Logging

/// Bulk transaction files: `POST /v2/issuers/{organizationId}/transactions/uploads` hands out upload URLs served by
/// this server, `PUT /uploads/{uploadId}?token=…` takes a file (the token is the credential, as in a presigned
/// URL), and `GET /v2/issuers/{organizationId}/transactions/uploads/{uploadId}` (this platform's addition) tells
/// what processing made of it.
struct TransactionUploadsController {
    let uploads: TransactionUploads
    let organizations: OrganizationService

    /// Body bytes written to the staged file at once.
    static let writeSize = 1 << 20

    func addRoutes(authenticated: RouterGroup<KardRequestContext>, open router: Router<KardRequestContext>) {
        authenticated.post("/v2/issuers/:organizationId/transactions/uploads", use: self.create)
        authenticated.get("/v2/issuers/:organizationId/transactions/uploads/:uploadId", use: self.status)
        router.put("/uploads/:uploadId", use: self.put)
    }

    /// 201 with one URL per file; 400 (pointing at each bad item) creates nothing.
    @Sendable func create(request: Request, context: KardRequestContext) async throws -> Response {
        _ = try context.requireScope(.filesWrite)
        let organization = try await self.organizations.pathOrganization(context)
        let body = try await request.decodeJSON(TransactionUploadRequest.self, context: context)
        let maximum = TransactionUploadService.maximumFilesPerRequest
        guard (1...maximum).contains(body.data.count) else {
            throw APIError(
                .badRequest,
                detail: "data must hold 1 to \(maximum) files; it holds \(body.data.count).",
                pointer: "/data"
            )
        }
        var errors: [ErrorObject] = []
        var files: [(kind: TransactionUpload.Kind, filename: String)] = []
        for (index, file) in body.data.enumerated() {
            let kind = TransactionUpload.Kind(rawValue: file.type.rawValue).flatMap { $0.isFile ? $0 : nil }
            if kind == nil {
                errors +=
                    APIError(
                        .badRequest,
                        detail: "type must be incomingTransactionsFile or historicalTransactionsFile.",
                        pointer: "/data/\(index)/type"
                    ).errors
            }
            if let problem = TransactionUploadService.filenameProblem(file.attributes.filename) {
                errors += APIError(.badRequest, detail: problem, pointer: "/data/\(index)/attributes/filename").errors
            }
            if let kind { files.append((kind, file.attributes.filename)) }
        }
        guard errors.isEmpty else { throw APIError(status: .badRequest, errors: errors) }
        let created = try await self.uploads.service.createUploads(files, in: organization.id)
        return JSONResponse.make(
            TransactionUploadResponse(
                data: created.map { new in
                    TransactionUploadURL(
                        type: TransactionUploadType(rawValue: new.upload.kind.rawValue),
                        id: new.upload.id,
                        attributes: TransactionUploadURLAttributes(
                            url: self.uploads.url(for: new.upload, token: new.token),
                            expiresIn: TransactionUploadService.urlLifetime
                        )
                    )
                }
            ),
            status: .created
        )
    }

    /// The upload's status and result; scope `files:write` or `transaction:read`.
    @Sendable func status(request: Request, context: KardRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        guard principal.scopes.contains(.filesWrite) || principal.scopes.contains(.transactionRead) else {
            throw APIError(.forbidden, detail: "This operation requires the 'files:write' or 'transaction:read' scope.")
        }
        let organization = try await self.organizations.pathOrganization(context)
        let id = try context.parameters.require("uploadId")
        let upload = try await self.uploads.service.upload(id, in: organization.id)
        guard upload.kind.isFile else { throw DomainError.notFound(resource: "Upload", id: id) }
        return JSONResponse.make(TransactionUploadStatusResponse(data: upload.statusResource))
    }

    /// Takes the file: 200 once it is stored durably; 403 for a wrong, unknown or expired URL, 409 when the file was
    /// received already, 413 above 5 GiB. Errors have the v2 shape. Processing starts in the background.
    @Sendable func put(request: Request, context: KardRequestContext) async throws -> Response {
        do {
            let id = try context.parameters.require("uploadId")
            let token = request.stringQuery("token") ?? ""
            _ = try await self.uploads.service.authorizeFile(id, token: token)
            let limit = TransactionUploadService.maximumFileBytes
            if let length = request.headers[.contentLength].flatMap({ Int64($0) }), length > limit {
                throw Self.tooLarge
            }
            let staged = try await Self.stage(
                request.body,
                in: try self.uploads.objects.stagingDirectory(),
                limit: limit
            )
            let upload: TransactionUpload
            do {
                upload = try await self.uploads.service.receiveFile(
                    id,
                    token: token,
                    stagedAt: staged.path,
                    byteCount: staged.size
                )
            } catch {
                try? FileManager.default.removeItem(atPath: staged.path)
                throw error
            }
            self.uploads.enqueue(upload)
            context.logger.info(
                "Received a transaction file",
                metadata: [
                    "upload": "\(upload.id)", "organization": "\(upload.organizationID)", "bytes": "\(staged.size)",
                ]
            )
            return Response(status: .ok, headers: [.contentLength: "0"])
        } catch {
            if let answer = APIError.mapping(error, pointerPrefix: "") { return answer.response(style: .v2) }
            context.logger.error(
                "Receiving a transaction file failed",
                metadata: ["error.type": "\(type(of: error))", "error": "\(error)"]
            )
            return APIError(.internalServerError, detail: "An internal error occurred. Please try again later.")
                .response(style: .v2)
        }
    }

    static let tooLarge = APIError(
        .contentTooLarge,
        detail: "A file may hold at most \(TransactionUploadService.maximumFileBytes) bytes (5 GiB)."
    )

    /// Streams a request body into a new file of `directory`, flushed to disk, without holding it in memory.
    /// - Throws: 413 past `limit` bytes (the partial file is removed).
    static func stage(
        _ body: RequestBody,
        in directory: String,
        limit: Int64
    ) async throws -> (path: String, size: Int64) {
        let path = directory + "/" + UUID().uuidString.lowercased() + ".part"
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        var size: Int64 = 0
        do {
            var pending = Data()
            pending.reserveCapacity(Self.writeSize)
            for try await buffer in body {
                size += Int64(buffer.readableBytes)
                guard size <= limit else { throw Self.tooLarge }
                pending.append(contentsOf: buffer.readableBytesView)
                if pending.count >= Self.writeSize {
                    try handle.write(contentsOf: pending)
                    pending.removeAll(keepingCapacity: true)
                }
            }
            try handle.write(contentsOf: pending)
            try handle.synchronize()
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
        return (path, size)
    }
}
