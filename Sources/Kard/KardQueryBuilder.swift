/// Collects query parameters the way the Python SDK encodes them: `nil` values are dropped, lists become repeated
/// keys, booleans `true`/`false`, numbers their shortest round-tripping text.
struct KardQueryBuilder {
    private(set) var items: [KardQueryItem] = []

    mutating func add(_ name: String, _ value: String?) {
        if let value {
            self.items.append(KardQueryItem(name: name, value: value))
        }
    }

    mutating func add(_ name: String, _ value: Int?) {
        self.add(name, value.map { String($0) })
    }

    mutating func add(_ name: String, _ value: Double?) {
        self.add(name, value.map { String($0) })
    }

    mutating func add(_ name: String, _ value: Bool?) {
        self.add(name, value.map { $0 ? "true" : "false" })
    }

    mutating func add(_ name: String, _ value: (some RawRepresentable<String>)?) {
        self.add(name, value?.rawValue)
    }

    /// Adds one `name=value` pair per element.
    mutating func addRepeated(_ name: String, _ values: [some RawRepresentable<String>]?) {
        for value in values ?? [] {
            self.add(name, value.rawValue)
        }
    }

    /// Adds one pair whose value joins the elements with commas; nothing for `nil` or an empty list.
    mutating func addCommaSeparated(_ name: String, _ values: [some RawRepresentable<String>]?) {
        guard let values, !values.isEmpty else { return }
        self.add(name, values.map(\.rawValue).joined(separator: ","))
    }
}
