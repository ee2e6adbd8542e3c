import KardModels

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Fetches and caches the client-credentials token, like the Python SDK's `OAuthTokenProvider`.
///
/// The token is fetched lazily and reused until `now + expires_in − 2 minutes`. When several calls need a token at
/// once, only one refresh runs; the others wait for its outcome. If the refreshing call is cancelled, a waiting call
/// takes over the refresh.
actor OAuthTokenProvider {
    /// The safety margin subtracted from `expires_in`, in seconds (the SDK's `BUFFER_IN_MINUTES = 2`).
    static let expiryBuffer: Double = 120

    typealias Fetch = @Sendable (_ clientID: String, _ clientSecret: String) async throws(KardError) -> TokenResponse

    nonisolated let clientID: String
    nonisolated let clientSecret: String
    private let fetch: Fetch
    private let now: @Sendable () -> Date
    private var accessToken: String?
    private var expiresAt: Date
    private var isRefreshing = false
    private var waiters: [CheckedContinuation<Result<String, KardError>?, Never>] = []

    init(clientID: String, clientSecret: String, now: @escaping @Sendable () -> Date, fetch: @escaping Fetch) {
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.fetch = fetch
        self.now = now
        self.expiresAt = now()
    }

    /// How many calls are waiting for the refresh in flight.
    var waitingCount: Int { self.waiters.count }

    /// Returns a valid access token, fetching one when there is none or it is about to expire.
    func token() async throws(KardError) -> String {
        while true {
            if let accessToken, !accessToken.isEmpty, self.expiresAt > self.now() {
                return accessToken
            }
            if self.isRefreshing {
                let outcome = await withCheckedContinuation { self.waiters.append($0) }
                switch outcome {
                case .success(let token)?: return token
                case .failure(let error)?: throw error
                case nil: continue
                }
            }
            return try await self.refresh()
        }
    }

    private func refresh() async throws(KardError) -> String {
        self.isRefreshing = true
        do {
            let response = try await self.fetch(self.clientID, self.clientSecret)
            self.accessToken = response.accessToken
            self.expiresAt = self.now().addingTimeInterval(Double(response.expiresIn) - Self.expiryBuffer)
            self.finish(.success(response.accessToken))
            return response.accessToken
        } catch {
            // A cancelled refresher must not fail the others: they retry instead.
            self.finish(error.code == .cancelled ? nil : .failure(error))
            throw error
        }
    }

    private func finish(_ outcome: Result<String, KardError>?) {
        self.isRefreshing = false
        let waiters = self.waiters
        self.waiters.removeAll()
        for waiter in waiters {
            waiter.resume(returning: outcome)
        }
    }
}
