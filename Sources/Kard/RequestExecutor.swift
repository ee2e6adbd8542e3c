import Logging

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Resolves a ``KardRequest`` against the client (URL, headers, token), sends it with retries and decodes answers.
struct RequestExecutor: Sendable {
    let baseURL: String
    let configuration: KardClient.Configuration
    let transport: any KardTransport
    let logger: Logger
    let authentication: Authentication

    /// Sends a request, retrying as the policy says, and returns the last response whatever its status.
    func perform(_ request: KardRequest, options: RequestOptions) async throws(KardError) -> KardHTTPResponse {
        let url = Self.makeURL(
            base: self.baseURL,
            path: request.path,
            query: Self.mergeQuery(request.queryItems, options.additionalQueryParameters)
        )
        let timeout = options.timeout ?? self.configuration.timeout
        let policy = self.configuration.retryPolicy
        let maxRetries = max(0, options.maxRetries ?? policy.maxRetries)
        var retries = 0
        while true {
            let headers = try await self.headers(for: request, options: options)
            let httpRequest = KardHTTPRequest(method: request.method, url: url, headers: headers, body: request.body)
            self.logger.debug(
                "Making HTTP request",
                metadata: [
                    "kard.method": "\(request.method)", "kard.url": "\(url)", "kard.attempt": "\(retries + 1)",
                    "kard.headers": "\(headers.redacted().map { "\($0.name): \($0.value)" })",
                ]
            )
            let response: KardHTTPResponse
            do {
                response = try await self.transport.send(httpRequest, timeout: timeout)
            } catch {
                let failure = KardError.wrapping(error)
                guard failure.code == .connection, policy.retriesConnectionErrors, retries < maxRetries else {
                    throw failure
                }
                let delay = policy.delay(
                    forRetry: retries,
                    headers: nil,
                    now: self.configuration.now(),
                    random: self.configuration.random
                )
                self.logger.debug(
                    "Retrying after a connection failure",
                    metadata: ["kard.url": "\(url)", "kard.delay": "\(delay)", "kard.error": "\(failure)"]
                )
                try await self.pause(delay)
                retries += 1
                continue
            }
            if policy.shouldRetry(status: response.status), retries < maxRetries {
                let delay = policy.delay(
                    forRetry: retries,
                    headers: response.headers,
                    now: self.configuration.now(),
                    random: self.configuration.random
                )
                self.logger.debug(
                    "Retrying after a retryable status",
                    metadata: ["kard.url": "\(url)", "kard.status": "\(response.status)", "kard.delay": "\(delay)"]
                )
                try await self.pause(delay)
                retries += 1
                continue
            }
            if response.status >= 400 {
                self.logger.error(
                    "HTTP request failed with error status",
                    metadata: [
                        "kard.method": "\(request.method)", "kard.url": "\(url)", "kard.status": "\(response.status)",
                    ]
                )
            } else {
                self.logger.debug(
                    "HTTP request succeeded",
                    metadata: [
                        "kard.method": "\(request.method)", "kard.url": "\(url)", "kard.status": "\(response.status)",
                    ]
                )
            }
            return response
        }
    }

    /// Sends a request and decodes a `2xx` body; any other status becomes a ``KardError``.
    func send<Value: Decodable>(
        _ request: KardRequest,
        decoding type: Value.Type,
        options: RequestOptions
    ) async throws(KardError) -> KardResponse<Value> {
        let response = try await self.perform(request, options: options)
        return try Self.decode(response, as: type)
    }

    static func decode<Value: Decodable>(
        _ response: KardHTTPResponse,
        as type: Value.Type
    ) throws(KardError) -> KardResponse<Value> {
        guard response.isSuccess else {
            throw KardError(response: response)
        }
        do {
            let value = try JSONDecoder().decode(Value.self, from: Data(response.body))
            return KardResponse(status: response.status, headers: response.headers, data: value)
        } catch {
            throw KardError(
                code: .decoding,
                message: "The response body is not a valid \(Value.self): \(error)",
                status: response.status,
                headers: response.headers,
                body: response.body,
                underlying: error
            )
        }
    }

    /// The headers of one attempt: SDK headers, client headers, `Authorization`, endpoint headers, per-call
    /// headers (later wins), then `Content-Type: application/json` for a body unless one was given.
    private func headers(for request: KardRequest, options: RequestOptions) async throws(KardError) -> KardHeaders {
        var headers = self.configuration.defaultHeaders
        headers.merge(self.configuration.headers)
        if request.requiresAuthentication {
            let token = try await self.authentication.token()
            headers["Authorization"] = "Bearer \(token)"
        }
        headers.merge(request.headers)
        headers.merge(options.additionalHeaders)
        if request.body != nil, !headers.contains(name: "Content-Type") {
            headers.add(name: "Content-Type", value: "application/json")
        }
        return headers
    }

    private func pause(_ delay: Duration) async throws(KardError) {
        do {
            try await self.configuration.sleep(delay)
        } catch {
            throw KardError.wrapping(error)
        }
    }

    /// Joins like the Python SDK: the base without trailing `/`, one `/`, the path without leading `/`.
    static func makeURL(base: String, path: String, query: [KardQueryItem]) -> String {
        var url = base
        let trimmedPath = path.drop { $0 == "/" }
        if !path.isEmpty {
            while url.hasSuffix("/") {
                url.removeLast()
            }
            url += "/" + trimmedPath
        }
        if !query.isEmpty {
            url += url.contains("?") ? "&" : "?"
            url += query.map { KardRequest.percentEncode($0.name) + "=" + KardRequest.percentEncode($0.value) }
                .joined(separator: "&")
        }
        return url
    }

    /// The call's parameters with the per-call ones merged in: a per-call name replaces the call's of that name.
    static func mergeQuery(_ base: [KardQueryItem], _ additional: [KardQueryItem]) -> [KardQueryItem] {
        guard !additional.isEmpty else { return base }
        let replaced = Set(additional.map(\.name))
        return base.filter { !replaced.contains($0.name) } + additional
    }
}
