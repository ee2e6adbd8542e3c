/// The `type` and optional `id` every JSON:API resource carries: what a union of resources is told apart by when
/// decoding, and all that is kept of a resource of a type this version does not know.
struct ResourceTag: Codable, Sendable {
    var type: String
    var id: String?
}
