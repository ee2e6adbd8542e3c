/// The field names of the catalog file format, in the order the writer puts them.
enum CatalogFileSchema {
    static let merchantFields = [
        "id", "name", "category", "source", "description", "aliases", "mids", "mccs", "acceptedCards", "websiteUrl",
        "logoUrl", "bannerUrl",
    ]
    static let offerFields = [
        "id", "merchantId", "name", "source", "purchaseChannels", "commissionType", "totalCommission",
        "minimumSpendCents", "maximumTransactionCents", "maximumRewardCents", "maximumRedemptions", "redeemableOnce",
        "targeting", "startDate", "expirationDate", "terms", "description", "websiteUrl", "locationIds", "mccs",
        "display", "imageUrl", "bannerUrl",
    ]
    static let displayFields = ["shortDescription", "longDescription", "ctaText", "ctaUrl", "tags", "detailTags"]
    static let locationFields = [
        "id", "merchantId", "name", "address", "coordinates", "phone", "openingHours", "googleId", "source",
    ]
    static let addressFields = ["street", "city", "state", "zipCode"]
    static let coordinatesFields = ["latitude", "longitude"]
    static let openingPeriodFields = ["day", "open", "close"]
    static let targetingFields = ["users"]
    static let topLevelFields = CatalogRecordKind.allCases.map(\.listName)

    /// The fields of a record of `kind`.
    static func fields(of kind: CatalogRecordKind) -> [String] {
        switch kind {
        case .merchant: self.merchantFields
        case .offer: self.offerFields
        case .location: self.locationFields
        }
    }
}
