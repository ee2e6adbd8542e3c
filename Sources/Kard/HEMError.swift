/// Why an email address cannot be normalised; the messages are the Python SDK's `ValueError` messages.
public enum HEMError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Nothing is left once whitespace is removed.
    case empty
    /// The address does not contain exactly one `@`; the value is how many it contains.
    case wrongAtCount(Int)
    /// Nothing comes before the `@`.
    case emptyLocalPart
    /// Nothing comes after the `@`.
    case emptyDomain

    /// The Python SDK's message for this error.
    public var message: String {
        switch self {
        case .empty: "Email address must not be empty"
        case .wrongAtCount(let count): "Email address must contain exactly one '@', found \(count)"
        case .emptyLocalPart: "Local part (before '@') must not be empty"
        case .emptyDomain: "Domain part (after '@') must not be empty"
        }
    }

    /// The same as ``message``.
    public var description: String { self.message }
}
