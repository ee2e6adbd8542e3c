import Foundation

/// The columns of the CSV layout and how a row maps to the JSON layout of a record. Each column holds one field,
/// possibly of an object inside the record (`state` is `address.state`); list columns separate items with `|`.
enum CatalogCSVLayout {
    /// One column of the CSV layout.
    struct Column: Sendable {
        var name: String
        /// The record kinds the column applies to.
        var kinds: Set<CatalogRecordKind>
        /// The object of the JSON layout that holds the field (`address`), or `nil` for a field of the record.
        var parent: String?
        /// Whether the cell is a `|`-separated list.
        var isList: Bool

        init(_ name: String, _ kinds: Set<CatalogRecordKind>, parent: String? = nil, list: Bool = false) {
            self.name = name
            self.kinds = kinds
            self.parent = parent
            self.isList = list
        }
    }

    /// The name of the column holding the record kind.
    static let kindColumn = "kind"

    /// Every column but `kind`, in the order the writer puts them.
    static let columns: [Column] = [
        Column("id", [.merchant, .offer, .location]),
        Column("merchantId", [.offer, .location]),
        Column("name", [.merchant, .offer, .location]),
        Column("category", [.merchant]),
        Column("source", [.merchant, .offer, .location]),
        Column("description", [.merchant, .offer]),
        Column("aliases", [.merchant], list: true),
        Column("mids", [.merchant], list: true),
        Column("mccs", [.merchant, .offer], list: true),
        Column("acceptedCards", [.merchant], list: true),
        Column("websiteUrl", [.merchant, .offer]),
        Column("logoUrl", [.merchant]),
        Column("bannerUrl", [.merchant, .offer]),
        Column("purchaseChannels", [.offer], list: true),
        Column("commissionType", [.offer]),
        Column("totalCommission", [.offer]),
        Column("minimumSpendCents", [.offer]),
        Column("maximumTransactionCents", [.offer]),
        Column("maximumRewardCents", [.offer]),
        Column("maximumRedemptions", [.offer]),
        Column("redeemableOnce", [.offer]),
        Column("targeting", [.offer]),
        Column("startDate", [.offer]),
        Column("expirationDate", [.offer]),
        Column("terms", [.offer]),
        Column("locationIds", [.offer], list: true),
        Column("imageUrl", [.offer]),
        Column("shortDescription", [.offer], parent: "display"),
        Column("longDescription", [.offer], parent: "display"),
        Column("ctaText", [.offer], parent: "display"),
        Column("ctaUrl", [.offer], parent: "display"),
        Column("tags", [.offer], parent: "display", list: true),
        Column("detailTags", [.offer], parent: "display", list: true),
        Column("street", [.location], parent: "address"),
        Column("city", [.location], parent: "address"),
        Column("state", [.location], parent: "address"),
        Column("zipCode", [.location], parent: "address"),
        Column("latitude", [.location], parent: "coordinates"),
        Column("longitude", [.location], parent: "coordinates"),
        Column("phone", [.location]),
        Column("openingHours", [.location], list: true),
        Column("googleId", [.location]),
    ]

    /// The header row the writer puts first.
    static var header: [String] { [self.kindColumn] + self.columns.map(\.name) }

    /// The records of a parsed CSV file, logging every problem of its header and rows.
    static func records(from parsed: [CatalogCSVParser.Record], log: CatalogIssueLog) -> [CatalogRawRecord] {
        guard let headerRecord = parsed.first else {
            log.add(
                row: 0,
                field: "",
                "The file is empty: the first line must be the header (\(self.kindColumn),id,…)."
            )
            return []
        }
        // Map header positions to columns (names in any letter case).
        var positions: [Int: Column] = [:]
        var kindPosition: Int?
        var seen: Set<String> = []
        for (position, rawName) in headerRecord.fields.enumerated() {
            let name = String(rawName.trimmed)
            guard seen.insert(name.lowercased()).inserted else {
                log.add(row: headerRecord.line, field: name, "The column appears twice in the header.")
                continue
            }
            if name.caseInsensitiveCompare(self.kindColumn) == .orderedSame {
                kindPosition = position
            } else if let column = self.columns.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) {
                positions[position] = column
            } else if name.isEmpty {
                log.add(row: headerRecord.line, field: "", "Column \(position + 1) of the header has no name.")
            } else {
                log.add(row: headerRecord.line, field: name, "is not a column of the catalog format.")
            }
        }
        guard let kindPosition, positions.values.contains(where: { $0.name == "id" }) else {
            log.add(row: headerRecord.line, field: "", "The header must name the columns \"kind\" and \"id\".")
            return []
        }
        var ordinals: [CatalogRecordKind: Int] = [:]
        var records: [CatalogRawRecord] = []
        for record in parsed.dropFirst() {
            if record.fields.allSatisfy({ $0.trimmed.isEmpty }) { continue }
            guard record.fields.count == headerRecord.fields.count else {
                log.add(
                    row: record.line,
                    field: "",
                    "The row has \(record.fields.count) fields; the header has \(headerRecord.fields.count)."
                )
                continue
            }
            let kindText = record.fields[kindPosition].trimmed.lowercased()
            guard let kind = CatalogRecordKind(rawValue: kindText) else {
                log.add(
                    row: record.line,
                    field: self.kindColumn,
                    "\"\(kindText)\" is not a record kind; use merchant, offer or location."
                )
                continue
            }
            let ordinal = (ordinals[kind] ?? 0) + 1
            ordinals[kind] = ordinal
            let path = "\(kind.listName)[\(ordinal)]"
            var members: [CatalogFileMember] = []
            var nested: [(parent: String, members: [CatalogFileMember])] = []
            for (position, cell) in record.fields.enumerated() {
                guard let column = positions[position], !cell.trimmed.isEmpty else { continue }
                guard column.kinds.contains(kind) else {
                    log.add(row: record.line, field: "\(path).\(column.name)", "does not apply to \(kind) rows.")
                    continue
                }
                let value: CatalogFileValue =
                    column.isList
                    ? .array(cell.split(separator: "|", omittingEmptySubsequences: false).map { .string(String($0)) })
                    : .string(cell)
                let member = CatalogFileMember(column.name, value)
                if let parent = column.parent {
                    if let index = nested.firstIndex(where: { $0.parent == parent }) {
                        nested[index].members.append(member)
                    } else {
                        nested.append((parent, [member]))
                    }
                } else {
                    members.append(member)
                }
            }
            members += nested.map { CatalogFileMember($0.parent, .object($0.members)) }
            records.append(CatalogRawRecord(kind: kind, ordinal: ordinal, row: record.line, members: members))
        }
        return records
    }

    /// One CSV row of a record in the JSON layout (as ``CatalogRecordEncoder`` makes it for CSV).
    static func row(kind: CatalogRecordKind, members: [CatalogFileMember]) -> [String] {
        var cells = [kind.rawValue]
        for column in self.columns {
            var value = members.first(where: { $0.key == (column.parent ?? column.name) })?.value
            if column.parent != nil, case .object(let inner) = value {
                value = inner.first(where: { $0.key == column.name })?.value
            } else if column.parent != nil {
                value = nil
            }
            cells.append(value.map(self.cell) ?? "")
        }
        return cells
    }

    private static func cell(_ value: CatalogFileValue) -> String {
        switch value {
        case .null: ""
        case .bool(let flag): flag ? "true" : "false"
        case .number(let text), .string(let text): text
        case .array(let elements): elements.map(self.cell).joined(separator: "|")
        case .object: ""
        }
    }
}
