/// A named, ordered schema change. Both stores list theirs under the same names so that they stay in step.
public struct Migration: Sendable {
    public var name: String
    public var statements: [String]

    public init(name: String, statements: [String]) {
        self.name = name
        self.statements = statements
    }
}
