import Foundation

/// Where the platform keeps files: uploaded transaction files, their processing records, and (later) the
/// reconciliation files. Objects are named by keys of `/`-separated segments (`uploads/10000001/UPLOAD/day.jsonl`),
/// as in S3, so that a bucket can stand in for the filesystem. Writes are atomic and durable when they return.
public protocol ObjectStore: Sendable {
    /// A local directory for files written before ``putFile(at:as:)`` moves them in. For the filesystem store it
    /// is on the store's volume, so that the put is a rename. Created when missing.
    func stagingDirectory() throws -> String

    /// Stores the local file at `path` under `key`, replacing any object there, and consumes the file (moved in,
    /// or uploaded and deleted). The object is durable when this returns.
    func putFile(at path: String, as key: String) async throws

    /// Stores `data` under `key`, replacing any object there atomically. Durable when this returns.
    func putData(_ data: Data, as key: String) async throws

    /// The whole object under `key` (for small objects), or `nil` when there is none.
    func data(at key: String) async throws -> Data?

    /// The object under `key` as a stream of chunks, read as the stream is consumed.
    /// - Throws: ``ObjectStoreError/notFound(_:)`` when there is no such object.
    func chunks(of key: String) async throws -> AsyncThrowingStream<Data, any Error>

    /// The keys that start with `prefix` (a plain string prefix, as S3 lists), in ascending order.
    func keys(withPrefix prefix: String) async throws -> [String]

    /// Moves the object under `key` to `destination`, replacing any object there.
    /// - Throws: ``ObjectStoreError/notFound(_:)`` when there is no such object.
    func move(_ key: String, to destination: String) async throws
}
