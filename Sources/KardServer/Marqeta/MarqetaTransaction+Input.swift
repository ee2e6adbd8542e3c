import Foundation
import KardCore
import KardModels

extension MarqetaTransaction {
    /// The Kard status of a Marqeta event type (the integration guide's table); `nil` for types Kard does not take.
    var status: TransactionStatus? {
        if self.state?.uppercased() == "DECLINED" { return .declined }
        switch self.type {
        case "authorization": return .approved
        case "authorization.clearing", "pindebit": return .settled
        default: return nil
        }
    }

    /// The event as the core checks it, mapped with the integration guide's table. Events after the first of a
    /// transaction carry the first one's token in `preceding_related_transaction_token`.
    func input(status: TransactionStatus) -> TransactionInput {
        var input = TransactionInput(eventID: "marqeta:\(self.token)", kind: TransactionEventKind.transaction.rawValue)
        input.userID = self.userToken
        input.transactionID = self.precedingRelatedTransactionToken ?? self.token
        input.status = status.rawValue
        if let amount = self.amount {
            let cents = amount * 100
            var rounded = cents
            var exact = cents
            NSDecimalRound(&rounded, &exact, 0, .plain)
            input.amount = rounded == cents ? NSDecimalNumber(decimal: rounded).int64Value : -1
        }
        input.currency = self.currencyCode
        input.description = self.cardAcceptor?.name
        input.direction = TransactionDirection.debit.rawValue
        input.paymentType = "CARD"
        input.mcc = self.cardAcceptor?.mcc
        if let acceptor = self.cardAcceptor {
            var merchant = TransactionInput.MerchantInput()
            merchant.id = acceptor.mid
            merchant.name = acceptor.name
            merchant.street = acceptor.streetAddress
            merchant.city = acceptor.city
            merchant.state = acceptor.state
            merchant.zipCode = acceptor.zip
            merchant.country = acceptor.countryCode
            input.merchant = merchant
        }
        input.cardLastFour = self.card?.lastFour
        input.cardBIN = self.card?.pan.map { String($0.prefix(while: \.isNumber).prefix(6)) }
        input.retrievalReferenceNumber = self.networkReferenceID
        let time = TransactionInput.DateInput(self.userTransactionTime.map { KardDate(rawValue: $0) })
        switch status {
        case .approved:
            input.authorizationDate = time
        case .settled:
            input.authorizationDate = time
            input.settledDate = TransactionInput.DateInput(
                (self.settlementDate ?? self.userTransactionTime).map { KardDate(rawValue: $0) }
            )
        case .declined, .reversed, .returned:
            input.transactionDate = time
        }
        return input
    }
}
