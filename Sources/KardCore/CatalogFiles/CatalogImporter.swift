import Foundation

/// Loads a catalog file into the store: every record is checked against the file and the stored catalog first,
/// and only when all are valid are the new and changed ones written, in one transaction. The operator's CLI and
/// the admin API both import through here.
public struct CatalogImporter: Sendable {
    private let store: any CatalogStore
    private let clock: any WallClock

    public init(store: any CatalogStore, clock: any WallClock) {
        self.store = store
        self.clock = clock
    }

    /// What an import found and did.
    public struct Result: Sendable {
        public var catalog: Catalog
        public var changes: CatalogChanges
        /// Whether anything was written (nothing is, for a dry run or an unchanged file).
        public var wrote: Bool
    }

    /// Reads `data` and, unless `dryRun`, writes what is new or changed.
    /// - Throws: ``CatalogFileError`` with every problem found; nothing is written then.
    public func importFile(
        _ data: Data,
        format: CatalogFileFormat,
        dryRun: Bool = false,
        progress: ((Int, Int) -> Void)? = nil
    ) async throws -> Result {
        let existing = try await self.store.loadCatalog()
        let catalog = try CatalogFileReader(clock: self.clock).read(
            data,
            format: format,
            existing: existing,
            progress: progress
        )
        let changes = CatalogChanges(catalog, existing: existing)
        let write = !dryRun && changes.written > 0
        if write { try await self.store.upsertCatalog(catalog) }
        return Result(catalog: catalog, changes: changes, wrote: write)
    }
}

extension CatalogImporter {
    /// Creates or replaces one offer given as a catalog-file JSON object (its merchant must be stored).
    /// - Parameter expectedID: when given, the object's `id` must be this one.
    /// - Throws: ``CatalogFileError`` for an invalid offer.
    public func putOffer(_ object: Data, expectedID: String? = nil) async throws -> (offer: Offer, created: Bool) {
        let text = String(decoding: object, as: UTF8.self)
        let document = Data(("{\"offers\":[" + text + "]}").utf8)
        let result = try await self.importFile(document, format: .json)
        guard let offer = result.catalog.offers.first else {
            throw CatalogFileError(issues: [CatalogIssue(row: 0, field: "offers", detail: "Send exactly one offer.")])
        }
        if let expectedID, offer.id.rawValue != expectedID {
            throw CatalogFileError(
                issues: [CatalogIssue(row: 1, field: "offers[1].id", detail: "The offer id must be \(expectedID).")]
            )
        }
        return (offer, result.changes.new > 0)
    }

    /// Ends an offer now: its expiration date becomes the current time (an offer already over is left as it is).
    /// - Throws: ``DomainError/notFound(resource:id:)`` for an unknown offer.
    public func expireOffer(_ id: OfferID) async throws -> Offer {
        guard var offer = try await self.store.loadCatalog().offers.first(where: { $0.id == id }) else {
            throw DomainError.notFound(resource: "Offer", id: id.rawValue)
        }
        let now = self.clock.now()
        guard offer.expirationDate > now else { return offer }
        offer.expirationDate = max(now, offer.startDate)
        offer.updatedAt = now
        try await self.store.upsertCatalog(Catalog(offers: [offer]))
        return offer
    }
}

/// How the records of a file compare with the stored ones.
public struct CatalogChanges: Sendable, Equatable {
    public var new = 0
    public var changed = 0
    public var unchanged = 0

    /// The records an import writes.
    public var written: Int { self.new + self.changed }

    public init(_ catalog: Catalog, existing: Catalog) {
        self.tally(catalog.merchants, existing.merchants)
        self.tally(catalog.offers, existing.offers)
        self.tally(catalog.locations, existing.locations)
    }

    private mutating func tally<Record: Identifiable & Equatable>(_ records: [Record], _ stored: [Record]) {
        let byID = Dictionary(stored.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for record in records {
            switch byID[record.id] {
            case nil: self.new += 1
            case let previous? where previous == record: self.unchanged += 1
            case .some: self.changed += 1
            }
        }
    }
}
