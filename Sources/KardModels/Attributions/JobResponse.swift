/// The answer to a request queued for processing, such as attribution events (`CreateAttributionResponse`):
/// `{"data": {"type": "job", "id", "attributes": {"status", "message"}}}`.
public struct JobResponse: Codable, Sendable, Equatable {
    /// The queued job.
    public var data: JobResource

    /// Creates the answer.
    public init(data: JobResource) {
        self.data = data
    }
}

/// A queued job (`JobResponse` in Kard's schema): `{"type": "job", "id", "attributes"}`.
public struct JobResource: Codable, Sendable, Equatable {
    /// Always `job`.
    public var type: String
    /// The request id of the job.
    public var id: String
    /// Its status.
    public var attributes: JobAttributes

    /// Creates a job resource.
    public init(id: String, attributes: JobAttributes) {
        self.type = "job"
        self.id = id
        self.attributes = attributes
    }
}

/// The status of a job (`Job`).
public struct JobAttributes: Codable, Sendable, Equatable {
    /// Always `queued` today.
    public var status: JobStatus
    /// A readable message, such as `Attribution events are queued for processing`.
    public var message: String

    /// Creates job attributes.
    public init(status: JobStatus, message: String) {
        self.status = status
        self.message = message
    }
}

/// Where a job stands (`JobStatus`).
public struct JobStatus: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Accepted, waiting to be processed.
    public static let queued: JobStatus = "queued"
}
