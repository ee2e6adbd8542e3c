import ArgumentParser
import KardCore
import KardServer

extension StorageOptions {
    /// Opens the configured database, prepares the platform on it (the sandbox clock in sandbox mode, so that
    /// commands see the time the server sees) and runs `body`; a domain refusal becomes a readable error.
    func withPlatform<Value: Sendable>(_ body: (Platform) async throws -> Value) async throws -> Value {
        let configuration = try self.load()
        let logger = Self.logger(level: configuration.logLevel)
        return try await StoreConnector.withStore(
            configuration.database,
            durability: configuration.durability,
            logger: logger
        ) { store in
            let platform = try await Platform.prepare(
                store: store,
                tokenSecret: configuration.tokenSecret,
                clock: configuration.mode == .sandbox ? SandboxClock() : SystemWallClock(),
                monitoring: configuration.monitoring,
                logger: logger
            )
            do {
                return try await body(platform)
            } catch let error as DomainError {
                throw ValidationError(Self.message(error))
            }
        }
    }

    /// A domain refusal in words.
    static func message(_ error: DomainError) -> String {
        switch error {
        case .invalid(let issues): return issues.map { "\($0.field): \($0.detail)" }.joined(separator: "\n")
        case .conflict(let detail), .forbidden(let detail): return detail
        case .notFound(let resource, let id): return "\(resource) \(id) was not found."
        case .cardAlreadyRegistered: return "The card is already registered."
        }
    }
}
