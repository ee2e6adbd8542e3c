import Foundation
import KardCore

/// Transaction uploads as the server runs them: the core service on an object store, the public base URL the
/// upload URLs point at, and the queue of received files that ``TransactionUploadProcessingService`` processes.
public struct TransactionUploads: Sendable {
    /// The upload sessions, files and records.
    public let service: TransactionUploadService
    /// The object store holding the files and records.
    public let objects: any ObjectStore
    /// The base of the upload URLs (`http://127.0.0.1:8080`), without a trailing slash.
    public let publicURL: String
    /// Uploads received by this process, waiting for the processing service.
    let received: AsyncStream<UploadReference>
    private let continuation: AsyncStream<UploadReference>.Continuation

    /// An upload to process.
    struct UploadReference: Sendable {
        var id: String
        var organizationID: OrganizationID
    }

    /// Uploads kept in `objects`, with URLs under `publicURL`.
    public init(platform: Platform, objects: any ObjectStore, publicURL: String) {
        self.objects = objects
        self.publicURL = publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
        self.service = TransactionUploadService(
            objects: objects,
            store: platform.store,
            ingestion: platform.ingestion,
            catalog: platform.catalogIndex,
            hasher: platform.hasher,
            clock: platform.clock,
            ids: platform.ids,
            decoder: WireTransactionLineDecoder()
        )
        (self.received, self.continuation) = AsyncStream.makeStream(of: UploadReference.self)
    }

    /// Uploads kept as files under `{dataDirectory}/objects`.
    public static func fileSystem(platform: Platform, dataDirectory: String, publicURL: String) -> TransactionUploads {
        TransactionUploads(
            platform: platform,
            objects: FileSystemObjectStore(root: dataDirectory + "/objects"),
            publicURL: publicURL
        )
    }

    /// The URL an issuer `PUT`s a file to.
    func url(for upload: TransactionUpload, token: String) -> String {
        "\(self.publicURL)/uploads/\(upload.id)?token=\(token)"
    }

    /// Hands a received upload to the processing service.
    func enqueue(_ upload: TransactionUpload) {
        self.continuation.yield(UploadReference(id: upload.id, organizationID: upload.organizationID))
    }
}
