import Foundation
import Hummingbird
import KardCore
import KardModels
import NIOCore

extension APIError {
    /// The exact text Kard answers when a card is registered to someone else.
    static let cardAlreadyRegisteredMessage =
        "Invalid request: This card is already registered. Provide another card for user enrollment."

    /// The one mapping from anything a handler can throw to an answer. `nil` for unexpected errors (a 500).
    /// - Parameter pointerPrefix: prepended to validation fields (`/data/attributes` on v2 single-resource routes).
    static func mapping(_ error: any Error, pointerPrefix: String) -> APIError? {
        switch error {
        case let error as APIError:
            return error
        case let error as DomainError:
            return APIError(error, pointerPrefix: pointerPrefix)
        case let failure as AuthenticationFailure:
            if case .unsupportedGrantType = failure {
                return APIError(.badRequest, detail: failure.detail, parameter: "grant_type")
            }
            return APIError(.unauthorized, detail: failure.detail)
        case let error as DecodingError:
            return APIError(decoding: error)
        case is NIOTooManyBytesError:
            return APIError(.contentTooLarge, detail: "The request body is larger than this server accepts.")
        case let error as HTTPError:
            return APIError(error.status, detail: error.body ?? error.status.reasonPhrase)
        case StoreError.duplicate(let what):
            return APIError(.conflict, detail: "\(what) already exists.")
        case StoreError.missingReference(let what):
            return APIError(.badRequest, detail: "The \(what) this refers to does not exist.")
        default:
            return nil
        }
    }

    /// The answer for a domain refusal.
    init(_ error: DomainError, pointerPrefix: String) {
        switch error {
        case .invalid(let issues):
            self.init(
                status: .badRequest,
                errors: issues.map { issue in
                    ErrorObject(
                        status: "400",
                        title: Self.title(for: .badRequest),
                        detail: issue.detail,
                        source: ErrorSource(pointer: pointerPrefix + "/" + issue.field)
                    )
                }
            )
        case .notFound(let resource, let id):
            self.init(.notFound, detail: "\(resource) \(id) was not found.")
        case .conflict(let detail):
            self.init(.conflict, detail: detail)
        case .cardAlreadyRegistered:
            self.init(.badRequest, detail: Self.cardAlreadyRegisteredMessage)
            self.legacyMessage = Self.cardAlreadyRegisteredMessage
        case .forbidden(let detail):
            self.init(.forbidden, detail: detail)
        }
    }

    /// The answer for a body that is not the expected JSON, pointing at the offending field.
    init(decoding error: DecodingError) {
        switch error {
        case .typeMismatch(let type, let context):
            self.init(
                .badRequest,
                detail: "Expected \(Self.jsonTypeName(type)) at \(Self.pointer(context.codingPath)).",
                pointer: Self.pointer(context.codingPath)
            )
        case .valueNotFound(let type, let context):
            self.init(
                .badRequest,
                detail: "Expected \(Self.jsonTypeName(type)) but found null at \(Self.pointer(context.codingPath)).",
                pointer: Self.pointer(context.codingPath)
            )
        case .keyNotFound(let key, let context):
            let path = Self.pointer(context.codingPath + [key])
            self.init(.badRequest, detail: "The field \(path) is required.", pointer: path)
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                self.init(.badRequest, detail: "The request body is not valid JSON.", pointer: "")
            } else {
                let path = Self.pointer(context.codingPath)
                self.init(.badRequest, detail: "The value at \(path) is not valid.", pointer: path)
            }
        @unknown default:
            self.init(.badRequest, detail: "The request body could not be read.")
        }
    }

    /// A JSON pointer for a coding path (`/data/0/attributes/zipCode`).
    static func pointer(_ path: [any CodingKey]) -> String {
        path.map { key in
            let component = key.intValue.map(String.init) ?? key.stringValue
            return "/" + component.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        }.joined()
    }

    static func jsonTypeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "a boolean"
        case is Int.Type, is Int64.Type, is Double.Type: return "a number"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "an object"
        }
    }
}
