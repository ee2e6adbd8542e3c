import Foundation

extension CatalogRecordValidator {
    /// An offer record.
    func offer(from record: CatalogRawRecord) -> Offer? {
        let start = self.log.issues.count
        let fields = self.reader(for: record)
        let id = self.id(of: record, fields: fields)
        let merchantID = self.merchantReference(fields)
        let name = fields.requiredText("name")
        let source = fields.choice("source", of: OfferSource.self, required: false) ?? .national
        let channels = self.purchaseChannels(fields)
        let commissionType = fields.choice("commissionType", of: RewardType.self, required: true)
        let totalCommission = self.totalCommission(fields, type: commissionType)
        let minimumSpend = fields.integer("minimumSpendCents")
        let maximumTransaction = fields.integer("maximumTransactionCents")
        let maximumReward = fields.integer("maximumRewardCents")
        if let minimumSpend, let maximumTransaction, maximumTransaction < minimumSpend {
            fields.report("maximumTransactionCents", "is smaller than minimumSpendCents (\(minimumSpend))")
        }
        let maximumRedemptions = fields.integer("maximumRedemptions", minimum: 1).flatMap { Int(exactly: $0) }
        let redeemableOnce = fields.flag("redeemableOnce") ?? false
        if redeemableOnce, let maximumRedemptions, maximumRedemptions > 1 {
            fields.report("redeemableOnce", "contradicts maximumRedemptions \(maximumRedemptions)")
        }
        let targeting = self.targeting(fields)
        let startDate = fields.date("startDate", required: true)
        let expirationDate = fields.date("expirationDate", required: true)
        if let startDate, let expirationDate, expirationDate <= startDate {
            fields.report(
                "expirationDate",
                "must be after startDate (\(CatalogDateText.text(from: startDate)))"
            )
        }
        let terms = fields.requiredText("terms")
        let description = fields.text("description")
        let websiteURL = fields.url("websiteUrl")
        let locationIDs = self.locationReferences(fields, merchantID: merchantID, channels: channels)
        let mccs = fields.textList("mccs", rule: CatalogFieldRules.mccProblem) ?? []
        let display = self.display(fields)
        let imageURL = fields.url("imageUrl")
        let bannerURL = fields.url("bannerUrl")
        guard self.log.issues.count == start, let id, let merchantID, let name, let channels, let commissionType,
            let totalCommission, let targeting, let startDate, let expirationDate, let terms
        else { return nil }
        return Offer(
            id: OfferID(id),
            merchantID: MerchantID(merchantID),
            name: name,
            source: source,
            purchaseChannels: channels,
            commissionType: commissionType,
            totalCommission: totalCommission,
            minimumSpendCents: minimumSpend,
            maximumTransactionCents: maximumTransaction,
            maximumRewardCents: maximumReward,
            maximumRedemptions: maximumRedemptions,
            redeemableOnce: redeemableOnce,
            targeting: targeting,
            startDate: startDate,
            expirationDate: expirationDate,
            terms: terms,
            description: description,
            websiteURL: websiteURL,
            locationIDs: locationIDs.map(LocationID.init),
            mccs: mccs,
            display: display,
            imageURL: imageURL,
            bannerURL: bannerURL,
            createdAt: self.now,
            updatedAt: self.now
        )
    }

    /// `purchaseChannels`: at least one of `ONLINE`, `INSTORE`.
    private func purchaseChannels(_ fields: CatalogFieldReader) -> [PurchaseChannel]? {
        guard fields.has("purchaseChannels") else {
            fields.report("purchaseChannels", "is required (ONLINE, INSTORE or both)")
            return nil
        }
        guard let names = fields.textList("purchaseChannels") else { return nil }
        guard !names.isEmpty else {
            fields.report("purchaseChannels", "must name ONLINE, INSTORE or both")
            return nil
        }
        var channels: [PurchaseChannel] = []
        for (offset, name) in names.enumerated() {
            let field = "\(fields.field("purchaseChannels"))[\(offset + 1)]"
            guard let channel = fields.choice(name, of: PurchaseChannel.self, field: field) else { return nil }
            if channels.contains(channel) {
                fields.report(field: field, "\(channel.rawValue) is listed twice")
                return nil
            }
            channels.append(channel)
        }
        return channels
    }

    /// `totalCommission`: a decimal percent (at most 100, two decimals) for `PERCENT`, whole cents for `FLAT`.
    private func totalCommission(_ fields: CatalogFieldReader, type: RewardType?) -> Int64? {
        guard let text = fields.requiredText("totalCommission"), let type else { return nil }
        switch type {
        case .percent:
            switch CatalogPercentText.basisPoints(from: text) {
            case .failure(let problem):
                fields.report("totalCommission", problem.detail)
                return nil
            case .success(let basisPoints) where basisPoints > 10_000:
                fields.report("totalCommission", "\(text) % is more than 100 %")
                return nil
            case .success(let basisPoints):
                return basisPoints
            }
        case .flat:
            if text.contains(".") {
                fields.report(
                    "totalCommission",
                    "\"\(text)\": FLAT commissions are whole cents (500 is $5.00)"
                )
                return nil
            }
            return fields.integer("totalCommission")
        }
    }

    /// `targeting`: `everyone` (the default), `newCustomers`, `lapsedCustomers`, `{"users": [ids]}` or the text
    /// `users:id1|id2`.
    private func targeting(_ fields: CatalogFieldReader) -> OfferTargeting? {
        let usage = "must be everyone, newCustomers, lapsedCustomers, {\"users\": [ids]} or users:id1|id2"
        guard let value = fields.raw("targeting") else { return .everyone }
        switch value {
        case .string(let rawText):
            let text = String(rawText.trimmed)
            if text.lowercased().hasPrefix("users:") {
                let ids = text.dropFirst("users:".count).split(separator: "|", omittingEmptySubsequences: false)
                    .map { String($0.trimmed) }
                return self.users(ids, fields: fields)
            }
            switch text.lowercased() {
            case "everyone": return .everyone
            case "newcustomers": return .newCustomers
            case "lapsedcustomers": return .lapsedCustomers
            default:
                fields.report("targeting", "\"\(text)\" \(usage)")
                return nil
            }
        case .object:
            guard let inner = fields.object("targeting", known: CatalogFileSchema.targetingFields, required: true),
                let ids = inner.textList("users")
            else { return nil }
            guard inner.has("users") else {
                inner.report("users", "is required")
                return nil
            }
            return self.users(ids, fields: fields)
        default:
            fields.report("targeting", usage)
            return nil
        }
    }

    private func users(_ ids: [String], fields: CatalogFieldReader) -> OfferTargeting? {
        guard !ids.isEmpty else {
            fields.report("targeting", "must name at least one user")
            return nil
        }
        if ids.contains(where: \.isEmpty) {
            fields.report("targeting", "names an empty user id")
            return nil
        }
        for id in ids {
            if let problem = UserRules.problem(withID: id) {
                fields.report("targeting", "\"\(id)\": \(problem)")
                return nil
            }
        }
        return .users(Set(ids.map(UserID.init)))
    }

    /// `locationIds`: locations of the file or of the catalog that belong to the offer's merchant; they make the
    /// offer hold at those stores only, so the offer must be valid in store.
    private func locationReferences(
        _ fields: CatalogFieldReader,
        merchantID: String?,
        channels: [PurchaseChannel]?
    ) -> [String] {
        guard let ids = fields.textList("locationIds", rule: CatalogFieldRules.idProblem) else { return [] }
        for (offset, id) in ids.enumerated() {
            let field = "\(fields.field("locationIds"))[\(offset + 1)]"
            guard let owner = self.locationMerchants[id] else {
                fields.report(field: field, "\"\(id)\" names no location of this file or of the catalog")
                continue
            }
            if let merchantID, !owner.isEmpty, owner != merchantID {
                fields.report(
                    field: field,
                    "location \"\(id)\" belongs to merchant \"\(owner)\", not \"\(merchantID)\""
                )
            }
        }
        if !ids.isEmpty, let channels, !channels.contains(.inStore) {
            fields.report("locationIds", "names stores, so purchaseChannels must include INSTORE")
        }
        return ids
    }

    /// `display`: the optional texts an app shows.
    private func display(_ fields: CatalogFieldReader) -> OfferDisplay {
        guard let inner = fields.object("display", known: CatalogFileSchema.displayFields, required: false) else {
            return OfferDisplay()
        }
        return OfferDisplay(
            shortDescription: inner.text("shortDescription"),
            longDescription: inner.text("longDescription"),
            ctaText: inner.text("ctaText"),
            ctaURL: inner.url("ctaUrl"),
            tags: inner.textList("tags") ?? [],
            detailTags: inner.textList("detailTags") ?? []
        )
    }
}
