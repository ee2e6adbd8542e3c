import Foundation

extension CatalogRecordValidator {
    /// A location record.
    func location(from record: CatalogRawRecord) -> Location? {
        let start = self.log.issues.count
        let fields = self.reader(for: record)
        let id = self.id(of: record, fields: fields)
        let merchantID = self.merchantReference(fields)
        let name = fields.requiredText("name")
        let address = self.address(fields)
        let coordinates = self.coordinates(fields)
        let phone = fields.text("phone") ?? ""
        let openingHours = self.openingHours(fields)
        let googleID = fields.text("googleId")
        let source = fields.choice("source", of: OfferSource.self, required: false) ?? .national
        guard self.log.issues.count == start, let id, let merchantID, let name, let address, let coordinates else {
            return nil
        }
        return Location(
            id: LocationID(id),
            merchantID: MerchantID(merchantID),
            name: name,
            address: address,
            coordinates: coordinates,
            phone: phone,
            openingHours: openingHours,
            googleID: googleID,
            source: source,
            createdAt: self.now,
            updatedAt: self.now
        )
    }

    /// `address`: street, city, USPS state code (any letter case, stored uppercased) and ZIP code, all required.
    private func address(_ fields: CatalogFieldReader) -> StreetAddress? {
        guard let inner = fields.object("address", known: CatalogFileSchema.addressFields, required: true) else {
            return nil
        }
        let street = inner.requiredText("street")
        let city = inner.requiredText("city")
        let state = inner.text("state", required: true) { code in
            CatalogFieldRules.stateCodes.contains(code.uppercased())
                ? nil : "\"\(code)\" is not a USPS state code (such as NY, GA, DC or PR)"
        }
        let zipCode = inner.text("zipCode", required: true, rule: CatalogFieldRules.zipCodeProblem)
        guard let street, let city, let state, let zipCode else { return nil }
        return StreetAddress(street: street, city: city, state: state.uppercased(), zipCode: zipCode)
    }

    /// `coordinates`: latitude −90…90 and longitude −180…180, decimal degrees.
    private func coordinates(_ fields: CatalogFieldReader) -> GeoPoint? {
        guard let inner = fields.object("coordinates", known: CatalogFileSchema.coordinatesFields, required: true)
        else { return nil }
        let latitude = inner.requiredDecimal("latitude", in: -90...90)
        let longitude = inner.requiredDecimal("longitude", in: -180...180)
        guard let latitude, let longitude else { return nil }
        return GeoPoint(latitude: latitude, longitude: longitude)
    }

    /// `openingHours`: periods as `{"day": 1, "open": "0900", "close": "1700"}` or as the text `Mon 0900-1700`.
    private func openingHours(_ fields: CatalogFieldReader) -> [OpeningPeriod] {
        guard let elements = fields.elements("openingHours") else { return [] }
        var periods: [OpeningPeriod] = []
        for (offset, element) in elements.enumerated() {
            let field = "\(fields.field("openingHours"))[\(offset + 1)]"
            switch element {
            case .object(let members):
                let inner = fields.reader(of: members, known: CatalogFileSchema.openingPeriodFields, field: field)
                let day = inner.requiredText("day").flatMap { text in
                    let day = Self.dayNumber(text)
                    if day == nil { inner.report("day", "\"\(text)\" is not a day: 0 (Sunday) to 6, or Sun to Sat") }
                    return day
                }
                let open = inner.text("open", required: true, rule: CatalogFieldRules.timeProblem)
                let close = inner.text("close", required: true, rule: CatalogFieldRules.timeProblem)
                if let day, let open, let close { periods.append(OpeningPeriod(day: day, open: open, close: close)) }
            case .string(let text):
                if let period = Self.openingPeriod(text) {
                    periods.append(period)
                } else {
                    fields.report(
                        field: field,
                        "\"\(text)\" is not an opening period such as \"Mon 0900-1700\" (day, then HHmm-HHmm)"
                    )
                }
            default:
                fields.report(field: field, "must be an opening period, not \(element.typeName)")
            }
        }
        return periods
    }

    /// A period written `Mon 0900-1700` (or `1 0900-1700`).
    static func openingPeriod(_ text: String) -> OpeningPeriod? {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count == 2, let day = Self.dayNumber(String(words[0])) else { return nil }
        let times = words[1].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard times.count == 2, CatalogFieldRules.timeProblem(times[0]) == nil,
            CatalogFieldRules.timeProblem(times[1]) == nil
        else { return nil }
        return OpeningPeriod(day: day, open: times[0], close: times[1])
    }

    /// 0 (Sunday) to 6 (Saturday), from a digit or an English day name or its first three letters.
    static func dayNumber(_ text: String) -> Int? {
        if let number = Int(text), (0...6).contains(number), text.count == 1 { return number }
        let lowered = text.lowercased()
        guard lowered.count >= 3 else { return nil }
        let fullNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
        return fullNames.firstIndex(where: { $0.hasPrefix(lowered) })
    }
}
