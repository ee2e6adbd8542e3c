import Foundation

/// Calendar days in UTC, the time zone every daily rule of the platform uses.
public enum UTCDay {
    /// The day of `date` as `2026-11-22`.
    public static func string(_ date: Date) -> String {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        let (year, month, day) = CatalogDateText.civilFromDays(days)
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// Midnight UTC at the start of the day of `date`.
    public static func start(of date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
    }
}
