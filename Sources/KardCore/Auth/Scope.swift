/// A permission carried by an access token. Spellings follow Kard's scope list, including its two dotted ones.
public struct Scope: Hashable, Sendable, Codable, RawRepresentable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { self.rawValue }

    public static let transactionWrite = Scope(rawValue: "transaction:write")
    public static let transactionRead = Scope(rawValue: "transaction:read")
    public static let filesWrite = Scope(rawValue: "files:write")
    public static let filesRead = Scope(rawValue: "files.read")
    public static let auditWrite = Scope(rawValue: "audit:write")
    public static let auditRead = Scope(rawValue: "audit:read")
    public static let userWrite = Scope(rawValue: "user:write")
    public static let userRead = Scope(rawValue: "user:read")
    public static let userUpdate = Scope(rawValue: "user:update")
    public static let userDelete = Scope(rawValue: "user:delete")
    public static let rewardsRead = Scope(rawValue: "rewards:read")
    public static let attributionsWrite = Scope(rawValue: "attributions:write")
    public static let legacyAttributionsWrite = Scope(rawValue: "attributions.write")
    public static let notificationsRead = Scope(rawValue: "notifications:read")
    public static let notificationsWrite = Scope(rawValue: "notifications:write")

    /// Every scope an issuer's client may be granted; new clients get all of them.
    public static let all: [Scope] = [
        .transactionWrite, .transactionRead, .filesWrite, .filesRead, .auditWrite, .auditRead,
        .userWrite, .userRead, .userUpdate, .userDelete, .rewardsRead, .attributionsWrite,
        .legacyAttributionsWrite, .notificationsRead, .notificationsWrite,
    ]
}
