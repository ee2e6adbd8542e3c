import Foundation
import Testing

@testable import KardCore

/// The in-process gzip decoder against the system's `gzip`: every block type, any chunking, several members, and
/// damaged or truncated data.
@Suite("Gzip decompression")
struct GzipInflaterTests {
    /// Compresses with the system's gzip.
    static func gzip(_ data: Data, level: Int = 6) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-c", "-\(level)"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(data)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return compressed
    }

    /// Decompresses in chunks of the given sizes (cycled).
    static func inflate(_ data: Data, chunks sizes: [Int]) throws -> [UInt8] {
        var inflater = GzipInflater()
        var output: [UInt8] = []
        let bytes = [UInt8](data)
        var offset = 0
        var turn = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + sizes[turn % sizes.count])
            try inflater.decompress(bytes[offset..<end], into: &output)
            offset = end
            turn += 1
        }
        try inflater.finish()
        return output
    }

    /// JSONL-like text: compressible, with repeats near and far.
    static func sampleText(lines: Int) -> Data {
        var text = ""
        for index in 0..<lines {
            text +=
                #"{"type":"transaction","id":"evt-\#(index)","attributes":{"userId":"user-\#(index % 37)","amount":\#(index * 7919 % 100_000),"description":"BaaS Pro Shops #\#(index % 13)"}}"#
                + "\n"
        }
        return Data(text.utf8)
    }

    static func randomBytes(_ count: Int) -> Data {
        var generator = SystemRandomNumberGenerator()
        return Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    @Test("Round trips text at every level, whole and in odd chunks", arguments: [1, 6, 9])
    func text(level: Int) throws {
        let original = Self.sampleText(lines: 3_000)
        let compressed = try Self.gzip(original, level: level)
        #expect(GzipInflater.isGzip(compressed))
        #expect(try Self.inflate(compressed, chunks: [compressed.count]) == [UInt8](original))
        #expect(try Self.inflate(compressed, chunks: [1, 7, 4096, 3]) == [UInt8](original))
    }

    @Test("Incompressible data (stored blocks) and tiny inputs (fixed codes)")
    func storedAndFixed() throws {
        let random = Self.randomBytes(200_000)
        #expect(try Self.inflate(try Self.gzip(random), chunks: [65_536, 1, 999]) == [UInt8](random))
        let tiny = Data(#"{"a":1}"#.utf8)
        #expect(try Self.inflate(try Self.gzip(tiny), chunks: [1]) == [UInt8](tiny))
        #expect(try Self.inflate(try Self.gzip(Data()), chunks: [5]) == [])
    }

    @Test("Concatenated members decompress as one stream")
    func members() throws {
        let first = Self.sampleText(lines: 10)
        let second = Self.sampleText(lines: 20)
        let joined = try Self.gzip(first) + (try Self.gzip(second))
        #expect(try Self.inflate(joined, chunks: [13]) == [UInt8](first + second))
    }

    @Test("Truncated, damaged and plain data are refused")
    func refusals() throws {
        let compressed = try Self.gzip(Self.sampleText(lines: 500))
        #expect(throws: GzipInflater.Failure.truncated) {
            try Self.inflate(compressed.prefix(compressed.count / 2), chunks: [100])
        }
        #expect(throws: GzipInflater.Failure.truncated) {
            try Self.inflate(compressed.dropLast(3), chunks: [100])
        }
        var damaged = [UInt8](compressed)
        damaged[damaged.count - 6] ^= 0xFF  // the CRC-32
        #expect(throws: GzipInflater.Failure.self) { try Self.inflate(Data(damaged), chunks: [100]) }
        #expect(throws: GzipInflater.Failure.notGzip) { try Self.inflate(Data("{}\n".utf8), chunks: [10]) }
        #expect(throws: GzipInflater.Failure.self) {
            try Self.inflate(compressed + Data("trailing".utf8), chunks: [100])
        }
    }

    @Test("Lines are split across chunks, gzip or not, with CRLF, a BOM and a long line")
    func lines() async throws {
        let text = "\u{FEFF}first\r\n\nsecond\n" + String(repeating: "x", count: 300) + "\nlast"
        for compressed in [false, true] {
            let data = compressed ? try Self.gzip(Data(text.utf8)) : Data(text.utf8)
            let (stream, continuation) = AsyncThrowingStream.makeStream(of: Data.self)
            var offset = 0
            while offset < data.count {
                continuation.yield(data[offset..<min(data.count, offset + 5)])
                offset += 5
            }
            continuation.finish()
            var reader = UploadLineReader(chunks: stream, maximumLineBytes: 100)
            var lines: [UploadLineReader.Line] = []
            while let line = try await reader.next() { lines.append(line) }
            #expect(reader.isGzip == compressed)
            #expect(
                lines == [
                    .text(Data("first".utf8)), .text(Data()), .text(Data("second".utf8)), .tooLong,
                    .text(Data("last".utf8)),
                ]
            )
        }
    }
}
