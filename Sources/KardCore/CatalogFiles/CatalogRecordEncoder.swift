/// Turns catalog records into the JSON layout of a catalog file. Absent optional values, empty texts and empty
/// lists are left out, as the reader reads them back; `csv` writes opening periods as `Mon 0900-1700` and user
/// targeting as `users:id1|id2`, the forms a CSV cell holds.
struct CatalogRecordEncoder {
    var csv: Bool

    func members(of merchant: Merchant) -> [CatalogFileMember] {
        var members: [CatalogFileMember] = [
            .init("id", .string(merchant.id.rawValue)),
            .init("name", .string(merchant.name)),
            .init("category", .string(merchant.category.rawValue)),
            .init("source", .string(merchant.source.rawValue)),
        ]
        members.appendText("description", merchant.description)
        members.appendList("aliases", merchant.aliases)
        members.appendList("mids", merchant.mids)
        members.appendList("mccs", merchant.mccs)
        if merchant.acceptedCards != CardNetwork.allCases {
            members.appendList("acceptedCards", merchant.acceptedCards.map(\.rawValue), evenIfEmpty: true)
        }
        members.appendText("websiteUrl", merchant.websiteURL)
        members.appendText("logoUrl", merchant.logoURL)
        members.appendText("bannerUrl", merchant.bannerURL)
        return members
    }

    func members(of offer: Offer) -> [CatalogFileMember] {
        let commission =
            offer.commissionType == .percent
            ? CatalogPercentText.text(basisPoints: offer.totalCommission) : String(offer.totalCommission)
        var members: [CatalogFileMember] = [
            .init("id", .string(offer.id.rawValue)),
            .init("merchantId", .string(offer.merchantID.rawValue)),
            .init("name", .string(offer.name)),
            .init("source", .string(offer.source.rawValue)),
            .init("purchaseChannels", .array(offer.purchaseChannels.map { .string($0.rawValue) })),
            .init("commissionType", .string(offer.commissionType.rawValue)),
            .init("totalCommission", .number(commission)),
        ]
        members.appendNumber("minimumSpendCents", offer.minimumSpendCents)
        members.appendNumber("maximumTransactionCents", offer.maximumTransactionCents)
        members.appendNumber("maximumRewardCents", offer.maximumRewardCents)
        members.appendNumber("maximumRedemptions", offer.maximumRedemptions.map(Int64.init))
        members.append(.init("redeemableOnce", .bool(offer.redeemableOnce)))
        members.append(.init("targeting", self.targeting(offer.targeting)))
        members.append(.init("startDate", .string(CatalogDateText.text(from: offer.startDate))))
        members.append(.init("expirationDate", .string(CatalogDateText.text(from: offer.expirationDate))))
        members.append(.init("terms", .string(offer.terms)))
        members.appendText("description", offer.description)
        members.appendText("websiteUrl", offer.websiteURL)
        members.appendList("locationIds", offer.locationIDs.map(\.rawValue))
        members.appendList("mccs", offer.mccs)
        var display: [CatalogFileMember] = []
        display.appendText("shortDescription", offer.display.shortDescription)
        display.appendText("longDescription", offer.display.longDescription)
        display.appendText("ctaText", offer.display.ctaText)
        display.appendText("ctaUrl", offer.display.ctaURL)
        display.appendList("tags", offer.display.tags)
        display.appendList("detailTags", offer.display.detailTags)
        if !display.isEmpty { members.append(.init("display", .object(display))) }
        members.appendText("imageUrl", offer.imageURL)
        members.appendText("bannerUrl", offer.bannerURL)
        return members
    }

    private func targeting(_ targeting: OfferTargeting) -> CatalogFileValue {
        switch targeting {
        case .everyone: return .string("everyone")
        case .newCustomers: return .string("newCustomers")
        case .lapsedCustomers: return .string("lapsedCustomers")
        case .users(let users):
            let ids = users.map(\.rawValue).sorted()
            if self.csv { return .string("users:" + ids.joined(separator: "|")) }
            return .object([.init("users", .array(ids.map(CatalogFileValue.string)))])
        }
    }

    func members(of location: Location) -> [CatalogFileMember] {
        var members: [CatalogFileMember] = [
            .init("id", .string(location.id.rawValue)),
            .init("merchantId", .string(location.merchantID.rawValue)),
            .init("name", .string(location.name)),
            .init(
                "address",
                .object([
                    .init("street", .string(location.address.street)),
                    .init("city", .string(location.address.city)),
                    .init("state", .string(location.address.state)),
                    .init("zipCode", .string(location.address.zipCode)),
                ])
            ),
            .init(
                "coordinates",
                .object([
                    .init("latitude", .number(location.coordinates.latitude.description)),
                    .init("longitude", .number(location.coordinates.longitude.description)),
                ])
            ),
        ]
        members.appendText("phone", location.phone)
        if !location.openingHours.isEmpty {
            let periods: [CatalogFileValue] = location.openingHours.map { period in
                if self.csv {
                    let day =
                        CatalogFieldRules.dayNames.indices.contains(period.day)
                        ? CatalogFieldRules.dayNames[period.day] : String(period.day)
                    return .string("\(day) \(period.open)-\(period.close)")
                }
                return .object([
                    .init("day", .number(String(period.day))),
                    .init("open", .string(period.open)),
                    .init("close", .string(period.close)),
                ])
            }
            members.append(.init("openingHours", .array(periods)))
        }
        members.appendText("googleId", location.googleID)
        members.append(.init("source", .string(location.source.rawValue)))
        return members
    }
}

extension [CatalogFileMember] {
    fileprivate mutating func appendText(_ key: String, _ text: String?) {
        if let text, !text.isEmpty { self.append(.init(key, .string(text))) }
    }

    fileprivate mutating func appendNumber(_ key: String, _ number: Int64?) {
        if let number { self.append(.init(key, .number(String(number)))) }
    }

    fileprivate mutating func appendList(_ key: String, _ items: [String], evenIfEmpty: Bool = false) {
        if evenIfEmpty || !items.isEmpty { self.append(.init(key, .array(items.map(CatalogFileValue.string)))) }
    }
}
