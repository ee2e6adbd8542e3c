/// A rewards program a user or organization takes part in.
public enum RewardProgram: String, Sendable, CaseIterable, Codable {
    case cardLinked = "CARDLINKED"
    case affiliate = "AFFILIATE"
}
