#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension KardClient {
    /// How a client sends requests: timeout, retries, headers, and the clock and randomness it uses.
    public struct Configuration: Sendable {
        /// How long each attempt may take (the Python SDK's default: 60 seconds).
        public var timeout: Duration
        /// When and how long to wait before repeating a request.
        public var retryPolicy: RetryPolicy
        /// Headers identifying the SDK (``KardClient/Configuration/sdkHeaders`` by default); sent first.
        public var defaultHeaders: KardHeaders
        /// Client-level headers sent on every call, the token call included, over ``defaultHeaders``
        /// (for example `X-Kard-Target-Issuer`).
        public var headers: KardHeaders
        /// The current time; used for token expiry, `Retry-After` dates and `X-RateLimit-Reset`.
        public var now: @Sendable () -> Date
        /// Waits between retries.
        public var sleep: @Sendable (Duration) async throws -> Void
        /// Returns uniform numbers in `[0, 1)` for retry jitter.
        public var random: @Sendable () -> Double

        /// Creates a configuration.
        ///
        /// - Parameters:
        ///   - timeout: How long each attempt may take.
        ///   - retryPolicy: The retry policy.
        ///   - headers: Client-level headers for every call.
        ///   - defaultHeaders: Headers identifying the SDK.
        ///   - now: The clock.
        ///   - sleep: How to wait between retries.
        ///   - random: The jitter source, uniform in `[0, 1)`.
        public init(
            timeout: Duration = .seconds(60),
            retryPolicy: RetryPolicy = .default,
            headers: KardHeaders = [:],
            defaultHeaders: KardHeaders = Configuration.sdkHeaders,
            now: @escaping @Sendable () -> Date = { Date() },
            sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
            random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
        ) {
            self.timeout = timeout
            self.retryPolicy = retryPolicy
            self.headers = headers
            self.defaultHeaders = defaultHeaders
            self.now = now
            self.sleep = sleep
            self.random = random
        }

        /// The SDK's identifying headers: `User-Agent: kard-swift-sdk/<version>` and `X-Kard-SDK-*`, the
        /// counterpart of the Python SDK's `X-Fern-*` headers.
        public static let sdkHeaders: KardHeaders = [
            "User-Agent": "kard-swift-sdk/\(KardClient.sdkVersion)",
            "X-Kard-SDK-Language": "Swift",
            "X-Kard-SDK-Name": "kard-swift-sdk",
            "X-Kard-SDK-Version": KardClient.sdkVersion,
            "X-Kard-SDK-Platform": platformName,
        ]

        private static var platformName: String {
            #if os(Linux)
            "linux"
            #elseif os(macOS)
            "macos"
            #elseif os(iOS)
            "ios"
            #elseif os(Windows)
            "windows"
            #else
            "unknown"
            #endif
        }
    }
}
