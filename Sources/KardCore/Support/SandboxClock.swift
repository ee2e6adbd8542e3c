import Foundation
import Synchronization

/// The platform's clock in sandbox mode: another clock plus an offset the operator moves forward (`kard sandbox
/// advance 45d`), so that lapsed-customer targeting, payment terms and month ends can be tried without waiting.
/// The offset is kept in the database, so every process on it (and a restart) sees the same time.
public final class SandboxClock: WallClock {
    /// The settings key of the offset, in whole seconds.
    public static let settingKey = "sandbox.clockOffsetSeconds"

    private let base: any WallClock
    private let offsetSeconds: Mutex<Int64>

    public init(base: any WallClock = SystemWallClock()) {
        self.base = base
        self.offsetSeconds = Mutex(0)
    }

    public func now() -> Date {
        self.base.now().addingTimeInterval(TimeInterval(self.offset))
    }

    /// How far ahead of the base clock this clock runs, in seconds.
    public var offset: Int64 { self.offsetSeconds.withLock { $0 } }

    /// Reads the offset stored in the database (another process may have moved it).
    public func refresh(from settings: any SettingsStore) async throws {
        let stored = try await settings.setting(Self.settingKey).flatMap { Int64($0) } ?? 0
        self.offsetSeconds.withLock { $0 = max($0, stored) }
    }

    /// Moves the clock forward by `seconds` (more than 0) and stores the new offset; returns the new time.
    public func advance(by seconds: Int64, settings: any SettingsStore) async throws -> Date {
        try await self.refresh(from: settings)
        let offset = self.offsetSeconds.withLock { value in
            value += seconds
            return value
        }
        try await settings.storeSetting(Self.settingKey, value: String(offset))
        return self.now()
    }

    /// Reads a duration such as `45d`, `12h`, `30m` or `90s` (or a whole number of seconds) as seconds.
    public static func seconds(in text: String) -> Int64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [Character: Int64] = ["d": 86_400, "h": 3_600, "m": 60, "s": 1]
        if let last = trimmed.last, let unit = units[last], let number = Int64(trimmed.dropLast()), number > 0 {
            return number * unit
        }
        if let number = Int64(trimmed), number > 0 { return number }
        return nil
    }
}
