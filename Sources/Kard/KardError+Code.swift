extension KardError {
    /// What kind of failure a ``KardError`` is. New codes may be added; do not switch over them exhaustively.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case badRequest, unauthorized, forbidden, notFound, conflict, rateLimited, server, unexpectedStatus
            case connection, timeout, transport, cancelled
            case decoding, encoding, invalidRequest, missingCredentials, authentication
        }

        private let base: Base

        private init(_ base: Base) {
            self.base = base
        }

        /// HTTP 400: the request was invalid.
        public static let badRequest = Code(.badRequest)
        /// HTTP 401: the token is missing, invalid or expired.
        public static let unauthorized = Code(.unauthorized)
        /// HTTP 403: not allowed (missing scope, or a blocked network on ping).
        public static let forbidden = Code(.forbidden)
        /// HTTP 404: the resource does not exist.
        public static let notFound = Code(.notFound)
        /// HTTP 409: the resource conflicts with an existing one.
        public static let conflict = Code(.conflict)
        /// HTTP 429: too many requests.
        public static let rateLimited = Code(.rateLimited)
        /// HTTP 5xx: the server failed.
        public static let server = Code(.server)
        /// Any other status outside `200..<300` (for example 408 or 422).
        public static let unexpectedStatus = Code(.unexpectedStatus)
        /// The connection could not be made, or closed before a response arrived; retried by the client.
        public static let connection = Code(.connection)
        /// An attempt ran out of time.
        public static let timeout = Code(.timeout)
        /// Any other failure of the transport.
        public static let transport = Code(.transport)
        /// The calling task was cancelled.
        public static let cancelled = Code(.cancelled)
        /// A successful response body did not match the expected type.
        public static let decoding = Code(.decoding)
        /// The request body could not be encoded.
        public static let encoding = Code(.encoding)
        /// The request could not be built.
        public static let invalidRequest = Code(.invalidRequest)
        /// The client has neither a token nor both a client id and a client secret.
        public static let missingCredentials = Code(.missingCredentials)
        /// The caller's token provider failed.
        public static let authentication = Code(.authentication)

        /// The code's name, such as `notFound`.
        public var description: String { self.base.rawValue }

        /// The code for an HTTP status outside `200..<300`.
        ///
        /// - Parameter status: The status code.
        /// - Returns: The matching code; ``unexpectedStatus`` for statuses without a code of their own.
        public static func forStatus(_ status: Int) -> Code {
            switch status {
            case 400: .badRequest
            case 401: .unauthorized
            case 403: .forbidden
            case 404: .notFound
            case 409: .conflict
            case 429: .rateLimited
            case 500...: .server
            default: .unexpectedStatus
            }
        }
    }
}
