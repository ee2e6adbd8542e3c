import Foundation
import KardCore
import Testing

/// Shared inputs of the catalog file tests.
enum CatalogFileFixtures {
    /// A clock stopped at one instant.
    struct StoppedClock: WallClock {
        var instant: Date
        func now() -> Date { self.instant }
    }

    /// 2025-05-01T12:00:00Z.
    static let importTime = Date(timeIntervalSince1970: 1_746_100_800)

    static func reader(at instant: Date = importTime) -> CatalogFileReader {
        CatalogFileReader(clock: StoppedClock(instant: instant))
    }

    /// Reads `text`, returning the catalog or the issues.
    static func read(
        _ text: String,
        _ format: CatalogFileFormat,
        existing: Catalog = Catalog(),
        at instant: Date = importTime
    ) -> Result<Catalog, CatalogFileError> {
        Result { () throws(CatalogFileError) in
            try self.reader(at: instant).read(Data(text.utf8), format: format, existing: existing)
        }
    }

    /// The issues of reading `text`, or an empty list (recorded as a test issue) when it is accepted.
    static func issues(
        _ text: String,
        _ format: CatalogFileFormat,
        existing: Catalog = Catalog(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> [CatalogIssue] {
        switch self.read(text, format, existing: existing) {
        case .success:
            Issue.record("the file was accepted", sourceLocation: sourceLocation)
            return []
        case .failure(let error): return error.issues
        }
    }

    /// The code block of `docs/catalog-format.md` tagged `language`.
    static func documentExample(_ language: String) throws -> String {
        let docs = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/catalog-format.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let fence = "```\(language)\n"
        let start = try #require(text.range(of: fence))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        return String(text[start.upperBound..<end.lowerBound])
    }
}

/// A JSON record written as ordered `"key": raw JSON` pairs, so that a test can change one field.
struct RecordText {
    var fields: [(key: String, json: String)]

    /// The record with `key` set to the raw JSON `json` (added at the end when absent), or removed when `nil`.
    func with(_ key: String, _ json: String?) -> RecordText {
        var copy = self
        if let index = copy.fields.firstIndex(where: { $0.key == key }) {
            if let json { copy.fields[index].json = json } else { copy.fields.remove(at: index) }
        } else if let json {
            copy.fields.append((key, json))
        }
        return copy
    }

    var json: String { "{" + self.fields.map { "\"\($0.key)\": \($0.json)" }.joined(separator: ", ") + "}" }

    static let merchant = RecordText(fields: [
        ("id", #""m1""#), ("name", #""Hilltop BBQ""#), ("category", #""Food & Beverage""#),
    ])
    static let location = RecordText(fields: [
        ("id", #""l1""#), ("merchantId", #""m1""#), ("name", #""Downtown""#),
        ("address", #"{"street": "123 Peachtree St", "city": "Atlanta", "state": "GA", "zipCode": "30303"}"#),
        ("coordinates", #"{"latitude": 33.7552, "longitude": -84.3879}"#),
    ])
    static let offer = RecordText(fields: [
        ("id", #""o1""#), ("merchantId", #""m1""#), ("name", #""Dine in""#), ("purchaseChannels", #"["INSTORE"]"#),
        ("commissionType", #""PERCENT""#), ("totalCommission", "5"), ("startDate", #""2025-01-01""#),
        ("expirationDate", #""2026-01-01""#), ("terms", #""Terms apply.""#),
    ])

    /// A JSON catalog file of these records.
    static func file(
        merchants: [RecordText] = [.merchant],
        offers: [RecordText] = [.offer],
        locations: [RecordText] = [.location]
    ) -> String {
        """
        {"merchants": [\(merchants.map(\.json).joined(separator: ",\n"))],
         "offers": [\(offers.map(\.json).joined(separator: ",\n"))],
         "locations": [\(locations.map(\.json).joined(separator: ",\n"))]}
        """
    }
}
