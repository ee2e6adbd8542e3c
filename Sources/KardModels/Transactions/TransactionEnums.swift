/// The status of a transaction event (`TransactionStatus`).
public struct TransactionStatusValue: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Authorised: the temporary first event; needs `authorizationDate`.
    public static let approved: TransactionStatusValue = "APPROVED"
    /// Cleared: a final event; needs `settledDate`.
    public static let settled: TransactionStatusValue = "SETTLED"
    /// The authorisation was reversed; needs `transactionDate`.
    public static let reversed: TransactionStatusValue = "REVERSED"
    /// Refunded; needs `transactionDate`.
    public static let returned: TransactionStatusValue = "RETURNED"
    /// The authorisation was declined; needs `transactionDate`.
    public static let declined: TransactionStatusValue = "DECLINED"
}

/// Which way the money of a transaction flows (`DirectionType`).
public struct TransactionDirectionValue: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Money leaves the user's account.
    public static let debit: TransactionDirectionValue = "DEBIT"
    /// Money enters the user's account.
    public static let credit: TransactionDirectionValue = "CREDIT"
}

/// How a transaction was paid (`TransactionPaymentType`, `PaymentType`).
public struct TransactionPaymentTypeValue: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// By card; the only value for `transaction`.
    public static let card: TransactionPaymentTypeValue = "CARD"
    /// In cash (`matchedTransaction` only).
    public static let cash: TransactionPaymentTypeValue = "CASH"
    /// Unknown (`matchedTransaction` only).
    public static let unknown: TransactionPaymentTypeValue = "UNKNOWN"
}

/// A card network of a transaction (`CardNetwork`).
public struct TransactionCardNetworkValue: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Visa.
    public static let visa: TransactionCardNetworkValue = "VISA"
    /// Mastercard.
    public static let mastercard: TransactionCardNetworkValue = "MASTERCARD"
    /// American Express.
    public static let americanExpress: TransactionCardNetworkValue = "AMERICANEXPRESS"
    /// Discover.
    public static let discover: TransactionCardNetworkValue = "DISCOVER"
}

/// The kind of receipt a matched transaction comes from (`ReceiptMediumType`).
public struct TransactionReceiptMediumValue: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// An electronic receipt.
    public static let electronic: TransactionReceiptMediumValue = "ELECTRONIC"
    /// A paper receipt.
    public static let physical: TransactionReceiptMediumValue = "PHYSICAL"
}
