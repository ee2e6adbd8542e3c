import ArgumentParser
import Foundation
import KardCore
import KardServer

extension CatalogCommand {
    /// `kard catalog export`.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the stored catalog as a catalog file.",
            discussion: """
                The file reads back into exactly the stored records, so exporting and importing again changes \
                nothing. See docs/catalog-format.md.
                """
        )

        @Option(help: "The file's format (default: from --output's extension, otherwise json).")
        var format: Format?

        @Option(name: [.short, .long], help: "Where to write the file (default: standard output).")
        var output: String?

        @OptionGroup var storage: StorageOptions

        func run() async throws {
            let format = self.format?.fileFormat ?? self.output.flatMap(CatalogFileFormat.init(path:)) ?? .json
            let configuration = try self.storage.load()
            let logger = StorageOptions.logger(level: configuration.logLevel)
            let catalog = try await StoreConnector.withStore(
                configuration.database,
                durability: configuration.durability,
                logger: logger
            ) { store in
                _ = try await store.migrate()
                return try await store.loadCatalog()
            }
            let data = CatalogFileWriter().write(catalog, format: format)
            guard let output = self.output else {
                FileHandle.standardOutput.write(data)
                return
            }
            do {
                try data.write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw CatalogCommandError(description: "Cannot write \(output): \(error.localizedDescription)")
            }
            FileHandle.standardError.write(Data("Exported \(CatalogCommand.counts(catalog)) to \(output).\n".utf8))
        }
    }
}
