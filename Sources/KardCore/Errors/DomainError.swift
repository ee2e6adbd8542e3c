/// What a core service can refuse. The server maps each case to exactly one HTTP answer.
public enum DomainError: Error, Equatable, Sendable {
    /// The input broke one or more rules; nothing was stored.
    case invalid([ValidationIssue])
    /// The named resource does not exist (or is not visible to the caller).
    case notFound(resource: String, id: String)
    /// The resource already exists, or the change contradicts what is stored.
    case conflict(String)
    /// The card is already registered to another user; Kard answers this with a fixed message.
    case cardAlreadyRegistered
    /// The caller may not do this, whatever the input.
    case forbidden(String)

    /// A single invalid field.
    public static func invalid(field: String, _ detail: String) -> DomainError {
        .invalid([ValidationIssue(field: field, detail: detail)])
    }
}
