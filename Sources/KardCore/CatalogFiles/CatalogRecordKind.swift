/// The three kinds of catalog records.
enum CatalogRecordKind: String, Sendable, CaseIterable {
    case merchant
    case offer
    case location

    /// The JSON list holding records of this kind, also used in issue paths (`offers[3]`).
    var listName: String {
        switch self {
        case .merchant: "merchants"
        case .offer: "offers"
        case .location: "locations"
        }
    }

    /// The kind a JSON list name holds.
    init?(listName: String) {
        guard let kind = Self.allCases.first(where: { $0.listName == listName }) else { return nil }
        self = kind
    }
}

/// One record of a catalog file in the JSON layout, with where it was found.
struct CatalogRawRecord: Sendable {
    var kind: CatalogRecordKind
    /// The 1-based position among the records of its kind.
    var ordinal: Int
    /// The CSV line the record starts on, or its 1-based index in its JSON list.
    var row: Int
    var members: [CatalogFileMember]

    /// `offers[3]`.
    var path: String { "\(self.kind.listName)[\(self.ordinal)]" }

    /// The trimmed text of a top-level member, when it is a string or a number.
    func text(_ key: String) -> String? {
        guard let member = self.members.first(where: { $0.key == key }) else { return nil }
        switch member.value {
        case .string(let text), .number(let text): return String(text.trimmed)
        default: return nil
        }
    }
}
