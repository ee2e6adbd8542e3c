import ArgumentParser
import Foundation
import KardCore
import KardServer

/// `kard sandbox …`: the sandbox clock.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Move the sandbox platform's clock (sandbox mode only).",
        subcommands: [Advance.self, Now.self]
    )

    /// `kard sandbox advance 45d`.
    struct Advance: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move the platform's clock forward; running servers follow within a second.",
            discussion: "Durations: 45d, 12h, 30m, 90s. The clock never moves back."
        )

        @Argument(help: "How far to move the clock: 45d, 12h, 30m or 90s.")
        var duration: String

        @OptionGroup var storage: StorageOptions

        func run() async throws {
            guard let seconds = SandboxClock.seconds(in: self.duration) else {
                throw ValidationError("\(self.duration) is not a duration such as 45d, 12h, 30m or 90s.")
            }
            let now = try await self.storage.withPlatform { platform in
                guard let clock = platform.sandboxClock else {
                    throw ValidationError("The clock can be moved in sandbox mode only (KARD_MODE=sandbox).")
                }
                return try await clock.advance(by: seconds, settings: platform.store)
            }
            print("The platform's clock now reads \(now.ISO8601Format()).")
        }
    }

    /// `kard sandbox now`.
    struct Now: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the platform's current time.")

        @OptionGroup var storage: StorageOptions

        func run() async throws {
            let (now, offset) = try await self.storage.withPlatform { platform in
                (platform.clock.now(), platform.sandboxClock?.offset ?? 0)
            }
            print("\(now.ISO8601Format()) (\(offset / 86_400) days \(offset % 86_400) seconds ahead)")
        }
    }
}
