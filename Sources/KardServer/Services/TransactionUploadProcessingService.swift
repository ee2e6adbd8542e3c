import Foundation
import KardCore
import Logging
import ServiceLifecycle

/// Processes uploaded transaction files in `kard serve`: at start, the uploads a crash left received or half
/// processed (each resumes after its last checkpoint); then each file as this process receives it, one at a time.
/// Stops on graceful shutdown; an upload interrupted then resumes at the next start.
public struct TransactionUploadProcessingService: Service {
    let uploads: TransactionUploads
    let logger: Logger

    /// Attempts at one upload before it is left for the next start.
    static let attempts = 3

    /// A service processing the files `uploads` receives.
    public init(uploads: TransactionUploads, logger: Logger) {
        self.uploads = uploads
        self.logger = logger
    }

    /// Resumes interrupted uploads, then processes received files until graceful shutdown.
    public func run() async throws {
        await cancelWhenGracefulShutdown {
            do {
                for upload in try await self.uploads.service.processor.pendingUploads() {
                    self.logger.notice("Resuming an interrupted upload", metadata: ["upload": "\(upload.id)"])
                    await self.process(upload.id, in: upload.organizationID)
                }
            } catch {
                self.logger.error("Looking for interrupted uploads failed", metadata: ["error": "\(error)"])
            }
            for await reference in self.uploads.received {
                await self.process(reference.id, in: reference.organizationID)
            }
        }
    }

    /// Processes one upload, retrying a few times after a store failure.
    private func process(_ id: String, in organization: OrganizationID) async {
        for attempt in 1...Self.attempts {
            if Task.isCancelled { return }
            do {
                let upload = try await self.uploads.service.processor.process(id, in: organization)
                self.logger.info(
                    "Processed a transaction file",
                    metadata: [
                        "upload": "\(id)", "status": "\(upload.status.rawValue)", "lines": "\(upload.counts.lines)",
                        "accepted": "\(upload.counts.accepted)", "refused": "\(upload.counts.refused)",
                    ]
                )
                return
            } catch is CancellationError {
                return
            } catch {
                self.logger.error(
                    "Processing a transaction file failed",
                    metadata: ["upload": "\(id)", "error": "\(error)", "attempt": "\(attempt)"]
                )
                try? await Task.sleep(for: .seconds(attempt))
            }
        }
    }
}
