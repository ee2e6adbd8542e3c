import Foundation

/// A Marqeta transaction webhook body: `{"transactions": [...]}` (a single transaction object is accepted too).
struct MarqetaWebhook: Decodable, Sendable {
    var transactions: [MarqetaTransaction]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        if container.contains(AnyCodingKey("transactions")) {
            self.transactions = try container.decode([MarqetaTransaction].self, forKey: AnyCodingKey("transactions"))
        } else {
            self.transactions = [try MarqetaTransaction(from: decoder)]
        }
    }
}

/// The fields of a Marqeta transaction that the integration guide maps to Kard's.
struct MarqetaTransaction: Decodable, Sendable {
    var type: String
    var token: String
    var userToken: String?
    var userTransactionTime: String?
    var settlementDate: String?
    /// Dollars, as a decimal number.
    var amount: Decimal?
    var state: String?
    var precedingRelatedTransactionToken: String?
    var currencyCode: String?
    var networkReferenceID: String?
    var cardAcceptor: CardAcceptor?
    var card: Card?

    struct CardAcceptor: Decodable, Sendable {
        var mid: String?
        var mcc: String?
        var name: String?
        var streetAddress: String?
        var city: String?
        var state: String?
        var zip: String?
        var countryCode: String?

        enum CodingKeys: String, CodingKey {
            case mid, mcc, name, city, state, zip
            case streetAddress = "street_address"
            case countryCode = "country_code"
        }
    }

    struct Card: Decodable, Sendable {
        var lastFour: String?
        /// Masked: only the BIN and the last four are digits.
        var pan: String?

        enum CodingKeys: String, CodingKey {
            case lastFour = "last_four"
            case pan
        }
    }

    enum CodingKeys: String, CodingKey {
        case type, token, amount, state, card
        case userToken = "user_token"
        case userTransactionTime = "user_transaction_time"
        case settlementDate = "settlement_date"
        case precedingRelatedTransactionToken = "preceding_related_transaction_token"
        case currencyCode = "currency_code"
        case networkReferenceID = "network_reference_id"
        case cardAcceptor = "card_acceptor"
    }
}
