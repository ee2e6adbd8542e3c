import Foundation

/// ISO 8601 dates of catalog files, read and written without a formatter: `2025-03-01` (midnight UTC),
/// `2025-03-01T14:30:00Z`, `2025-03-01T14:30:00.250-05:00` (`T` or a space between date and time; seconds and
/// fraction optional; a time needs a zone, `Z` or an offset). Written back in UTC, with milliseconds only when the
/// instant has a fraction of a second.
enum CatalogDateText {
    /// The instant `text` names, or why it cannot be read.
    static func date(from text: String) -> Result<Date, CatalogFieldProblem> {
        let characters = Array(text.trimmed.utf8)
        var scanner = Scanner(bytes: characters)
        let invalid = CatalogFieldProblem(
            "\"\(text)\" is not an ISO 8601 date; write 2025-03-01 or 2025-03-01T14:30:00Z"
        )
        guard let year = scanner.digits(4), scanner.take("-"), let month = scanner.digits(2), scanner.take("-"),
            let day = scanner.digits(2)
        else { return .failure(invalid) }
        guard (1...12).contains(month), (1...Self.daysInMonth(year: year, month: month)).contains(day) else {
            return .failure(CatalogFieldProblem("\"\(text)\" is not a calendar date"))
        }
        var seconds = Int64(Self.daysFromCivil(year: year, month: month, day: day)) * 86_400
        var fraction = 0.0
        if scanner.isAtEnd { return .success(Date(timeIntervalSince1970: Double(seconds))) }
        guard scanner.take("T") || scanner.take("t") || scanner.take(" "), let hour = scanner.digits(2),
            scanner.take(":"), let minute = scanner.digits(2)
        else { return .failure(invalid) }
        var second = 0
        if scanner.take(":") {
            guard let value = scanner.digits(2) else { return .failure(invalid) }
            second = value
            if scanner.take(".") || scanner.take(",") {
                let digits = scanner.digitRun()
                guard !digits.isEmpty, digits.count <= 9, let value = Double("0." + digits) else {
                    return .failure(invalid)
                }
                fraction = value
            }
        }
        guard hour < 24, minute < 60, second < 60 else {
            return .failure(CatalogFieldProblem("\"\(text)\" is not a valid time of day"))
        }
        seconds += Int64(hour * 3600 + minute * 60 + second)
        if scanner.take("Z") || scanner.take("z") {
        } else if let sign = scanner.sign() {
            guard let offsetHours = scanner.digits(2) else { return .failure(invalid) }
            _ = scanner.take(":")
            let offsetMinutes = scanner.digits(2) ?? 0
            guard offsetHours < 24, offsetMinutes < 60 else { return .failure(invalid) }
            seconds -= Int64(sign * (offsetHours * 3600 + offsetMinutes * 60))
        } else if scanner.isAtEnd {
            return .failure(
                CatalogFieldProblem("\"\(text)\" has no time zone; end it with Z (UTC) or an offset such as -05:00")
            )
        } else {
            return .failure(invalid)
        }
        guard scanner.isAtEnd else { return .failure(invalid) }
        return .success(Date(timeIntervalSince1970: Double(seconds) + fraction))
    }

    /// `date` in UTC: `2025-03-01T14:30:00Z`, or `2025-03-01T14:30:00.250Z` when it has milliseconds.
    static func text(from date: Date) -> String {
        var whole = date.timeIntervalSince1970.rounded(.down)
        var milliseconds = Int(((date.timeIntervalSince1970 - whole) * 1000).rounded())
        if milliseconds == 1000 {
            whole += 1
            milliseconds = 0
        }
        let total = Int64(whole)
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        let secondOfDay = Int(total - days * 86_400)
        let (year, month, day) = Self.civilFromDays(Int(days))
        var text =
            "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))T"
            + "\(Self.pad(secondOfDay / 3600, 2)):\(Self.pad(secondOfDay / 60 % 60, 2)):\(Self.pad(secondOfDay % 60, 2))"
        if milliseconds > 0 { text += ".\(Self.pad(milliseconds, 3))" }
        return text + "Z"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date `days` after 1970-01-01.
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Reads ASCII digits and separators from the front of a date text.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        var isAtEnd: Bool { self.index == self.bytes.count }

        mutating func take(_ character: Unicode.Scalar) -> Bool {
            guard self.index < self.bytes.count, self.bytes[self.index] == UInt8(ascii: character) else {
                return false
            }
            self.index += 1
            return true
        }

        mutating func sign() -> Int? {
            if self.take("+") { return 1 }
            if self.take("-") { return -1 }
            return nil
        }

        /// Exactly `count` digits as a number.
        mutating func digits(_ count: Int) -> Int? {
            guard self.index + count <= self.bytes.count else { return nil }
            var value = 0
            for byte in self.bytes[self.index..<(self.index + count)] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            self.index += count
            return value
        }

        /// All the digits at the front.
        mutating func digitRun() -> String {
            let start = self.index
            while self.index < self.bytes.count,
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self.bytes[self.index])
            {
                self.index += 1
            }
            return String(decoding: self.bytes[start..<self.index], as: UTF8.self)
        }
    }
}
