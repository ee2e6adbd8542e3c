import ArgumentParser
import Foundation
import KardCore
import KardServer

extension CatalogCommand {
    /// `kard catalog import FILE`.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a catalog file and load it into the database.",
            discussion: """
                Every record is checked before anything is written: when any problem is found, all of them are \
                printed on standard error (row, record, field, reason), nothing is stored and the exit status is 1. \
                Records replace the stored ones with the same id; nothing is deleted. Importing the same file again \
                changes nothing. See docs/catalog-format.md.
                """
        )

        @Argument(help: "The catalog file: .json or .csv.")
        var file: String

        @Option(help: "The file's format (default: from its extension).")
        var format: Format?

        @Flag(help: "Check the file and print what would be imported, without writing anything.")
        var dryRun = false

        @OptionGroup var storage: StorageOptions

        func run() async throws {
            guard let format = self.format?.fileFormat ?? CatalogFileFormat(path: self.file) else {
                throw ValidationError("Cannot tell the format of \(self.file) from its name; add --format json or csv.")
            }
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: self.file))
            } catch {
                throw CatalogCommandError(description: "Cannot read \(self.file): \(error.localizedDescription)")
            }
            let outcome = try await self.storage.withPlatform { platform in
                let progress = CatalogProgressBar()
                defer { progress.finish() }
                do {
                    let result = try await CatalogImporter(store: platform.store, clock: platform.clock).importFile(
                        data,
                        format: format,
                        dryRun: self.dryRun,
                        progress: progress.update
                    )
                    return Outcome.accepted(result.catalog, result.changes)
                } catch let error as CatalogFileError {
                    return Outcome.refused(error.issues)
                }
            }
            switch outcome {
            case .refused(let issues):
                var report = issues.map(\.description)
                report.append(
                    "\(CatalogCommand.count(issues.count, "problem")) in \(self.file); nothing was imported."
                )
                FileHandle.standardError.write(Data((report.joined(separator: "\n") + "\n").utf8))
                throw ExitCode.failure
            case .accepted(let catalog, let changes):
                if self.dryRun {
                    print("\(self.file) is valid: \(CatalogCommand.counts(catalog)) (\(changes)).")
                    print("Nothing was written (--dry-run).")
                } else {
                    print("Imported \(CatalogCommand.counts(catalog)).")
                    print(
                        changes.written == 0 ? "Nothing changed: the catalog was already up to date." : "(\(changes))"
                    )
                }
            }
        }
    }

    /// What an import found.
    enum Outcome: Sendable {
        case refused([CatalogIssue])
        case accepted(Catalog, CatalogChanges)
    }
}

extension CatalogChanges: CustomStringConvertible {
    public var description: String {
        "\(CatalogCommand.grouped(self.new)) new, \(CatalogCommand.grouped(self.changed)) changed, "
            + "\(CatalogCommand.grouped(self.unchanged)) unchanged"
    }
}
