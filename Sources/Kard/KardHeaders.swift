/// An ordered list of HTTP header fields with case-insensitive names.
///
/// Names keep the spelling they were added with; look-ups, replacement and removal ignore ASCII case, as HTTP does.
public struct KardHeaders: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral, CustomStringConvertible {
    /// One header field.
    public struct Field: Sendable, Hashable {
        /// The header name, as added.
        public var name: String
        /// The header value.
        public var value: String

        /// Creates a header field.
        ///
        /// - Parameters:
        ///   - name: The header name.
        ///   - value: The header value.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The fields, in order.
    public private(set) var fields: [Field]

    /// Creates an empty header list.
    public init() {
        self.fields = []
    }

    /// Creates a header list from name-value pairs, keeping their order and any repeated names.
    ///
    /// - Parameter pairs: The header names and values.
    public init(_ pairs: some Sequence<(String, String)>) {
        self.fields = pairs.map { Field(name: $0.0, value: $0.1) }
    }

    /// Creates a header list from a dictionary literal, keeping the literal's order.
    ///
    /// - Parameter elements: The header names and values.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }

    /// The number of fields.
    public var count: Int { self.fields.count }

    /// Whether there are no fields.
    public var isEmpty: Bool { self.fields.isEmpty }

    /// The first value of a header, or `nil`; setting replaces every field of that name (`nil` removes them).
    ///
    /// - Parameter name: The header name, compared without regard to ASCII case.
    public subscript(name: String) -> String? {
        get { self.fields.first { Self.sameName($0.name, name) }?.value }
        set {
            if let newValue {
                self.replaceOrAdd(name: name, value: newValue)
            } else {
                self.remove(name: name)
            }
        }
    }

    /// Returns every value of a header, in order.
    ///
    /// - Parameter name: The header name, compared without regard to ASCII case.
    /// - Returns: The values; empty when the header is absent.
    public func values(for name: String) -> [String] {
        self.fields.filter { Self.sameName($0.name, name) }.map(\.value)
    }

    /// Returns whether a header is present.
    ///
    /// - Parameter name: The header name, compared without regard to ASCII case.
    /// - Returns: `true` when at least one field has that name.
    public func contains(name: String) -> Bool {
        self.fields.contains { Self.sameName($0.name, name) }
    }

    /// Appends a field, keeping any existing fields of the same name.
    ///
    /// - Parameters:
    ///   - name: The header name.
    ///   - value: The header value.
    public mutating func add(name: String, value: String) {
        self.fields.append(Field(name: name, value: value))
    }

    /// Replaces every field of a name with one field, or appends it when absent.
    ///
    /// The replacement takes the position of the first replaced field.
    ///
    /// - Parameters:
    ///   - name: The header name.
    ///   - value: The header value.
    public mutating func replaceOrAdd(name: String, value: String) {
        guard let index = self.fields.firstIndex(where: { Self.sameName($0.name, name) }) else {
            self.add(name: name, value: value)
            return
        }
        self.fields[index] = Field(name: name, value: value)
        var position = self.fields.index(after: index)
        while position < self.fields.endIndex {
            if Self.sameName(self.fields[position].name, name) {
                self.fields.remove(at: position)
            } else {
                position = self.fields.index(after: position)
            }
        }
    }

    /// Removes every field of a name.
    ///
    /// - Parameter name: The header name, compared without regard to ASCII case.
    public mutating func remove(name: String) {
        self.fields.removeAll { Self.sameName($0.name, name) }
    }

    /// Merges other headers over these: each name present in `other` replaces all fields of that name here.
    ///
    /// Repeated names inside `other` are all kept. This is the "later wins" rule used for client-level, endpoint and
    /// per-request headers.
    ///
    /// - Parameter other: The headers that win.
    public mutating func merge(_ other: KardHeaders) {
        for field in other.fields {
            self.remove(name: field.name)
        }
        self.fields.append(contentsOf: other.fields)
    }

    /// Returns these headers with `other` merged over them (see ``merge(_:)``).
    ///
    /// - Parameter other: The headers that win.
    /// - Returns: The merged headers.
    public func merging(_ other: KardHeaders) -> KardHeaders {
        var copy = self
        copy.merge(other)
        return copy
    }

    /// Returns an iterator over the fields.
    ///
    /// - Returns: An iterator yielding each field in order.
    public func makeIterator() -> IndexingIterator<[Field]> {
        self.fields.makeIterator()
    }

    /// The headers as `name: value` lines, with credentials redacted.
    public var description: String {
        self.redacted().map { "\($0.name): \($0.value)" }.joined(separator: "\n")
    }

    /// Returns the headers with the values of credential-bearing headers (`Authorization`, cookies, API keys…)
    /// replaced by `[REDACTED]`, as the Python SDK does in its debug logs.
    ///
    /// - Returns: The redacted headers.
    public func redacted() -> KardHeaders {
        var copy = self
        copy.fields = self.fields.map { field in
            Self.sensitiveNames.contains(field.name.lowercased())
                ? Field(name: field.name, value: "[REDACTED]") : field
        }
        return copy
    }

    static let sensitiveNames: Set<String> = [
        "authorization", "www-authenticate", "x-api-key", "api-key", "apikey", "x-api-token", "x-auth-token",
        "auth-token", "cookie", "set-cookie", "proxy-authorization", "proxy-authenticate", "x-csrf-token",
        "x-xsrf-token", "x-session-token", "x-access-token",
    ]

    static func sameName(_ lhs: String, _ rhs: String) -> Bool {
        let left = lhs.utf8
        let right = rhs.utf8
        guard left.count == right.count else { return false }
        return zip(left, right).allSatisfy { asciiLower($0) == asciiLower($1) }
    }

    private static func asciiLower(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
    }
}
