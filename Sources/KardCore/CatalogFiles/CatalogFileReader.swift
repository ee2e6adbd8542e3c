import Foundation

/// Reads a catalog file (JSON or CSV, see `docs/catalog-format.md`) into a ``Catalog``, checking every record
/// before returning anything: either the whole file is valid, or every problem in it is reported.
///
/// Records keep the order of the file. `createdAt` and `updatedAt` never come from the file: a record new to
/// `existing` gets the clock's time for both; a record already in `existing` keeps its `createdAt`, and keeps its
/// `updatedAt` too when nothing else changed, so reading the same file again gives the same catalog.
public struct CatalogFileReader: Sendable {
    private let clock: any WallClock

    /// - Parameter clock: gives the time stamped on new and changed records.
    public init(clock: any WallClock) {
        self.clock = clock
    }

    /// Parses and validates `data`.
    /// - Parameters:
    ///   - data: the file's bytes, UTF-8 (a byte order mark is skipped).
    ///   - format: JSON or CSV.
    ///   - existing: the stored catalog: offers and locations may refer to its merchants and locations, and its
    ///     records' timestamps are kept.
    ///   - progress: called with the number of records checked so far and their total, after each record.
    /// - Returns: the file's records.
    /// - Throws: ``CatalogFileError`` with every problem found, in file order.
    public func read(
        _ data: Data,
        format: CatalogFileFormat,
        existing: Catalog = Catalog(),
        progress: ((_ processed: Int, _ total: Int) -> Void)? = nil
    ) throws(CatalogFileError) -> Catalog {
        let log = CatalogIssueLog()
        let bytes = [UInt8](data)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw CatalogFileError(issues: [
                CatalogIssue(row: 0, field: "", detail: "The file is not UTF-8 text; save it with UTF-8 encoding.")
            ])
        }
        let records: [CatalogRawRecord]
        switch format {
        case .json: records = Self.jsonRecords(bytes, log: log)
        case .csv:
            let parsed = CatalogCSVParser.parse(bytes)
            for problem in parsed.problems { log.add(row: problem.line, field: "", problem.detail) }
            records = CatalogCSVLayout.records(from: parsed.records, log: log)
        }

        let validator = Self.validator(for: records, existing: existing, now: self.clock.now(), log: log)
        var catalog = Catalog()
        progress?(0, records.count)
        for (offset, record) in records.enumerated() {
            switch record.kind {
            case .merchant: validator.merchant(from: record).map { catalog.merchants.append($0) }
            case .offer: validator.offer(from: record).map { catalog.offers.append($0) }
            case .location: validator.location(from: record).map { catalog.locations.append($0) }
            }
            progress?(offset + 1, records.count)
        }
        guard log.issues.isEmpty else {
            // CSV problems are found in several passes; list them by line (the sort is stable).
            let issues = format == .csv ? log.issues.sorted { $0.row < $1.row } : log.issues
            throw CatalogFileError(issues: issues)
        }
        return Self.stamped(catalog, existing: existing, now: validator.now)
    }

    /// The validator of `records`, knowing every id of the file and of `existing`.
    private static func validator(
        for records: [CatalogRawRecord],
        existing: Catalog,
        now: Date,
        log: CatalogIssueLog
    ) -> CatalogRecordValidator {
        var firstRecords: [CatalogRecordKind: [String: CatalogRecordValidator.FirstRecord]] = [:]
        var knownMerchants = Set(existing.merchants.map(\.id.rawValue))
        var locationMerchants: [String: String] = [:]
        for location in existing.locations { locationMerchants[location.id.rawValue] = location.merchantID.rawValue }
        for record in records {
            guard let id = record.text("id"), CatalogFieldRules.idProblem(id) == nil else { continue }
            if firstRecords[record.kind, default: [:]][id] == nil {
                firstRecords[record.kind, default: [:]][id] = .init(ordinal: record.ordinal, row: record.row)
            } else {
                continue
            }
            switch record.kind {
            case .merchant: knownMerchants.insert(id)
            case .location: locationMerchants[id] = record.text("merchantId") ?? ""
            case .offer: break
            }
        }
        return CatalogRecordValidator(
            now: now,
            log: log,
            knownMerchants: knownMerchants,
            locationMerchants: locationMerchants,
            firstRecords: firstRecords
        )
    }

    /// The records of a JSON file: `{"merchants": [...], "offers": [...], "locations": [...]}`, each list optional.
    private static func jsonRecords(_ bytes: [UInt8], log: CatalogIssueLog) -> [CatalogRawRecord] {
        let root: CatalogFileValue
        do {
            root = try CatalogJSONParser.parse(bytes)
        } catch {
            log.add(row: 0, field: "", "Not valid JSON: line \(error.line), column \(error.column): \(error.message).")
            return []
        }
        guard case .object(let members) = root else {
            log.add(
                row: 0,
                field: "",
                "The file must hold one JSON object: {\"merchants\": […], \"offers\": […], \"locations\": […]}."
            )
            return []
        }
        var records: [CatalogRawRecord] = []
        var seen: Set<String> = []
        for member in members {
            guard seen.insert(member.key).inserted else {
                log.add(row: 0, field: member.key, "is given more than once")
                continue
            }
            guard let kind = CatalogRecordKind(listName: member.key) else {
                log.add(row: 0, field: member.key, "is not a list of the catalog format (merchants, offers, locations)")
                continue
            }
            guard case .array(let elements) = member.value else {
                if member.value != .null { log.add(row: 0, field: member.key, "must be a list of objects") }
                continue
            }
            for (offset, element) in elements.enumerated() {
                guard case .object(let fields) = element else {
                    log.add(
                        row: offset + 1,
                        field: "\(member.key)[\(offset + 1)]",
                        "must be an object, not \(element.typeName)"
                    )
                    continue
                }
                records.append(CatalogRawRecord(kind: kind, ordinal: offset + 1, row: offset + 1, members: fields))
            }
        }
        return records
    }

    /// `catalog` with the timestamps of the records `existing` already has.
    private static func stamped(_ catalog: Catalog, existing: Catalog, now: Date) -> Catalog {
        var stamped = catalog
        let merchants = Dictionary(existing.merchants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let offers = Dictionary(existing.offers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let locations = Dictionary(existing.locations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for index in stamped.merchants.indices {
            Self.stamp(&stamped.merchants[index], stored: merchants[stamped.merchants[index].id])
        }
        for index in stamped.offers.indices {
            Self.stamp(&stamped.offers[index], stored: offers[stamped.offers[index].id])
        }
        for index in stamped.locations.indices {
            Self.stamp(&stamped.locations[index], stored: locations[stamped.locations[index].id])
        }
        return stamped
    }

    private static func stamp<Record: CatalogTimestamped>(_ record: inout Record, stored: Record?) {
        guard let stored else { return }
        var unchanged = record
        unchanged.createdAt = stored.createdAt
        unchanged.updatedAt = stored.updatedAt
        if unchanged == stored {
            record = stored
        } else {
            record.createdAt = stored.createdAt
        }
    }
}

/// A catalog record with the two timestamps the platform sets.
protocol CatalogTimestamped: Equatable {
    var createdAt: Date { get set }
    var updatedAt: Date { get set }
}

extension Merchant: CatalogTimestamped {}
extension Offer: CatalogTimestamped {}
extension Location: CatalogTimestamped {}
