import Foundation

/// One card-transaction event as an issuer sent it (v2 `transaction`, `matchedTransaction`, `coreTransaction`, or
/// a legacy incoming transaction), normalised but not yet processed. Several events share a `transactionID`:
/// an authorization, its settlements, a reversal, a return.
public struct TransactionEvent: Sendable, Equatable, Codable {
    /// The issuer's id of this event (v2 `data[].id`); unique per organization. Legacy events get a derived id.
    public var eventID: String
    public var kind: TransactionEventKind
    public var organizationID: OrganizationID
    public var userID: UserID
    /// The issuer's id of the transaction, shared by all its events.
    public var transactionID: String
    /// `nil` only for a `matchedTransaction`, which has no status on the wire.
    public var status: TransactionStatus?
    public var amountCents: Int64
    public var subtotalCents: Int64?
    /// ISO 4217 alpha-3 code (`USD`).
    public var currency: String?
    public var description: String
    public var description2: String?
    public var direction: TransactionDirection?
    /// `CARD`, `CASH` or `UNKNOWN`.
    public var paymentType: String?
    public var mcc: String?
    public var merchant: TransactionMerchant?
    public var cardBIN: String?
    public var cardLastFour: String?
    /// Candidate last fours when the exact card is unknown (`coreTransaction`).
    public var cardLastFours: [String]?
    public var cardNetwork: CardNetwork?
    public var cardProductID: String?
    public var cardPresence: String?
    public var panEntryMode: String?
    public var authorizationCode: String?
    public var retrievalReferenceNumber: String?
    public var systemTraceAuditNumber: String?
    public var acquirerReferenceNumber: String?
    public var coreProviderID: String?
    public var transactionDate: Date?
    public var authorizationDate: Date?
    public var settledDate: Date?
    /// Set by the issuer for a `matchedTransaction`.
    public var matchedOfferID: String?
    public var matchedLocationID: String?
    public var orderID: String?
    public var receiptMedium: String?
    public var userZipCode: String?
    public var accountID: String?
    public var financialInstitutionID: String?

    public init(
        eventID: String,
        kind: TransactionEventKind,
        organizationID: OrganizationID,
        userID: UserID,
        transactionID: String,
        status: TransactionStatus?,
        amountCents: Int64,
        description: String
    ) {
        self.eventID = eventID
        self.kind = kind
        self.organizationID = organizationID
        self.userID = userID
        self.transactionID = transactionID
        self.status = status
        self.amountCents = amountCents
        self.description = description
    }
}

/// Which wire form an event came in.
public enum TransactionEventKind: String, Sendable, Codable, CaseIterable {
    case transaction
    case matchedTransaction
    case coreTransaction
    case legacy
}

/// The state a transaction event reports.
public enum TransactionStatus: String, Sendable, Codable, CaseIterable {
    case approved = "APPROVED"
    case settled = "SETTLED"
    case reversed = "REVERSED"
    case returned = "RETURNED"
    case declined = "DECLINED"
}

/// Money out of (`DEBIT`) or into (`CREDIT`) the cardholder's account.
public enum TransactionDirection: String, Sendable, Codable, CaseIterable {
    case debit = "DEBIT"
    case credit = "CREDIT"
}

/// The merchant block of a transaction event.
public struct TransactionMerchant: Sendable, Equatable, Codable {
    public var id: String?
    public var name: String?
    public var street: String?
    public var city: String?
    /// USPS code once normalised.
    public var state: String?
    public var zipCode: String?
    public var country: String?
    public var latitude: Double?
    public var longitude: Double?
    public var storeID: String?
    /// Visa merchant ids (`processorMids` with processor `VISA`).
    public var visaMerchantID: String?
    public var visaStoreID: String?

    public init(
        id: String? = nil,
        name: String? = nil,
        street: String? = nil,
        city: String? = nil,
        state: String? = nil,
        zipCode: String? = nil,
        country: String? = nil,
        latitude: Double? = nil,
        longitude: Double? = nil,
        storeID: String? = nil,
        visaMerchantID: String? = nil,
        visaStoreID: String? = nil
    ) {
        self.id = id
        self.name = name
        self.street = street
        self.city = city
        self.state = state
        self.zipCode = zipCode
        self.country = country
        self.latitude = latitude
        self.longitude = longitude
        self.storeID = storeID
        self.visaMerchantID = visaMerchantID
        self.visaStoreID = visaStoreID
    }
}
