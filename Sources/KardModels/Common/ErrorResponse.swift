/// Kard's v2 error body: `{"errors": [ErrorObject]}`.
public struct ErrorResponse: Codable, Sendable, Equatable {
    /// The errors, at least one.
    public var errors: [ErrorObject]

    /// Creates an error body.
    public init(errors: [ErrorObject]) {
        self.errors = errors
    }
}

/// One error of a v2 error body.
public struct ErrorObject: Codable, Sendable, Equatable {
    /// The HTTP status code, as a string (`"400"`).
    public var status: String
    /// A short, stable name of the kind of error.
    public var title: String
    /// What went wrong in this occurrence.
    public var detail: String
    /// Which part of the request caused it.
    public var source: ErrorSource?
    /// The id of the resource that caused it; always present in multi-status answers.
    public var id: String?

    /// Creates an error object.
    public init(status: String, title: String, detail: String, source: ErrorSource? = nil, id: String? = nil) {
        self.status = status
        self.title = title
        self.detail = detail
        self.source = source
        self.id = id
    }
}

/// Points at the part of a request an error is about.
public struct ErrorSource: Codable, Sendable, Equatable {
    /// A JSON pointer into the request body (`/data/0/attributes/zipCode`).
    public var pointer: String?
    /// A query parameter name.
    public var parameter: String?
    /// A header name.
    public var header: String?

    /// Creates an error source.
    public init(pointer: String? = nil, parameter: String? = nil, header: String? = nil) {
        self.pointer = pointer
        self.parameter = parameter
        self.header = header
    }
}
