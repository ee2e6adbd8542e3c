import Hummingbird
import KardModels

/// An error answer in Kard's shapes. v2 routes answer `{"errors": [ErrorObject]}`; legacy routes answer
/// `{"errors": [string]}` (400), `{"message": string}` (401) or a JSON string (other statuses).
public struct APIError: Error, Sendable {
    public var status: HTTPResponse.Status
    public var errors: [ErrorObject]
    /// The exact legacy body text, when Kard prescribes one (the card-already-registered message).
    public var legacyMessage: String?
    public var headers: HTTPFields

    public init(
        status: HTTPResponse.Status,
        errors: [ErrorObject],
        legacyMessage: String? = nil,
        headers: HTTPFields = [:]
    ) {
        self.status = status
        self.errors = errors
        self.legacyMessage = legacyMessage
        self.headers = headers
    }

    /// A single-error answer.
    public init(
        _ status: HTTPResponse.Status,
        detail: String,
        pointer: String? = nil,
        parameter: String? = nil,
        header: String? = nil
    ) {
        let source =
            (pointer ?? parameter ?? header) == nil
            ? nil : ErrorSource(pointer: pointer, parameter: parameter, header: header)
        self.init(
            status: status,
            errors: [
                ErrorObject(status: String(status.code), title: Self.title(for: status), detail: detail, source: source)
            ]
        )
    }

    /// The short title used for a status.
    static func title(for status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: return "Invalid Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 409: return "Conflict"
        case 413: return "Content Too Large"
        case 415: return "Unsupported Media Type"
        case 429: return "Too Many Requests"
        default: return status.code >= 500 ? "Internal Server Error" : status.reasonPhrase
        }
    }

    /// The response in the given style.
    func response(style: ErrorStyle) -> Response {
        var response: Response
        switch style {
        case .v2:
            response = JSONResponse.make(ErrorResponse(errors: self.errors), status: self.status)
        case .legacy:
            let details = self.errors.map(\.detail)
            if let message = self.legacyMessage {
                response = JSONResponse.make(message, status: self.status)
            } else if self.status == .badRequest {
                response = JSONResponse.make(["errors": details], status: self.status)
            } else if self.status == .unauthorized {
                response = JSONResponse.make(["message": details.joined(separator: " ")], status: self.status)
            } else {
                response = JSONResponse.make(details.joined(separator: " "), status: self.status)
            }
        }
        for field in self.headers { response.headers.append(field) }
        return response
    }
}

/// Which family of routes a request belongs to, and so which error shape it gets (the admin API uses v2's).
enum ErrorStyle: Sendable {
    case v2
    case legacy

    init(path: String) {
        let v2 = path.hasPrefix("/v2/") || path == "/v2" || path.hasPrefix("/admin/")
        self = v2 ? .v2 : .legacy
    }
}
