#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A lenient HTTP date parser in the spirit of Python's `email.utils.parsedate_tz`.
///
/// Reads IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`), asctime
/// (`Sun Nov  6 08:49:37 1994`) and numeric zones (`+0100`). A missing zone means UTC.
enum HTTPDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let dayNames: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    private static let zones: [String: Int] = [
        "UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
        "AST": -400, "ADT": -300, "EST": -500, "EDT": -400, "CST": -600, "CDT": -500,
        "MST": -700, "MDT": -600, "PST": -800, "PDT": -700,
    ]

    static func parse(_ text: String) -> Date? {
        var tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !tokens.isEmpty else { return nil }
        if tokens[0].hasSuffix(",") || dayNames.contains(String(tokens[0].lowercased().prefix(3))) {
            tokens.removeFirst()
        } else if let comma = tokens[0].firstIndex(of: ",") {
            tokens[0] = String(tokens[0][tokens[0].index(after: comma)...])
        }
        if tokens.count == 3 {
            let parts = tokens[0].split(separator: "-").map(String.init)
            if parts.count == 3 {
                tokens = parts + tokens[1...]
            }
        }
        if tokens.count == 4 {
            // "dd Mon yyyy hh:mm:ss+zone" or a zone glued to the time.
            let time = tokens[3]
            if let sign = time.firstIndex(where: { $0 == "+" || $0 == "-" }) {
                tokens[3] = String(time[..<sign])
                tokens.append(String(time[sign...]))
            } else {
                tokens.append("")
            }
        }
        guard tokens.count >= 5 else { return nil }
        var day = tokens[0]
        var month = tokens[1].lowercased()
        var year = tokens[2]
        var time = tokens[3]
        var zone = tokens[4]
        if !months.contains(String(month.prefix(3))) {
            (day, month) = (month, day.lowercased())
        }
        guard let monthIndex = months.firstIndex(of: String(month.prefix(3))) else { return nil }
        if day.hasSuffix(",") {
            day.removeLast()
        }
        if year.contains(":") {
            (year, time) = (time, year)
        }
        if year.hasSuffix(",") {
            year.removeLast()
        }
        if !(year.first?.isNumber ?? false) {
            (year, zone) = (zone, year)
        }
        if time.hasSuffix(",") {
            time.removeLast()
        }
        let clock = time.split(separator: ":")
        guard var yearValue = Int(year), let dayValue = Int(day), clock.count >= 2, clock.count <= 3,
            let hour = Int(clock[0]), let minute = Int(clock[1])
        else { return nil }
        let second = clock.count == 3 ? Int(clock[2]) : 0
        guard let second else { return nil }
        if yearValue < 100 {
            yearValue += yearValue > 68 ? 1900 : 2000
        }
        let offset = zoneOffsetSeconds(zone)
        let days = daysFromCivil(year: yearValue, month: monthIndex + 1, day: dayValue)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds))
    }

    private static func zoneOffsetSeconds(_ zone: String) -> Int {
        let upper = zone.uppercased()
        if let hhmm = zones[upper] {
            return (hhmm / 100) * 3600 + (hhmm % 100) * 60
        }
        guard let first = upper.first, first == "+" || first == "-", let value = Int(upper.dropFirst()) else {
            return 0
        }
        let magnitude = (value / 100) * 3600 + (value % 100) * 60
        return first == "-" ? -magnitude : magnitude
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
