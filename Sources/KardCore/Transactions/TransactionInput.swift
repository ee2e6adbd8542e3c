import Foundation

/// A transaction event as received, before validation: enumerations and coordinates are still text so that a
/// bad value is reported with its field.
public struct TransactionInput: Sendable {
    public var eventID: String
    /// `transaction`, `matchedTransaction`, `coreTransaction` or `legacy`.
    public var kind: String
    public var userID: String?
    public var transactionID: String?
    public var status: String?
    public var amount: Int64?
    public var subtotal: Int64?
    public var currency: String?
    public var description: String?
    public var description2: String?
    public var direction: String?
    public var paymentType: String?
    public var mcc: String?
    public var merchant: MerchantInput?
    public var cardBIN: String?
    public var cardLastFour: String?
    public var cardLastFours: [String]?
    public var cardNetwork: String?
    public var cardProductID: String?
    public var cardPresence: String?
    public var panEntryMode: String?
    public var authorizationCode: String?
    public var retrievalReferenceNumber: String?
    public var systemTraceAuditNumber: String?
    public var acquirerReferenceNumber: String?
    public var coreProviderID: String?
    public var transactionDate: DateInput
    public var authorizationDate: DateInput
    public var settledDate: DateInput
    public var matchedOfferID: String?
    public var matchedLocationID: String?
    public var orderID: String?
    public var receiptMedium: String?
    public var userZipCode: String?
    public var accountID: String?
    public var financialInstitutionID: String?

    public init(eventID: String, kind: String) {
        self.eventID = eventID
        self.kind = kind
        self.transactionDate = .absent
        self.authorizationDate = .absent
        self.settledDate = .absent
    }

    /// A date field as received.
    public enum DateInput: Sendable, Equatable {
        case absent
        case valid(Date)
        /// Present but not an ISO 8601 date-time with a zone.
        case invalid(String)

        public var date: Date? {
            if case .valid(let date) = self { return date }
            return nil
        }
    }

    /// The merchant block as received.
    public struct MerchantInput: Sendable {
        public var id: String?
        public var name: String?
        public var street: String?
        public var city: String?
        public var state: String?
        public var zipCode: String?
        public var country: String?
        public var latitude: String?
        public var longitude: String?
        public var storeID: String?
        public var visaMerchantID: String?
        public var visaStoreID: String?

        public init() {}
    }
}
