import Foundation

/// Splits the bytes of an uploaded file into lines. A file that starts with the gzip magic bytes is decompressed
/// on the way (whatever its name); a UTF-8 byte order mark at the start is dropped, and so is the `\r` of a
/// `\r\n` line end. A line longer than the limit is reported as too long and skipped, without holding it.
struct UploadLineReader {
    /// One line of the file.
    enum Line: Equatable {
        case text(Data)
        /// A line longer than the limit (its bytes are dropped).
        case tooLong
    }

    private var chunks: AsyncThrowingStream<Data, any Error>.AsyncIterator
    private let maximumLineBytes: Int
    private var inflater: GzipInflater?
    /// The first bytes, until there are enough to tell gzip from text.
    private var head: [UInt8]? = []
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanFrom = 0
    private var ended = false
    private var skippingLongLine = false
    private var isFirstLine = true

    /// Compressed bytes are fed to the decompressor in slices of this size, which bounds what one slice yields.
    private static let sliceSize = 16 * 1024

    init(chunks: AsyncThrowingStream<Data, any Error>, maximumLineBytes: Int) {
        self.chunks = chunks.makeAsyncIterator()
        self.maximumLineBytes = maximumLineBytes
    }

    /// Whether the file turned out to be gzip (known once the first line is read).
    var isGzip: Bool { self.inflater != nil }

    /// The next line, or `nil` at the end of the file.
    /// - Throws: ``GzipInflater/Failure`` for damaged gzip data, or what reading the file throws.
    mutating func next() async throws -> Line? {
        while true {
            if let newline = self.buffer[self.scanFrom...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = self.take(upTo: newline)
                self.start = newline + 1
                self.scanFrom = self.start
                return line
            }
            self.scanFrom = self.buffer.count
            if self.buffer.count - self.start > self.maximumLineBytes {
                self.skippingLongLine = true
                self.start = self.buffer.count
            }
            if self.ended {
                guard self.start < self.buffer.count || self.skippingLongLine else { return nil }
                let line = self.take(upTo: self.buffer.count)
                self.start = self.buffer.count
                return line
            }
            if self.start > 0 {
                self.buffer.removeFirst(self.start)
                self.scanFrom -= self.start
                self.start = 0
            }
            try await self.read()
        }
    }

    /// The line from `start` to `end`, and resets the long-line state.
    private mutating func take(upTo end: Int) -> Line {
        defer { self.isFirstLine = false }
        if self.skippingLongLine || end - self.start > self.maximumLineBytes {
            self.skippingLongLine = false
            return .tooLong
        }
        var lower = self.start
        var upper = end
        if self.isFirstLine, upper - lower >= 3, self.buffer[lower..<(lower + 3)].elementsEqual([0xEF, 0xBB, 0xBF]) {
            lower += 3
        }
        if upper > lower, self.buffer[upper - 1] == UInt8(ascii: "\r") { upper -= 1 }
        return .text(Data(self.buffer[lower..<upper]))
    }

    /// Reads the next chunk of the file into the buffer (decompressed when gzip).
    private mutating func read() async throws {
        guard let chunk = try await self.chunks.next() else {
            if let head = self.head {
                self.head = nil
                try self.accept(head, decided: true)
            }
            try self.inflater?.finish()
            self.ended = true
            return
        }
        if var head = self.head {
            head.append(contentsOf: chunk)
            guard head.count >= 2 else {
                self.head = head
                return
            }
            self.head = nil
            try self.accept(head, decided: true)
        } else {
            try self.accept(chunk, decided: false)
        }
    }

    /// Adds file bytes: the first ones decide whether the file is gzip.
    private mutating func accept(_ bytes: some Collection<UInt8>, decided first: Bool) throws {
        if first, GzipInflater.isGzip(bytes) { self.inflater = GzipInflater() }
        guard self.inflater != nil else {
            self.buffer.append(contentsOf: bytes)
            return
        }
        let array = Array(bytes)
        var offset = 0
        while offset < array.count {
            let end = min(offset + Self.sliceSize, array.count)
            try self.inflater?.decompress(array[offset..<end], into: &self.buffer)
            offset = end
        }
    }
}
