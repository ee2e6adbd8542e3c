/// Why a line of an uploaded file is not a transaction resource: its `id` when it has one, and one problem per
/// field at fault.
public struct TransactionLineFailure: Error, Sendable, Equatable {
    /// One problem: a sentence and, when a field is at fault, a JSON pointer into the resource
    /// (`/attributes/amount`).
    public struct Problem: Sendable, Equatable {
        /// What is wrong.
        public var detail: String
        /// A JSON pointer into the resource, when a field is at fault.
        public var pointer: String?

        /// Creates a problem.
        public init(detail: String, pointer: String?) {
            self.detail = detail
            self.pointer = pointer
        }
    }

    /// The line's `id`, when it has one.
    public var id: String?
    /// What is wrong, one problem per field at fault.
    public var problems: [Problem]

    /// Creates a failure.
    public init(id: String?, problems: [Problem]) {
        self.id = id
        self.problems = problems
    }
}
