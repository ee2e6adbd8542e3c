import KardModels

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The one error type of the SDK: an HTTP error answer, a transport failure, or a local problem.
///
/// For HTTP errors, ``status``, ``headers`` and the raw ``body`` are kept, and ``errors`` holds the decoded Kard
/// error objects when the body has Kard's shape `{"errors": [{status, title, detail, source?, id?}]}`. Bodies in
/// other shapes (plain text, legacy `{"message": …}`) stay available in ``body`` and ``bodyText``.
public struct KardError: Error, CustomStringConvertible {
    /// What kind of failure this is.
    public var code: Code
    /// A readable summary (from the error objects, the body, or the failure).
    public var message: String
    /// The HTTP status, when a response was received.
    public var status: Int?
    /// The response headers (empty without a response).
    public var headers: KardHeaders
    /// The raw response body (empty without a response).
    public var body: [UInt8]
    /// The Kard error objects of the body, when it has Kard's error shape.
    public var errors: [ErrorObject]
    /// The error that caused this one, if any.
    public var underlying: (any Error)?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: What kind of failure this is.
    ///   - message: A readable summary.
    ///   - status: The HTTP status, if a response was received.
    ///   - headers: The response headers.
    ///   - body: The raw response body.
    ///   - errors: The decoded Kard error objects.
    ///   - underlying: The error that caused this one.
    public init(
        code: Code,
        message: String,
        status: Int? = nil,
        headers: KardHeaders = [:],
        body: [UInt8] = [],
        errors: [ErrorObject] = [],
        underlying: (any Error)? = nil
    ) {
        self.code = code
        self.message = message
        self.status = status
        self.headers = headers
        self.body = body
        self.errors = errors
        self.underlying = underlying
    }

    /// Creates the error for a response whose status is outside `200..<300`.
    ///
    /// The code follows the status (see ``Code/forStatus(_:)``); Kard error objects are decoded when present.
    ///
    /// - Parameter response: The error response.
    public init(response: KardHTTPResponse) {
        let decoder = JSONDecoder()
        let data = Data(response.body)
        let errors = (try? decoder.decode(ErrorResponse.self, from: data))?.errors ?? []
        let message: String
        if !errors.isEmpty {
            message = errors.map { $0.detail.isEmpty ? $0.title : "\($0.title): \($0.detail)" }
                .joined(separator: "; ")
        } else if let body = try? decoder.decode(MessageBody.self, from: data) {
            message = body.message
        } else if let body = try? decoder.decode(LegacyErrorsBody.self, from: data), !body.errors.isEmpty {
            message = body.errors.joined(separator: "; ")
        } else if let text = String(validating: response.body, as: UTF8.self), !text.isEmpty {
            message = text.count > 500 ? String(text.prefix(500)) + "…" : text
        } else {
            message = "HTTP \(response.status)"
        }
        self.init(
            code: .forStatus(response.status),
            message: message,
            status: response.status,
            headers: response.headers,
            body: response.body,
            errors: errors
        )
    }

    /// The body as UTF-8 text, or `nil` when it is not valid UTF-8.
    public var bodyText: String? {
        String(validating: self.body, as: UTF8.self)
    }

    /// A one-line account: code, status, message, Kard error ids and the underlying error.
    public var description: String {
        var text = "KardError.\(self.code)"
        if let status {
            text += " (HTTP \(status))"
        }
        text += ": \(self.message)"
        let ids = self.errors.compactMap(\.id)
        if !ids.isEmpty {
            text += " [ids: \(ids.joined(separator: ", "))]"
        }
        if let underlying {
            text += " (underlying: \(String(describing: underlying)))"
        }
        return text
    }

    /// Wraps any error thrown below the client as a ``KardError``: a ``KardError`` is returned unchanged, a
    /// cancellation becomes ``Code/cancelled``, anything else ``Code/transport``.
    ///
    /// - Parameter error: The error to wrap.
    /// - Returns: The wrapped error.
    public static func wrapping(_ error: any Error) -> KardError {
        if let error = error as? KardError {
            return error
        }
        if error is CancellationError {
            return KardError(code: .cancelled, message: "The task was cancelled", underlying: error)
        }
        return KardError(code: .transport, message: "The request failed: \(error)", underlying: error)
    }
}

private struct MessageBody: Decodable {
    var message: String
}

private struct LegacyErrorsBody: Decodable {
    var errors: [String]
}
