/// Hashes client secrets for storage and checks a presented secret against a stored hash in constant time.
/// Core defines the seam; the server supplies the implementation on a cryptographic library.
public protocol SecretHasher: Sendable {
    /// The value to store for `secret`.
    func hash(_ secret: String) -> String
    /// Whether `secret` hashes to `storedHash`, compared in constant time.
    func verify(_ secret: String, against storedHash: String) -> Bool
}
