import KardModels

/// The answer to a transaction batch: the job that processes it and, for a partial success (HTTP 207), one error per
/// failed event.
///
/// `errors` defaults to empty when absent from the body (HTTP 202).
public struct TransactionsCreateResult: Codable, Sendable, Equatable {
    /// The queued job, the body's `data`.
    public var job: JobResource
    /// One error per failed event, keyed by the event's id in ``KardModels/ErrorObject/id``.
    public var errors: [ErrorObject]

    /// Creates a result.
    ///
    /// - Parameters:
    ///   - job: The queued job.
    ///   - errors: The per-event errors.
    public init(job: JobResource, errors: [ErrorObject] = []) {
        self.job = job
        self.errors = errors
    }

    /// Decodes a result, treating an absent `errors` as empty.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` when `data` is missing or a field is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.job = try container.decode(JobResource.self, forKey: .job)
        self.errors = try container.decodeIfPresent([ErrorObject].self, forKey: .errors) ?? []
    }

    /// Whether some events failed.
    public var hasErrors: Bool { !self.errors.isEmpty }

    enum CodingKeys: String, CodingKey {
        case job = "data"
        case errors
    }
}
