import Foundation
import KardCore
import Logging
import ServiceLifecycle

/// The platform's background work in `kard serve`: processes the transaction inbox as events arrive (polling it,
/// so that events accepted by any process on the database are picked up), scans today's and yesterday's activity
/// for transaction monitoring every minute, and follows the sandbox clock when another process moves it. Stops on graceful shutdown; work in
/// flight is one database transaction, so stopping at any moment loses nothing.
public struct BackgroundProcessingService: Service {
    /// How long to wait before looking at the inbox again when it was empty.
    public static let pollInterval: Duration = .milliseconds(100)
    /// How often transaction monitoring scans the current day.
    public static let monitorInterval: TimeInterval = 60

    let platform: Platform
    let logger: Logger

    public init(platform: Platform, logger: Logger) {
        self.platform = platform
        self.logger = logger
    }

    public func run() async throws {
        try await cancelWhenGracefulShutdown {
            var lastScan = Date.distantPast
            var failures = 0
            while !Task.isCancelled {
                do {
                    try await self.platform.sandboxClock?.refresh(from: self.platform.store)
                    let processed = try await self.platform.processor.processPending()
                    if processed > 0 {
                        self.logger.debug("Processed transactions", metadata: ["count": "\(processed)"])
                    }
                    let now = self.platform.clock.now()
                    if now.timeIntervalSince(lastScan) >= Self.monitorInterval || now < lastScan {
                        // Yesterday too: its last minutes may have been processed after midnight.
                        let flags =
                            try await self.platform.monitor.scan(dayOf: now.addingTimeInterval(-86_400))
                            + self.platform.monitor.scan(dayOf: now)
                        if !flags.isEmpty {
                            self.logger.notice(
                                "Transaction monitoring raised flags",
                                metadata: ["count": "\(flags.count)"]
                            )
                        }
                        lastScan = now
                    }
                    failures = 0
                    try await Task.sleep(for: Self.pollInterval)
                } catch is CancellationError {
                    return
                } catch {
                    failures += 1
                    self.logger.error(
                        "Background processing failed; retrying",
                        metadata: ["error": "\(error)", "attempt": "\(failures)"]
                    )
                    try? await Task.sleep(for: .milliseconds(min(100 * (1 << min(failures, 6)), 5_000)))
                }
            }
        }
    }
}
