/// Small platform-wide values kept in the database, such as the token signing secret.
public protocol SettingsStore: Sendable {
    /// The value stored under `key`, or `nil`.
    func setting(_ key: String) async throws -> String?

    /// Stores `value` under `key` unless a value is there already, and returns the value that is stored.
    /// Safe when several processes race: they all get the same answer.
    func insertSettingIfAbsent(_ key: String, value: String) async throws -> String

    /// Stores `value` under `key`, replacing what was there.
    func storeSetting(_ key: String, value: String) async throws
}
