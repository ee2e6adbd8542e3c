import ArgumentParser
import KardCore

/// `kard catalog`: loads merchants, offers and locations from a file, and writes the stored catalog to one
/// (the format is described in `docs/catalog-format.md`).
struct CatalogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Import and export the merchant and offer catalog (JSON or CSV files).",
        subcommands: [Import.self, Export.self, PutOffer.self, ExpireOffer.self]
    )

    /// The `--format` values.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
        case csv

        var fileFormat: CatalogFileFormat {
            switch self {
            case .json: .json
            case .csv: .csv
            }
        }
    }

    /// `52 merchants, 140 offers, 75 locations`.
    static func counts(_ catalog: Catalog) -> String {
        [
            self.count(catalog.merchants.count, "merchant"), self.count(catalog.offers.count, "offer"),
            self.count(catalog.locations.count, "location"),
        ].joined(separator: ", ")
    }

    /// `1 offer`, `1,250 offers`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(self.grouped(number)) \(noun)\(number == 1 ? "" : "s")"
    }

    /// `5200` as `5,200`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return number < 0 ? "-" + text : text
    }
}

/// A problem of the command itself (an unreadable file, an unknown format), printed as `Error: …`.
struct CatalogCommandError: Error, CustomStringConvertible {
    var description: String
}
