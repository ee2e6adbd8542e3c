import Foundation

/// Writes a ``Catalog`` as a catalog file (see `docs/catalog-format.md`) that ``CatalogFileReader`` reads back
/// into the same records, so that exporting and importing again changes nothing.
///
/// Timestamps are not written. Percent commissions are written as exact decimal percents (`5.5`), amounts in
/// whole cents, dates in UTC (`2025-03-01T00:00:00Z`, with milliseconds when there are any).
public struct CatalogFileWriter: Sendable {
    public init() {}

    /// The file's bytes (UTF-8): JSON with two-space indentation, or CSV with a header row and CRLF line breaks.
    public func write(_ catalog: Catalog, format: CatalogFileFormat) -> Data {
        switch format {
        case .json: Data(self.json(catalog).utf8)
        case .csv: Data(self.csv(catalog).utf8)
        }
    }

    private func json(_ catalog: Catalog) -> String {
        let encoder = CatalogRecordEncoder(csv: false)
        let root: CatalogFileValue = .object([
            .init("merchants", .array(catalog.merchants.map { .object(encoder.members(of: $0)) })),
            .init("offers", .array(catalog.offers.map { .object(encoder.members(of: $0)) })),
            .init("locations", .array(catalog.locations.map { .object(encoder.members(of: $0)) })),
        ])
        return CatalogJSONPrinter.print(root)
    }

    private func csv(_ catalog: Catalog) -> String {
        let encoder = CatalogRecordEncoder(csv: true)
        var rows = [CatalogCSVLayout.header]
        rows += catalog.merchants.map { CatalogCSVLayout.row(kind: .merchant, members: encoder.members(of: $0)) }
        rows += catalog.offers.map { CatalogCSVLayout.row(kind: .offer, members: encoder.members(of: $0)) }
        rows += catalog.locations.map { CatalogCSVLayout.row(kind: .location, members: encoder.members(of: $0)) }
        return rows.map { $0.map(CatalogCSVParser.field).joined(separator: ",") + "\r\n" }.joined()
    }
}
