/// Streaming gzip decompression (RFC 1952, with DEFLATE of RFC 1951), in Swift with no system library: feed the
/// compressed bytes in chunks of any size, take the decompressed bytes as they come, then call ``finish()``.
/// Concatenated members (what `cat a.gz b.gz` makes) decompress as one stream; each member's CRC-32 and length
/// are checked, so a truncated or damaged upload is reported instead of read short.
public struct GzipInflater: Sendable {
    /// Why the data cannot be decompressed.
    public enum Failure: Error, Equatable, Sendable {
        /// The data does not start with the gzip magic bytes.
        case notGzip
        /// The data is damaged (the reason names where).
        case corrupt(String)
        /// The data ends in the middle of a member.
        case truncated
    }

    /// Whether `bytes` start with the gzip magic number (`1F 8B`).
    public static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        return iterator.next() == 0x1F && iterator.next() == 0x8B
    }

    private enum Phase: Sendable {
        case memberHeader
        case blockHeader
        case stored(remaining: Int)
        case codes(literals: HuffmanTable, distances: HuffmanTable)
        case trailer
        case betweenMembers
        case padding
    }

    /// Thrown inside a step when the input ends before it; the step is undone and waits for more input.
    private struct NeedsInput: Error {}

    private var input: [UInt8] = []
    private var position = 0
    private var bitBuffer: UInt64 = 0
    private var bitCount = 0
    private var phase = Phase.memberHeader
    private var isLastBlock = false
    private var members = 0
    /// The last 32 KiB of output, for back-references.
    private var window = [UInt8](repeating: 0, count: Self.windowSize)
    private var windowPosition = 0
    /// Bytes produced by the current member (for the length check and the distance check).
    private var memberLength: UInt64 = 0
    private var crc = CRC32()

    private static let windowSize = 1 << 15

    /// A new decompressor, expecting a gzip member first.
    public init() {}

    /// Decompresses `chunk`, appending what it yields to `output`.
    /// - Throws: ``Failure`` when the data is not gzip or is damaged.
    public mutating func decompress(_ chunk: some Collection<UInt8>, into output: inout [UInt8]) throws {
        if self.position > 0 {
            self.input.removeFirst(self.position)
            self.position = 0
        }
        self.input.append(contentsOf: chunk)
        var checksumFrom = output.count
        defer { self.crc.update(output[checksumFrom...]) }
        while true {
            let saved = (self.position, self.bitBuffer, self.bitCount)
            do {
                guard try self.step(into: &output, checksumFrom: &checksumFrom) else { return }
            } catch is NeedsInput {
                (self.position, self.bitBuffer, self.bitCount) = saved
                return
            }
        }
    }

    /// Checks that the data ended at the end of a member.
    /// - Throws: ``Failure/truncated`` (or ``Failure/notGzip`` for no data at all).
    public func finish() throws {
        switch self.phase {
        case .betweenMembers, .padding:
            return
        case .memberHeader where self.members == 0 && self.input.count == self.position:
            throw Failure.notGzip
        default:
            throw Failure.truncated
        }
    }

    /// Runs one step; `false` when it needs more input to go on.
    private mutating func step(into output: inout [UInt8], checksumFrom: inout Int) throws -> Bool {
        switch self.phase {
        case .memberHeader:
            try self.readMemberHeader()
            self.memberLength = 0
            self.crc = CRC32()
            checksumFrom = output.count
            self.phase = .blockHeader
        case .blockHeader:
            if self.isLastBlock {
                self.phase = .trailer
                return true
            }
            let last = try self.bits(1) == 1
            switch try self.bits(2) {
            case 0:
                self.alignToByte()
                let length = Int(try self.bits(16))
                let complement = Int(try self.bits(16))
                guard length == ~complement & 0xFFFF else {
                    throw Failure.corrupt("a stored block's length check fails")
                }
                self.phase = .stored(remaining: length)
            case 1:
                self.phase = .codes(literals: HuffmanTable.fixedLiterals, distances: HuffmanTable.fixedDistances)
            case 2:
                let (literals, distances) = try self.readDynamicTables()
                self.phase = .codes(literals: literals, distances: distances)
            default:
                throw Failure.corrupt("a block has the reserved type 3")
            }
            self.isLastBlock = last
        case .stored(let remaining):
            var left = remaining
            while left > 0 && self.bitCount >= 8 {
                self.emit(UInt8(truncatingIfNeeded: try self.bits(8)), into: &output)
                left -= 1
            }
            let available = min(left, self.input.count - self.position)
            if available > 0 {
                for byte in self.input[self.position..<(self.position + available)] {
                    self.emit(byte, into: &output)
                }
                self.position += available
                left -= available
            }
            if left > 0 {
                self.phase = .stored(remaining: left)
                return false
            }
            self.phase = .blockHeader
        case .codes(let literals, let distances):
            guard try self.readCodes(literals: literals, distances: distances, into: &output) else { return false }
            self.phase = .blockHeader
        case .trailer:
            self.alignToByte()
            let checksum = UInt32(truncatingIfNeeded: try self.bits(32))
            let length = UInt32(truncatingIfNeeded: try self.bits(32))
            self.crc.update(output[checksumFrom...])
            checksumFrom = output.count
            guard checksum == self.crc.value else { throw Failure.corrupt("the CRC-32 of a member does not match") }
            guard length == UInt32(truncatingIfNeeded: self.memberLength) else {
                throw Failure.corrupt("the length of a member does not match")
            }
            self.members += 1
            self.isLastBlock = false
            self.phase = .betweenMembers
        case .betweenMembers, .padding:
            let next: UInt8
            if self.bitCount >= 8 {
                next = UInt8(truncatingIfNeeded: self.bitBuffer)
            } else if self.position < self.input.count {
                next = self.input[self.position]
            } else {
                return false
            }
            if next == 0x1F, case .betweenMembers = self.phase {
                self.phase = .memberHeader
            } else if next == 0 {
                _ = try self.bits(8)
                self.phase = .padding
            } else {
                throw Failure.corrupt("data follows the last gzip member")
            }
        }
        return true
    }

    // MARK: - Members

    private mutating func readMemberHeader() throws {
        let first = try self.bits(8)
        let second = try self.bits(8)
        guard first == 0x1F, second == 0x8B else {
            throw self.members == 0 ? Failure.notGzip : Failure.corrupt("a member does not start with the gzip magic")
        }
        guard try self.bits(8) == 8 else { throw Failure.corrupt("the compression method is not deflate") }
        let flags = try self.bits(8)
        guard flags & 0xE0 == 0 else { throw Failure.corrupt("reserved header flags are set") }
        _ = try self.bits(32)  // modification time
        _ = try self.bits(16)  // extra flags, operating system
        if flags & 0x04 != 0 {
            let length = try self.bits(16)
            for _ in 0..<length { _ = try self.bits(8) }
        }
        for flag: UInt64 in [0x08, 0x10] where flags & flag != 0 {
            while try self.bits(8) != 0 {}  // file name, comment: zero-terminated
        }
        if flags & 0x02 != 0 { _ = try self.bits(16) }  // header CRC
    }

    // MARK: - Blocks

    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private mutating func readDynamicTables() throws -> (HuffmanTable, HuffmanTable) {
        let literalCount = Int(try self.bits(5)) + 257
        let distanceCount = Int(try self.bits(5)) + 1
        let codeLengthCount = Int(try self.bits(4)) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw Failure.corrupt("too many codes in a block") }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            codeLengthLengths[Self.codeLengthOrder[index]] = UInt8(try self.bits(3))
        }
        let codeLengths = try HuffmanTable(lengths: codeLengthLengths)
        var lengths: [UInt8] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try self.decode(codeLengths)
            switch symbol {
            case 0...15:
                lengths.append(UInt8(symbol))
            case 16:
                guard let previous = lengths.last else {
                    throw Failure.corrupt("a length repeat has nothing to repeat")
                }
                lengths += repeatElement(previous, count: 3 + Int(try self.bits(2)))
            case 17:
                lengths += repeatElement(0, count: 3 + Int(try self.bits(3)))
            default:
                lengths += repeatElement(0, count: 11 + Int(try self.bits(7)))
            }
        }
        guard lengths.count == literalCount + distanceCount else { throw Failure.corrupt("code lengths overflow") }
        guard lengths[256] != 0 else { throw Failure.corrupt("a block has no end-of-block code") }
        return (
            try HuffmanTable(lengths: Array(lengths[..<literalCount])),
            try HuffmanTable(lengths: Array(lengths[literalCount...]))
        )
    }

    private static let lengthBase: [Int] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    private static let lengthExtra: [Int] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBase: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtra: [Int] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]

    /// Decodes the symbols of a compressed block up to its end (`true`). Each symbol is a step of its own: when the
    /// input runs out (`false`), the symbols decoded so far stay decoded.
    private mutating func readCodes(
        literals: HuffmanTable,
        distances: HuffmanTable,
        into output: inout [UInt8]
    ) throws -> Bool {
        while true {
            let saved = (self.position, self.bitBuffer, self.bitCount)
            do {
                let symbol = try self.decode(literals)
                if symbol < 256 {
                    self.emit(UInt8(symbol), into: &output)
                    continue
                }
                if symbol == 256 { return true }
                let lengthIndex = symbol - 257
                guard lengthIndex < Self.lengthBase.count else { throw Failure.corrupt("an invalid length code") }
                let length = Self.lengthBase[lengthIndex] + Int(try self.bits(Self.lengthExtra[lengthIndex]))
                let distanceIndex = try self.decode(distances)
                guard distanceIndex < Self.distanceBase.count else { throw Failure.corrupt("an invalid distance code") }
                let distance =
                    Self.distanceBase[distanceIndex] + Int(try self.bits(Self.distanceExtra[distanceIndex]))
                guard UInt64(distance) <= self.memberLength else {
                    throw Failure.corrupt("a back-reference points before the start of the data")
                }
                for _ in 0..<length {
                    let byte = self.window[(self.windowPosition - distance) & (Self.windowSize - 1)]
                    self.emit(byte, into: &output)
                }
            } catch is NeedsInput {
                // Keep what was decoded; the symbol in progress starts again when more input comes.
                (self.position, self.bitBuffer, self.bitCount) = saved
                return false
            }
        }
    }

    private mutating func emit(_ byte: UInt8, into output: inout [UInt8]) {
        output.append(byte)
        self.window[self.windowPosition] = byte
        self.windowPosition = (self.windowPosition + 1) & (Self.windowSize - 1)
        self.memberLength &+= 1
    }

    // MARK: - Bits

    /// Loads input bytes into the bit buffer until it holds `count` bits, or the input ends.
    @inline(__always)
    private mutating func fill(_ count: Int) {
        while self.bitCount < count && self.position < self.input.count {
            self.bitBuffer |= UInt64(self.input[self.position]) << UInt64(self.bitCount)
            self.position += 1
            self.bitCount += 8
        }
    }

    /// The next `count` bits (up to 32), least significant first.
    private mutating func bits(_ count: Int) throws -> UInt64 {
        guard count > 0 else { return 0 }
        self.fill(count)
        guard self.bitCount >= count else { throw NeedsInput() }
        let value = self.bitBuffer & ((1 << UInt64(count)) - 1)
        self.bitBuffer >>= UInt64(count)
        self.bitCount -= count
        return value
    }

    private mutating func alignToByte() {
        let drop = self.bitCount % 8
        self.bitBuffer >>= UInt64(drop)
        self.bitCount -= drop
    }

    /// The next symbol of a Huffman code.
    private mutating func decode(_ table: HuffmanTable) throws -> Int {
        self.fill(table.maximumLength)
        let entry = table.entries[Int(self.bitBuffer & UInt64(table.entries.count - 1))]
        let length = Int(entry >> 9)
        guard length > 0 else {
            if self.bitCount < table.maximumLength { throw NeedsInput() }
            throw Failure.corrupt("an invalid Huffman code")
        }
        guard length <= self.bitCount else { throw NeedsInput() }
        self.bitBuffer >>= UInt64(length)
        self.bitCount -= length
        return Int(entry & 0x1FF)
    }
}

/// A canonical Huffman code as a lookup table indexed by the next `maximumLength` input bits (least significant
/// first): each entry holds the code's length (high 7 bits) and its symbol (low 9 bits); 0 marks an unused code.
struct HuffmanTable: Sendable {
    let entries: [UInt16]
    let maximumLength: Int

    init(lengths: [UInt8]) throws {
        let maximumLength = max(Int(lengths.max() ?? 0), 1)
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths where length > 0 { counts[Int(length)] += 1 }
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        var left = 1
        for length in 1...15 {
            left = (left << 1) - counts[length]
            guard left >= 0 else { throw GzipInflater.Failure.corrupt("an over-subscribed Huffman code") }
            code = (code + counts[length - 1]) << 1
            next[length] = code
        }
        var entries = [UInt16](repeating: 0, count: 1 << maximumLength)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            let length = Int(length)
            let code = next[length]
            next[length] += 1
            var reversed = 0
            for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
            let entry = UInt16(length << 9 | symbol)
            var index = reversed
            while index < entries.count {
                entries[index] = entry
                index += 1 << length
            }
        }
        self.entries = entries
        self.maximumLength = maximumLength
    }

    /// The fixed literal/length code of RFC 1951 §3.2.6.
    static let fixedLiterals: HuffmanTable = {
        let lengths =
            [UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112)
            + [UInt8](repeating: 7, count: 24) + [UInt8](repeating: 8, count: 8)
        return (try? HuffmanTable(lengths: lengths)) ?? HuffmanTable(entries: [0], maximumLength: 1)
    }()

    /// The fixed distance code: 5 bits each.
    static let fixedDistances: HuffmanTable = {
        (try? HuffmanTable(lengths: [UInt8](repeating: 5, count: 30))) ?? HuffmanTable(entries: [0], maximumLength: 1)
    }()

    private init(entries: [UInt16], maximumLength: Int) {
        self.entries = entries
        self.maximumLength = maximumLength
    }
}

/// The CRC-32 of gzip (ISO 3309, reflected, polynomial `EDB88320`).
struct CRC32: Sendable {
    private(set) var value: UInt32 = 0

    private static let table: [UInt32] = (0..<256).map { index in
        var crc = UInt32(index)
        for _ in 0..<8 { crc = crc & 1 != 0 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        return crc
    }

    mutating func update(_ bytes: some Sequence<UInt8>) {
        var crc = ~self.value
        for byte in bytes { crc = Self.table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        self.value = ~crc
    }
}
