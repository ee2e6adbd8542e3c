#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An API call before it is resolved against the client: method, path relative to the base URL, query, endpoint
/// headers and body. Use it with ``KardClient/send(_:options:)`` to reach endpoints the SDK does not wrap yet.
public struct KardRequest: Sendable {
    /// The method.
    public var method: KardHTTPMethod
    /// The path relative to the base URL, percent-encoded (`v2/issuers/123/users`); a leading `/` is ignored.
    public var path: String
    /// The query parameters, unencoded.
    public var queryItems: [KardQueryItem]
    /// Endpoint headers, sent after the client's headers and before the per-call ones.
    public var headers: KardHeaders
    /// The body bytes, or `nil`.
    public var body: [UInt8]?
    /// Whether an `Authorization: Bearer …` header is added (every call but the token call).
    public var requiresAuthentication: Bool

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - method: The method.
    ///   - path: The path relative to the base URL, percent-encoded.
    ///   - queryItems: The query parameters, unencoded.
    ///   - headers: Endpoint headers.
    ///   - body: The body bytes.
    ///   - requiresAuthentication: Whether to send the bearer token.
    public init(
        method: KardHTTPMethod,
        path: String,
        queryItems: [KardQueryItem] = [],
        headers: KardHeaders = [:],
        body: [UInt8]? = nil,
        requiresAuthentication: Bool = true
    ) {
        self.method = method
        self.path = path
        self.queryItems = queryItems
        self.headers = headers
        self.body = body
        self.requiresAuthentication = requiresAuthentication
    }

    /// Creates a request with a JSON body; `Content-Type: application/json` is added when it is sent.
    ///
    /// - Parameters:
    ///   - method: The method.
    ///   - path: The path relative to the base URL, percent-encoded.
    ///   - body: The value to encode as JSON.
    ///   - queryItems: The query parameters, unencoded.
    ///   - headers: Endpoint headers.
    ///   - requiresAuthentication: Whether to send the bearer token.
    /// - Returns: The request.
    /// - Throws: ``KardError`` with code ``KardError/Code/encoding`` when the body cannot be encoded.
    public static func json(
        _ method: KardHTTPMethod,
        path: String,
        body: some Encodable,
        queryItems: [KardQueryItem] = [],
        headers: KardHeaders = [:],
        requiresAuthentication: Bool = true
    ) throws(KardError) -> KardRequest {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(body)
        } catch {
            throw KardError(code: .encoding, message: "The request body could not be encoded", underlying: error)
        }
        return KardRequest(
            method: method,
            path: path,
            queryItems: queryItems,
            headers: headers,
            body: Array(data),
            requiresAuthentication: requiresAuthentication
        )
    }

    /// Percent-encodes a value for use as one path segment: everything but `A–Z a–z 0–9 - . _ ~` is escaped, so a
    /// `/` inside an id cannot split the path.
    ///
    /// - Parameter segment: The raw value.
    /// - Returns: The encoded segment.
    public static func encodePathSegment(_ segment: String) -> String {
        percentEncode(segment)
    }

    static func percentEncode(_ text: String) -> String {
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var bytes = [UInt8]()
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                bytes.append(byte)
            default:
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
