import ArgumentParser
import Foundation
import Hummingbird
import KardCore
import KardServer
import Logging

/// `kard serve`: runs the platform's HTTP server.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the platform's HTTP API.",
        discussion: """
            On a new database, a sandbox issuer is created and its credentials are printed and written to \
            DATA_DIR/sandbox.json; later starts reuse them. The token signing secret comes from KARD_TOKEN_SECRET \
            (at least 32 bytes) or is generated once and kept in the database.
            """
    )

    @Option(help: "Address to listen on (default 127.0.0.1; env KARD_HOST).")
    var host: String?

    @Option(help: "Port to listen on (default 8080; env KARD_PORT).")
    var port: String?

    @Option(help: "sandbox (the operator may move the clock forward) or production (default sandbox; env KARD_MODE).")
    var mode: String?

    @OptionGroup var storage: StorageOptions

    func run() async throws {
        var extra: [String: String] = [:]
        extra["host"] = self.host
        extra["port"] = self.port
        extra["mode"] = self.mode
        let configuration = try self.storage.load(extra: extra)
        let logger = StorageOptions.logger(level: configuration.logLevel)
        logger.info("Opening the database", metadata: ["database": "\(configuration.database)"])
        try await StoreConnector.withStore(configuration.database, durability: configuration.durability, logger: logger)
        { store in
            let platform = try await Platform.prepare(
                store: store,
                tokenSecret: configuration.tokenSecret,
                clock: configuration.mode == .sandbox ? SandboxClock() : SystemWallClock(),
                monitoring: configuration.monitoring,
                logger: logger
            )
            let sandbox = try await SandboxBootstrap(
                platform: platform,
                dataDirectory: configuration.dataDirectory,
                logger: logger
            ).ensureSandbox()
            Self.printNow(
                """
                Sandbox issuer (also in \(configuration.dataDirectory)/\(SandboxBootstrap.fileName)):
                  organizationId: \(sandbox.organizationId)
                  clientId:       \(sandbox.clientId)
                  clientSecret:   \(sandbox.clientSecret)
                  webhookKey:     \(sandbox.webhookKey)
                Listening on http://\(configuration.host):\(configuration.port)

                """
            )
            let app = buildApplication(platform: platform, configuration: configuration, logger: logger)
            try await app.runService()
        }
    }

    /// Writes to standard output without buffering, so that the lines show at once in a piped log.
    static func printNow(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
