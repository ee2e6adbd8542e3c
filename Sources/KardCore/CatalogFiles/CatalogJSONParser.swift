/// A small RFC 8259 JSON parser that keeps numbers as text and reports the line and column of a syntax error.
struct CatalogJSONParser {
    /// Where and why the text is not JSON.
    struct SyntaxError: Error, Sendable, Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    /// Nesting deeper than this is refused (a catalog needs four levels).
    static let maximumDepth = 64

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses one JSON text (which must be valid UTF-8) into a value.
    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> CatalogFileValue {
        var parser = CatalogJSONParser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        if parser.index < bytes.count { throw parser.error("unexpected text after the end of the JSON value") }
        return value
    }

    private func error(_ message: String) -> SyntaxError {
        SyntaxError(line: self.line, column: self.index - self.lineStart + 1, message: message)
    }

    private var current: UInt8? { self.index < self.bytes.count ? self.bytes[self.index] : nil }

    private mutating func skipWhitespace() {
        while let byte = self.current {
            switch byte {
            case 0x20, 0x09, 0x0D: self.index += 1
            case 0x0A:
                self.index += 1
                self.line += 1
                self.lineStart = self.index
            default: return
            }
        }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(SyntaxError) {
        guard self.current == byte else { throw self.error("expected \(what)") }
        self.index += 1
    }

    private mutating func parseValue(depth: Int) throws(SyntaxError) -> CatalogFileValue {
        guard depth < Self.maximumDepth else { throw self.error("nesting is too deep") }
        guard let byte = self.current else { throw self.error("unexpected end of the file") }
        switch byte {
        case UInt8(ascii: "{"): return try self.parseObject(depth: depth)
        case UInt8(ascii: "["): return try self.parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try self.parseString())
        case UInt8(ascii: "t"):
            try self.parseLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try self.parseLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try self.parseLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try self.parseNumber())
        default: throw self.error("unexpected character; expected a JSON value")
        }
    }

    private mutating func parseLiteral(_ word: String) throws(SyntaxError) {
        let expected = Array(word.utf8)
        guard self.index + expected.count <= self.bytes.count,
            self.bytes[self.index..<(self.index + expected.count)].elementsEqual(expected)
        else { throw self.error("unexpected character; expected a JSON value") }
        self.index += expected.count
    }

    private mutating func parseObject(depth: Int) throws(SyntaxError) -> CatalogFileValue {
        self.index += 1
        var members: [CatalogFileMember] = []
        self.skipWhitespace()
        if self.current == UInt8(ascii: "}") {
            self.index += 1
            return .object(members)
        }
        while true {
            self.skipWhitespace()
            guard self.current == UInt8(ascii: "\"") else { throw self.error("expected a quoted member name") }
            let key = try self.parseString()
            self.skipWhitespace()
            try self.expect(UInt8(ascii: ":"), "':' after the member name")
            self.skipWhitespace()
            members.append(CatalogFileMember(key, try self.parseValue(depth: depth + 1)))
            self.skipWhitespace()
            switch self.current {
            case UInt8(ascii: ","): self.index += 1
            case UInt8(ascii: "}"):
                self.index += 1
                return .object(members)
            default: throw self.error("expected ',' or '}'")
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(SyntaxError) -> CatalogFileValue {
        self.index += 1
        var elements: [CatalogFileValue] = []
        self.skipWhitespace()
        if self.current == UInt8(ascii: "]") {
            self.index += 1
            return .array(elements)
        }
        while true {
            self.skipWhitespace()
            elements.append(try self.parseValue(depth: depth + 1))
            self.skipWhitespace()
            switch self.current {
            case UInt8(ascii: ","): self.index += 1
            case UInt8(ascii: "]"):
                self.index += 1
                return .array(elements)
            default: throw self.error("expected ',' or ']'")
            }
        }
    }

    private mutating func parseNumber() throws(SyntaxError) -> String {
        let start = self.index
        if self.current == UInt8(ascii: "-") { self.index += 1 }
        if self.current == UInt8(ascii: "0") {
            self.index += 1
        } else {
            guard self.skipDigits() > 0 else { throw self.error("expected a digit") }
        }
        if self.current == UInt8(ascii: ".") {
            self.index += 1
            guard self.skipDigits() > 0 else { throw self.error("expected a digit after '.'") }
        }
        if self.current == UInt8(ascii: "e") || self.current == UInt8(ascii: "E") {
            self.index += 1
            if self.current == UInt8(ascii: "+") || self.current == UInt8(ascii: "-") { self.index += 1 }
            guard self.skipDigits() > 0 else { throw self.error("expected a digit in the exponent") }
        }
        return String(decoding: self.bytes[start..<self.index], as: UTF8.self)
    }

    private mutating func skipDigits() -> Int {
        let start = self.index
        while let byte = self.current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { self.index += 1 }
        return self.index - start
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        self.index += 1
        var output: [UInt8] = []
        while true {
            guard let byte = self.current else { throw self.error("unterminated string") }
            switch byte {
            case UInt8(ascii: "\""):
                self.index += 1
                return String(decoding: output, as: UTF8.self)
            case UInt8(ascii: "\\"):
                self.index += 1
                try self.parseEscape(into: &output)
            case 0..<0x20:
                throw self.error("control character in a string (write it as an escape such as \\n)")
            default:
                output.append(byte)
                self.index += 1
            }
        }
    }

    private mutating func parseEscape(into output: inout [UInt8]) throws(SyntaxError) {
        guard let byte = self.current else { throw self.error("unterminated string") }
        self.index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(byte)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            var code = try self.parseHex4()
            if (0xD800..<0xDC00).contains(code) {
                guard self.current == UInt8(ascii: "\\"), self.index + 1 < self.bytes.count,
                    self.bytes[self.index + 1] == UInt8(ascii: "u")
                else { throw self.error("unpaired UTF-16 surrogate in a \\u escape") }
                self.index += 2
                let low = try self.parseHex4()
                guard (0xDC00..<0xE000).contains(low) else {
                    throw self.error("unpaired UTF-16 surrogate in a \\u escape")
                }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(code) {
                throw self.error("unpaired UTF-16 surrogate in a \\u escape")
            }
            guard let scalar = Unicode.Scalar(code) else { throw self.error("invalid \\u escape") }
            output.append(contentsOf: Array(String(Character(scalar)).utf8))
        default: throw self.error("invalid escape sequence")
        }
    }

    private mutating func parseHex4() throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = self.current, let digit = Self.hexValue(byte) else {
                throw self.error("expected four hexadecimal digits after \\u")
            }
            value = value << 4 | digit
            self.index += 1
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
