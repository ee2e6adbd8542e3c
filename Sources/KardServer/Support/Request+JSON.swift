import Foundation
import Hummingbird

extension Request {
    /// Decodes the JSON body, refusing a body over the context's limit (413) and reporting a wrong shape with a JSON
    /// pointer to the field (400).
    func decodeJSON<Value: Decodable>(_ type: Value.Type, context: some RequestContext) async throws -> Value {
        try JSONDecoder().decode(Value.self, from: try await self.bodyData(context: context))
    }

    /// The body's bytes, refusing an empty body (400) and one over the context's limit (413).
    func bodyData(context: some RequestContext) async throws -> Data {
        let buffer = try await self.body.collect(upTo: context.maxUploadSize)
        guard buffer.readableBytes > 0 else {
            throw APIError(.badRequest, detail: "A JSON request body is required.", pointer: "")
        }
        return Data(buffer.readableBytesView)
    }

    /// The body as text, limited to the context's maximum size.
    func bodyText(context: some RequestContext) async throws -> String {
        let buffer = try await self.body.collect(upTo: context.maxUploadSize)
        return String(buffer: buffer)
    }
}
