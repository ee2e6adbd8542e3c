import Foundation
import KardCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An ``ObjectStore`` in a directory: the object `a/b/c.json` is the file `{root}/a/b/c.json`. Puts are atomic and
/// durable: the data is written to a file in `{root}/.staging`, flushed to disk (`fsync`), renamed over the
/// destination, and the destination's directory flushed too.
public struct FileSystemObjectStore: ObjectStore {
    /// The directory holding the objects.
    public let root: String

    /// Bytes per chunk when reading an object.
    static let chunkSize = 1 << 20
    /// The staging directory's name under the root (not a valid key segment, so never listed).
    static let stagingName = ".staging"

    /// A store in `root` (created when first written).
    public init(root: String) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    }

    public func stagingDirectory() throws -> String {
        let path = self.root + "/" + Self.stagingName
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    public func putFile(at path: String, as key: String) async throws {
        let destination = try self.path(of: key)
        try Self.flush(path)
        try self.moveDurably(path, to: destination)
    }

    public func putData(_ data: Data, as key: String) async throws {
        let destination = try self.path(of: key)
        let staged = try self.stagingDirectory() + "/" + UUID().uuidString.lowercased()
        guard FileManager.default.createFile(atPath: staged, contents: data) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: staged])
        }
        do {
            try Self.flush(staged)
            try self.moveDurably(staged, to: destination)
        } catch {
            try? FileManager.default.removeItem(atPath: staged)
            throw error
        }
    }

    public func data(at key: String) async throws -> Data? {
        let path = try self.path(of: key)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    public func chunks(of key: String) async throws -> AsyncThrowingStream<Data, any Error> {
        let path = try self.path(of: key)
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ObjectStoreError.notFound(key) }
        let chunkSize = Self.chunkSize
        return AsyncThrowingStream {
            guard let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty else {
                try? handle.close()
                return nil
            }
            return chunk
        }
    }

    public func keys(withPrefix prefix: String) async throws -> [String] {
        // Walk the deepest directory the prefix names entirely, then filter by the whole prefix.
        let directory = prefix.split(separator: "/", omittingEmptySubsequences: false).dropLast()
            .joined(separator: "/")
        let base = directory.isEmpty ? self.root : self.root + "/" + directory
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var keys: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                enumerator.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isDirectory),
                !isDirectory.boolValue
            else { continue }
            let key = directory.isEmpty ? relative : directory + "/" + relative
            if key.hasPrefix(prefix) { keys.append(key) }
        }
        return keys.sorted()
    }

    public func move(_ key: String, to destination: String) async throws {
        let source = try self.path(of: key)
        guard FileManager.default.fileExists(atPath: source) else { throw ObjectStoreError.notFound(key) }
        try self.moveDurably(source, to: try self.path(of: destination))
    }

    // MARK: - Files

    /// The file of a key.
    /// - Throws: ``ObjectStoreError/invalidKey(_:)`` unless the key is plain segments.
    func path(of key: String) throws -> String {
        let segments = key.split(separator: "/", omittingEmptySubsequences: false)
        guard !segments.isEmpty,
            segments.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") && !$0.contains("\0") && !$0.contains("\\") })
        else { throw ObjectStoreError.invalidKey(key) }
        return self.root + "/" + key
    }

    /// Renames `source` over `destination` (creating its directory) and flushes the directory.
    private func moveDurably(_ source: String, to destination: String) throws {
        let directory = (destination as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        guard rename(source, destination) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination])
        }
        Self.flushDirectory(directory)
    }

    /// Flushes a file's data to the disk.
    static func flush(_ path: String) throws {
        guard let handle = FileHandle(forUpdatingAtPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        try handle.synchronize()
    }

    /// Flushes a directory, so that a rename in it survives a power loss (best effort: not every system allows it).
    static func flushDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
    }
}
