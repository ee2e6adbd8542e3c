/// One query parameter. Repeating a name sends the key several times, as the Python SDK does for lists.
public struct KardQueryItem: Sendable, Hashable {
    /// The parameter name, unencoded (`page[size]`).
    public var name: String
    /// The parameter value, unencoded.
    public var value: String

    /// Creates a query parameter.
    ///
    /// - Parameters:
    ///   - name: The name, unencoded.
    ///   - value: The value, unencoded.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
