import Foundation

/// Produces identifiers and random secrets; injected so that tests can make them predictable.
public protocol IDGenerator: Sendable {
    /// A new universally unique identifier.
    func uuid() -> UUID
    /// `count` random bytes from a cryptographically secure source.
    func randomBytes(_ count: Int) -> [UInt8]
}

/// The production generator: random UUIDs and the system's secure random number generator.
public struct SystemIDGenerator: IDGenerator {
    public init() {}

    public func uuid() -> UUID { UUID() }

    public func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }
}

extension IDGenerator {
    /// A random string of lowercase hexadecimal digits carrying `byteCount` bytes of entropy.
    public func randomHex(byteCount: Int) -> String {
        self.randomBytes(byteCount).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// A random string of `digits` decimal digits, the first one not zero.
    public func randomDigits(_ digits: Int) -> String {
        let bytes = self.randomBytes(digits)
        return bytes.enumerated().map { index, byte in
            index == 0 ? String(1 + Int(byte) % 9) : String(Int(byte) % 10)
        }.joined()
    }
}
