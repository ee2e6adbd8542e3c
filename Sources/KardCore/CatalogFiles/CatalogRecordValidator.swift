import Foundation

/// Turns the records of a file into merchants, offers and locations, logging every problem. A record with any
/// problem gives `nil`. Timestamps are set to `now`; the reader replaces them for records already stored.
struct CatalogRecordValidator {
    /// The first record of an id within its kind.
    struct FirstRecord: Sendable {
        var ordinal: Int
        var row: Int
    }

    let now: Date
    let log: CatalogIssueLog
    /// The merchant ids of the file and of the existing catalog.
    let knownMerchants: Set<String>
    /// The merchant of each location of the file and of the existing catalog (the file's when both have it).
    let locationMerchants: [String: String]
    /// The first record of each id, by kind.
    let firstRecords: [CatalogRecordKind: [String: FirstRecord]]

    /// The reader of a record's fields.
    func reader(for record: CatalogRawRecord) -> CatalogFieldReader {
        CatalogFieldReader(
            members: record.members,
            known: CatalogFileSchema.fields(of: record.kind),
            row: record.row,
            path: record.path,
            log: self.log
        )
    }

    /// The record's id: present, well formed, and not used by an earlier record of its kind.
    func id(of record: CatalogRawRecord, fields: CatalogFieldReader) -> String? {
        guard let id = fields.text("id", required: true, rule: CatalogFieldRules.idProblem) else { return nil }
        if let first = self.firstRecords[record.kind]?[id], first.ordinal != record.ordinal {
            fields.report(
                "id",
                "\"\(id)\" is already the id of \(record.kind.listName)[\(first.ordinal)] (row \(first.row))"
            )
            return nil
        }
        return id
    }

    /// A `merchantId` that names a merchant of the file or of the existing catalog.
    func merchantReference(_ fields: CatalogFieldReader) -> String? {
        guard let id = fields.text("merchantId", required: true, rule: CatalogFieldRules.idProblem) else {
            return nil
        }
        guard self.knownMerchants.contains(id) else {
            fields.report("merchantId", "\"\(id)\" names no merchant of this file or of the catalog")
            return nil
        }
        return id
    }

    /// A merchant record.
    func merchant(from record: CatalogRawRecord) -> Merchant? {
        let start = self.log.issues.count
        let fields = self.reader(for: record)
        let id = self.id(of: record, fields: fields)
        let name = fields.requiredText("name")
        let category = fields.choice("category", of: MerchantCategory.self, required: true)
        let source = fields.choice("source", of: OfferSource.self, required: false) ?? .national
        let aliases = fields.textList("aliases") ?? []
        let mids = fields.textList("mids", rule: CatalogFieldRules.midProblem) ?? []
        let mccs = fields.textList("mccs", rule: CatalogFieldRules.mccProblem) ?? []
        let acceptedCards = self.cardNetworks(fields)
        let description = fields.text("description") ?? ""
        let websiteURL = fields.url("websiteUrl")
        let logoURL = fields.url("logoUrl")
        let bannerURL = fields.url("bannerUrl")
        guard self.log.issues.count == start, let id, let name, let category else { return nil }
        return Merchant(
            id: MerchantID(id),
            name: name,
            aliases: aliases,
            mids: mids,
            mccs: mccs,
            category: category,
            source: source,
            description: description,
            websiteURL: websiteURL,
            logoURL: logoURL,
            bannerURL: bannerURL,
            acceptedCards: acceptedCards,
            createdAt: self.now,
            updatedAt: self.now
        )
    }

    /// `acceptedCards`: every network when absent; otherwise at least one, in any of Kard's spellings.
    private func cardNetworks(_ fields: CatalogFieldReader) -> [CardNetwork] {
        guard fields.has("acceptedCards") else { return CardNetwork.allCases }
        guard let names = fields.textList("acceptedCards") else { return [] }
        if names.isEmpty {
            fields.report("acceptedCards", "must name at least one network; leave it out to accept every network")
        }
        var networks: [CardNetwork] = []
        for (offset, name) in names.enumerated() {
            let field = "\(fields.field("acceptedCards"))[\(offset + 1)]"
            guard let network = CardNetwork(spelling: name) else {
                fields.report(
                    field: field,
                    "\"\(name)\" is not one of \(CardNetwork.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))"
                )
                continue
            }
            if networks.contains(network) {
                fields.report(field: field, "\(network.rawValue) is listed twice")
            }
            networks.append(network)
        }
        return networks
    }
}
