import ArgumentParser

/// The `kard` command: the platform's server, its admin commands and its tools.
@main
struct KardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kard",
        abstract: "A self-hostable card-linked-offers platform compatible with the Kard rewards API.",
        subcommands: [
            ServeCommand.self, MigrateCommand.self, IssuersCommand.self, CatalogCommand.self, ExplainCommand.self,
            AuditsCommand.self, SandboxCommand.self,
        ]
    )
}
