import ArgumentParser
import Foundation
import KardCore
import KardServer

extension CatalogCommand {
    /// `kard catalog put-offer FILE`: creates or replaces one offer.
    struct PutOffer: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "put-offer",
            abstract: "Create or update one offer from a JSON file holding the offer object.",
            discussion: "The object has the fields of an offer in docs/catalog-format.md; its merchant must exist."
        )

        @Argument(help: "A JSON file with one offer object.")
        var file: String

        @OptionGroup var storage: StorageOptions

        func run() async throws {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: self.file))
            } catch {
                throw CatalogCommandError(description: "Cannot read \(self.file): \(error.localizedDescription)")
            }
            let (offer, created) = try await CatalogCommand.withImporter(self.storage) { importer in
                try await importer.putOffer(data)
            }
            print("\(created ? "Created" : "Updated") offer \(offer.id) (\(offer.name)).")
        }
    }

    /// `kard catalog expire-offer ID`: ends an offer now.
    struct ExpireOffer: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "expire-offer",
            abstract: "End an offer now: it is no longer shown or earned from this moment."
        )

        @Argument(help: "The offer id.")
        var offerID: String

        @OptionGroup var storage: StorageOptions

        func run() async throws {
            let offer = try await CatalogCommand.withImporter(self.storage) { importer in
                try await importer.expireOffer(OfferID(self.offerID))
            }
            print("Offer \(offer.id) expires at \(offer.expirationDate.ISO8601Format()).")
        }
    }

    /// Runs `body` with an importer on the configured database, reporting catalog problems and unknown offers
    /// as readable errors.
    static func withImporter<Value: Sendable>(
        _ storage: StorageOptions,
        _ body: (CatalogImporter) async throws -> Value
    ) async throws -> Value {
        do {
            return try await storage.withPlatform { platform in
                try await body(CatalogImporter(store: platform.store, clock: platform.clock))
            }
        } catch let error as CatalogFileError {
            throw CatalogCommandError(description: error.issues.map(\.description).joined(separator: "\n"))
        } catch DomainError.notFound(let resource, let id) {
            throw CatalogCommandError(description: "\(resource) \(id) was not found.")
        }
    }
}
