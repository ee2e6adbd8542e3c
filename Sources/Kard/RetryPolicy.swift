#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// When and how long the client waits before repeating a request; the defaults match the Python SDK.
///
/// A response is retried when its status is 408, 409, 429 or at least 500; a ``KardError/Code/connection`` failure
/// is retried too. Timeouts and other failures are not. Every method is retried, `POST` included.
///
/// The delay before retry number `n` (0 for the first retry) is:
/// 1. `Retry-After` (seconds, or an HTTP date) when it is positive: at most ``maxDelay``, no jitter;
/// 2. else `X-RateLimit-Reset` (Unix seconds) when in the future: `min(reset − now, maxDelay) × (1 + U × jitter)`;
/// 3. else `min(initialDelay × 2ⁿ, maxDelay) × (1 + (U − 0.5) × jitter)`;
///
/// where `U` is uniform in `[0, 1)`. Connection failures always use rule 3.
public struct RetryPolicy: Sendable, Hashable {
    /// How many times a request is repeated after the first attempt (2 means at most 3 attempts).
    public var maxRetries: Int
    /// The statuses below 500 that are retried.
    public var retryableStatuses: Set<Int>
    /// Whether every status of 500 and above is retried.
    public var retriesServerErrors: Bool
    /// Whether ``KardError/Code/connection`` failures are retried.
    public var retriesConnectionErrors: Bool
    /// The base of the exponential backoff.
    public var initialDelay: Duration
    /// The longest wait, whatever the headers say.
    public var maxDelay: Duration
    /// The jitter factor: 0.2 gives ±10 % on backoff and +0–20 % on `X-RateLimit-Reset`.
    public var jitter: Double

    /// Creates a policy.
    ///
    /// - Parameters:
    ///   - maxRetries: Retries after the first attempt.
    ///   - retryableStatuses: Statuses below 500 to retry.
    ///   - retriesServerErrors: Whether to retry every status of 500 and above.
    ///   - retriesConnectionErrors: Whether to retry connection failures.
    ///   - initialDelay: The base of the exponential backoff.
    ///   - maxDelay: The cap on every delay.
    ///   - jitter: The jitter factor.
    public init(
        maxRetries: Int = 2,
        retryableStatuses: Set<Int> = [408, 409, 429],
        retriesServerErrors: Bool = true,
        retriesConnectionErrors: Bool = true,
        initialDelay: Duration = .seconds(1),
        maxDelay: Duration = .seconds(60),
        jitter: Double = 0.2
    ) {
        self.maxRetries = maxRetries
        self.retryableStatuses = retryableStatuses
        self.retriesServerErrors = retriesServerErrors
        self.retriesConnectionErrors = retriesConnectionErrors
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
        self.jitter = jitter
    }

    /// The Python SDK's policy: 2 retries, statuses 408, 409, 429 and 5xx, 1 s backoff base, 60 s cap, 20 % jitter.
    public static let `default` = RetryPolicy()

    /// Never retry.
    public static let none = RetryPolicy(maxRetries: 0)

    /// Returns whether a response with this status is retried (while retries remain).
    ///
    /// - Parameter status: The response status.
    /// - Returns: `true` for a retryable status.
    public func shouldRetry(status: Int) -> Bool {
        (self.retriesServerErrors && status >= 500) || self.retryableStatuses.contains(status)
    }

    /// Computes the wait before a retry.
    ///
    /// - Parameters:
    ///   - retry: The retry number, 0 for the first retry.
    ///   - headers: The headers of the response being retried, or `nil` after a connection failure.
    ///   - now: The current time, for HTTP dates and `X-RateLimit-Reset`.
    ///   - random: A source of uniform numbers in `[0, 1)`.
    /// - Returns: How long to wait.
    public func delay(
        forRetry retry: Int,
        headers: KardHeaders?,
        now: Date,
        random: () -> Double
    ) -> Duration {
        let cap = Self.seconds(self.maxDelay)
        if let headers {
            if let retryAfter = Self.retryAfterSeconds(headers["retry-after"], now: now), retryAfter > 0 {
                return .seconds(min(retryAfter, cap))
            }
            if let reset = Self.rateLimitResetSeconds(headers["x-ratelimit-reset"], now: now) {
                return .seconds(min(reset, cap) * (1 + random() * self.jitter))
            }
        }
        var factor = 1.0
        for _ in 0..<min(max(0, retry), 1100) {
            factor *= 2
        }
        let backoff = min(Self.seconds(self.initialDelay) * factor, cap)
        return .seconds(backoff * (1 + (random() - 0.5) * self.jitter))
    }

    /// Parses `Retry-After`: whole seconds, or an HTTP date turned into seconds from `now` (never negative).
    ///
    /// - Parameters:
    ///   - value: The header value, if any.
    ///   - now: The current time.
    /// - Returns: The seconds to wait, or `nil` when the header is absent or unreadable.
    static func retryAfterSeconds(_ value: String?, now: Date) -> Double? {
        guard let value else { return nil }
        let trimmed = String(String.UnicodeScalarView(value.unicodeScalars.trimmingPythonWhitespace()))
        if !trimmed.isEmpty, trimmed.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return Double(trimmed).map { max(0, $0) }
        }
        guard let date = HTTPDate.parse(value) else { return nil }
        return max(0, date.timeIntervalSince1970.rounded(.down) - now.timeIntervalSince1970)
    }

    /// Parses `X-RateLimit-Reset` (Unix seconds) into seconds from `now`.
    ///
    /// - Parameters:
    ///   - value: The header value, if any.
    ///   - now: The current time.
    /// - Returns: The positive number of seconds until the reset, or `nil`.
    static func rateLimitResetSeconds(_ value: String?, now: Date) -> Double? {
        guard let value else { return nil }
        let trimmed = String(String.UnicodeScalarView(value.unicodeScalars.trimmingPythonWhitespace()))
        guard let reset = Int(trimmed) else { return nil }
        let delay = Double(reset) - now.timeIntervalSince1970
        return delay > 0 ? delay : nil
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

extension Collection where Element == Unicode.Scalar {
    func trimmingPythonWhitespace() -> SubSequence {
        guard let first = self.firstIndex(where: { !$0.isPythonWhitespace }) else {
            return self[self.endIndex..<self.endIndex]
        }
        var last = first
        var index = first
        while index != self.endIndex {
            if !self[index].isPythonWhitespace {
                last = index
            }
            index = self.index(after: index)
        }
        return self[first...last]
    }
}
