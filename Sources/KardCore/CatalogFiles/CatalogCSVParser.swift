/// An RFC 4180 CSV parser: fields separated by commas, records by CRLF, LF or CR; a field in double quotes may hold
/// commas, line breaks and doubled quotes (`""`). A UTF-8 byte order mark at the start is skipped.
enum CatalogCSVParser {
    /// One record: its fields, and the 1-based line it starts on.
    struct Record: Sendable, Equatable {
        var line: Int
        var fields: [String]
    }

    /// A malformed part of the file; parsing goes on after it, so that every problem is reported.
    struct Problem: Sendable, Equatable {
        var line: Int
        var detail: String
    }

    /// The records of `bytes` (UTF-8). Empty lines are skipped.
    static func parse(_ bytes: [UInt8]) -> (records: [Record], problems: [Problem]) {
        let quote = UInt8(ascii: "\"")
        let comma = UInt8(ascii: ",")
        let lineFeed = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")
        var records: [Record] = []
        var problems: [Problem] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        var fields: [String] = []
        var recordLine = 1
        var field: [UInt8] = []

        /// Consumes a line break at `index` if there is one; returns whether it did.
        func consumeLineBreak() -> Bool {
            guard index < bytes.count else { return false }
            if bytes[index] == lineFeed {
                index += 1
            } else if bytes[index] == carriageReturn {
                index += 1
                if index < bytes.count && bytes[index] == lineFeed { index += 1 }
            } else {
                return false
            }
            line += 1
            return true
        }

        func endRecord() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
            recordLine = line
        }

        while index < bytes.count {
            if bytes[index] == quote && field.isEmpty {
                let startLine = line
                index += 1
                var closed = false
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < bytes.count && bytes[index + 1] == quote {
                            field.append(quote)
                            index += 2
                        } else {
                            index += 1
                            closed = true
                            break
                        }
                    } else if byte == lineFeed || byte == carriageReturn {
                        // Keep the line break as written, and count it.
                        let start = index
                        _ = consumeLineBreak()
                        field.append(contentsOf: bytes[start..<index])
                    } else {
                        field.append(byte)
                        index += 1
                    }
                }
                if !closed {
                    // The rest of the file is inside the quotes: the record is lost, nothing more can be read.
                    problems.append(Problem(line: startLine, detail: "a quoted field is never closed"))
                    return (records, problems)
                }
                // After the closing quote: a separator, a line break or the end of the file.
                if index < bytes.count && bytes[index] != comma && bytes[index] != lineFeed
                    && bytes[index] != carriageReturn
                {
                    problems.append(
                        Problem(
                            line: line,
                            detail: "text after the closing quote of a field (a quote inside a field is written \"\")"
                        )
                    )
                    while index < bytes.count && bytes[index] != comma && bytes[index] != lineFeed
                        && bytes[index] != carriageReturn
                    {
                        field.append(bytes[index])
                        index += 1
                    }
                }
                continue
            }
            let byte = bytes[index]
            if byte == comma {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                index += 1
            } else if byte == lineFeed || byte == carriageReturn {
                _ = consumeLineBreak()
                endRecord()
            } else {
                if byte == quote && !field.contains(quote) {
                    problems.append(
                        Problem(
                            line: line,
                            detail:
                                "a quote inside an unquoted field (quote the whole field and write the quote as \"\")"
                        )
                    )
                }
                field.append(byte)
                index += 1
            }
        }
        if !field.isEmpty || !fields.isEmpty {
            endRecord()
        }
        return (records, problems)
    }

    /// `text` as one CSV field: quoted when it holds a comma, a quote, a line break or surrounding spaces.
    static func field(_ text: String) -> String {
        let needsQuotes =
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text {
            quoted.append(character)
            if character == "\"" { quoted.append("\"") }
        }
        return quoted + "\""
    }
}
