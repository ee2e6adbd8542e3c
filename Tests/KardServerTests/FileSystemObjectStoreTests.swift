import Foundation
import KardCore
import Testing

@testable import KardServer

/// The filesystem object store: keys as paths, atomic puts, prefix listing, moves, and keys that could leave the
/// root refused.
@Suite("Filesystem object store")
struct FileSystemObjectStoreTests {
    @Test("Put, read, list, move, and refuse keys that are not plain segments")
    func basics() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kard-objects-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = FileSystemObjectStore(root: root)
        try await store.putData(Data("one".utf8), as: "uploads/a/1/upload.json")
        try await store.putData(Data("two".utf8), as: "uploads/a/2/upload.json")
        try await store.putData(Data("three".utf8), as: "uploads/b/3/upload.json")
        try await store.putData(Data("replaced".utf8), as: "uploads/a/1/upload.json")
        #expect(try await store.data(at: "uploads/a/1/upload.json") == Data("replaced".utf8))
        #expect(try await store.data(at: "uploads/a/9/upload.json") == nil)
        #expect(
            try await store.keys(withPrefix: "uploads/a/") == ["uploads/a/1/upload.json", "uploads/a/2/upload.json"]
        )
        #expect(try await store.keys(withPrefix: "uploads/").count == 3)
        #expect(try await store.keys(withPrefix: "upl").count == 3)
        #expect(try await store.keys(withPrefix: "nothing/").isEmpty)

        let staged = try store.stagingDirectory() + "/file"
        #expect(FileManager.default.createFile(atPath: staged, contents: Data("file".utf8)))
        try await store.putFile(at: staged, as: "uploads/b/3/day.jsonl")
        #expect(!FileManager.default.fileExists(atPath: staged))
        try await store.move("uploads/b/3/day.jsonl", to: "backup/day.jsonl")
        var read = Data()
        for try await chunk in try await store.chunks(of: "backup/day.jsonl") { read += chunk }
        #expect(read == Data("file".utf8))
        #expect(try await store.keys(withPrefix: "").contains("backup/day.jsonl"))
        #expect(!(try await store.keys(withPrefix: "").contains { $0.contains(".staging") }))

        for key in ["", "/abs", "a//b", "a/../b", "a/./b", "a/.hidden"] {
            await #expect(throws: ObjectStoreError.invalidKey(key)) { try await store.putData(Data(), as: key) }
        }
        await #expect(throws: ObjectStoreError.notFound("missing")) { try await store.chunks(of: "missing") }
        await #expect(throws: ObjectStoreError.notFound("missing")) { try await store.move("missing", to: "x") }
    }
}
