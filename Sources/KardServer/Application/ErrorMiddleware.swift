import Hummingbird
import Logging

/// Turns every error thrown below it into Kard's error body for the route family (v2 or legacy). Unexpected errors
/// become a generic 500, logged once with the request id; their details never reach the client.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let style = ErrorStyle(path: request.uri.path)
        do {
            return try await next(request, context)
        } catch {
            let prefix = style == .v2 ? "/data/attributes" : ""
            if let answer = APIError.mapping(error, pointerPrefix: prefix) {
                return answer.response(style: style)
            }
            context.logger.error(
                "Request failed with an unexpected error",
                metadata: ["error.type": "\(type(of: error))", "error": "\(error)"]
            )
            return APIError(.internalServerError, detail: "An internal error occurred. Please try again later.")
                .response(style: style)
        }
    }
}
