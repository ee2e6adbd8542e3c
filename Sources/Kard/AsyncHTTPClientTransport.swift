import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix

/// The default ``KardTransport``, built on AsyncHTTPClient.
///
/// It uses `HTTPClient.shared` unless given a client, and collects each response body up to
/// ``maxResponseBodySize`` bytes. Failures are mapped for the retry layer: a refused or dropped connection becomes
/// ``KardError/Code/connection`` (retried), a deadline ``KardError/Code/timeout``, anything else
/// ``KardError/Code/transport``.
///
/// AsyncHTTPClient itself retries connection establishment until the request deadline. For connection failures to
/// surface at once, pass a client whose `configuration.connectionPool.retryConnectionEstablishment` is `false`.
public struct AsyncHTTPClientTransport: KardTransport {
    /// The HTTP client requests go through.
    public let httpClient: HTTPClient
    /// The largest response body accepted, in bytes.
    public let maxResponseBodySize: Int

    /// Creates a transport.
    ///
    /// - Parameters:
    ///   - httpClient: The HTTP client; `HTTPClient.shared` by default.
    ///   - maxResponseBodySize: The largest response body accepted, 32 MiB by default.
    public init(httpClient: HTTPClient = .shared, maxResponseBodySize: Int = 32 * 1024 * 1024) {
        self.httpClient = httpClient
        self.maxResponseBodySize = maxResponseBodySize
    }

    /// Sends a request and collects its response.
    ///
    /// - Parameters:
    ///   - request: The fully resolved request.
    ///   - timeout: The deadline for the whole attempt, body included.
    /// - Returns: The response, whatever its status.
    /// - Throws: ``KardError`` with code `.connection`, `.timeout`, `.cancelled` or `.transport`.
    public func send(_ request: KardHTTPRequest, timeout: Duration) async throws -> KardHTTPResponse {
        var httpRequest = HTTPClientRequest(url: request.url)
        httpRequest.method = HTTPMethod(rawValue: request.method.rawValue)
        for field in request.headers {
            httpRequest.headers.add(name: field.name, value: field.value)
        }
        if let body = request.body {
            httpRequest.body = .bytes(ByteBuffer(bytes: body))
        }
        do {
            let response = try await self.httpClient.execute(httpRequest, timeout: Self.timeAmount(timeout))
            let body = try await response.body.collect(upTo: self.maxResponseBodySize)
            var headers = KardHeaders()
            for (name, value) in response.headers {
                headers.add(name: name, value: value)
            }
            return KardHTTPResponse(
                status: Int(response.status.code),
                headers: headers,
                body: Array(body.readableBytesView)
            )
        } catch {
            throw self.map(error)
        }
    }

    func map(_ error: any Error) -> KardError {
        if let error = error as? KardError {
            return error
        }
        if error is CancellationError {
            return KardError(code: .cancelled, message: "The task was cancelled", underlying: error)
        }
        if error is NIOTooManyBytesError {
            return KardError(
                code: .transport,
                message: "The response body is larger than \(self.maxResponseBodySize) bytes",
                underlying: error
            )
        }
        if let error = error as? HTTPClientError {
            if Self.timeoutErrors.contains(error) {
                return KardError(code: .timeout, message: "The request timed out (\(error))", underlying: error)
            }
            if error == .remoteConnectionClosed {
                return KardError(
                    code: .connection,
                    message: "The server closed the connection (\(error))",
                    underlying: error
                )
            }
            if error == .cancelled {
                return KardError(code: .cancelled, message: "The request was cancelled", underlying: error)
            }
            return KardError(code: .transport, message: "The request failed: \(error)", underlying: error)
        }
        if error is NIOConnectionError || error is IOError {
            return KardError(code: .connection, message: "Could not connect: \(error)", underlying: error)
        }
        if let error = error as? ChannelError {
            switch error {
            case .connectTimeout:
                return KardError(code: .timeout, message: "Connecting timed out", underlying: error)
            case .ioOnClosedChannel, .eof, .alreadyClosed, .outputClosed, .inputClosed:
                return KardError(code: .connection, message: "The connection closed: \(error)", underlying: error)
            default:
                break
            }
        }
        return KardError(code: .transport, message: "The request failed: \(error)", underlying: error)
    }

    private static let timeoutErrors: [HTTPClientError] = [
        .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout, .tlsHandshakeTimeout,
        .getConnectionFromPoolTimeout, .socksHandshakeTimeout, .httpProxyHandshakeTimeout,
    ]

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        guard seconds < Int64.max / 1_000_000_000 else { return .nanoseconds(Int64.max) }
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
