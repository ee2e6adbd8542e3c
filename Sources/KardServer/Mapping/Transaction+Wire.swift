import KardCore
import KardModels

extension TransactionResource {
    /// The event as the core checks it.
    var input: TransactionInput {
        let wire = self.attributes
        var input = TransactionInput(eventID: self.id, kind: self.type)
        input.userID = wire.userId
        input.transactionID = wire.transactionId
        input.status = wire.status?.rawValue
        input.amount = Int64(wire.amount)
        input.subtotal = wire.subtotal.map(Int64.init)
        input.currency = wire.currency
        input.description = wire.description
        input.description2 = wire.description2
        input.direction = wire.direction?.rawValue
        input.paymentType = wire.paymentType?.rawValue
        input.mcc = wire.mcc
        input.merchant = wire.merchant.map { merchant in
            var block = TransactionInput.MerchantInput()
            block.id = merchant.id
            block.name = merchant.name
            block.street = merchant.addrStreet
            block.city = merchant.addrCity
            block.state = merchant.addrState?.rawValue
            block.zipCode = merchant.addrZipcode
            block.country = merchant.addrCountry
            block.latitude = merchant.latitude
            block.longitude = merchant.longitude
            block.storeID = merchant.storeId
            block.visaMerchantID = wire.processorMids?.mids?.vmid
            block.visaStoreID = wire.processorMids?.mids?.vsid
            return block
        }
        input.cardBIN = wire.cardBIN
        input.cardLastFour = wire.cardLastFour
        input.cardLastFours = wire.cardLastFours
        input.cardNetwork = wire.cardNetwork?.rawValue
        input.cardProductID = wire.cardProductId
        input.cardPresence = wire.cardPresence
        input.panEntryMode = wire.panEntryMode
        input.authorizationCode = wire.authorizationCode
        input.retrievalReferenceNumber = wire.retrievalReferenceNumber
        input.systemTraceAuditNumber = wire.systemTraceAuditNumber
        input.acquirerReferenceNumber = wire.acquirerReferenceNumber
        input.coreProviderID = wire.coreProviderId
        input.transactionDate = .init(wire.transactionDate)
        input.authorizationDate = .init(wire.authorizationDate)
        input.settledDate = .init(wire.settledDate)
        input.matchedOfferID = wire.matchedOfferId
        input.matchedLocationID = wire.matchedLocationId
        input.orderID = wire.orderId
        input.receiptMedium = wire.receiptMedium?.rawValue
        input.userZipCode = wire.userZipCode
        input.accountID = wire.accountId
        input.financialInstitutionID = wire.financialInstitutionId
        return input
    }
}

extension LegacyIncomingTransaction {
    /// The event as the core checks it: the legacy fields mapped to their v2 names (Kard's field map), then read
    /// like a v2 event. Legacy events carry no event id: it is derived from the transaction id, the status and
    /// that status's date, so that a resubmitted event is recognised and each settlement is its own event.
    var input: TransactionInput {
        let date: KardDate? =
            switch self.status.rawValue.uppercased() {
            case "APPROVED": self.authorizationDate
            case "SETTLED": self.settledDate
            default: self.transactionDate
            }
        let attributes = TransactionAttributes(
            userId: self.referringPartnerUserId,
            transactionId: self.transactionId,
            amount: self.amount,
            description: self.description,
            status: self.status,
            currency: self.currency,
            description2: self.description2,
            mcc: self.mcc,
            coreProviderId: self.coreProviderId,
            transactionDate: self.transactionDate,
            authorizationDate: self.authorizationDate,
            settledDate: self.settledDate,
            merchant: TransactionMerchantInfo(
                id: self.merchantId,
                name: self.merchantName,
                addrStreet: self.merchantAddrStreet,
                addrCity: self.merchantAddrCity,
                addrState: self.merchantAddrState,
                addrZipcode: self.merchantAddrZipcode,
                addrCountry: self.merchantAddrCountry,
                latitude: self.merchantLat,
                longitude: self.merchantLong,
                storeId: self.merchantStoreId
            ),
            cardPresence: self.cardPresence,
            panEntryMode: self.panEntryMode,
            cardBIN: self.cardBIN,
            cardLastFour: self.cardLastFour,
            authorizationCode: self.authorizationCode,
            retrievalReferenceNumber: self.retrievalReferenceNumber,
            systemTraceAuditNumber: self.systemTraceAuditNumber,
            acquirerReferenceNumber: self.acquirerReferenceNumber
        )
        let eventID = "legacy:\(self.transactionId):\(self.status.rawValue.uppercased()):\(date?.rawValue ?? "-")"
        return TransactionResource(type: TransactionEventKind.legacy.rawValue, id: eventID, attributes: attributes)
            .input
    }
}

extension TransactionInput.DateInput {
    init(_ date: KardDate?) {
        guard let date else {
            self = .absent
            return
        }
        self = date.date.map { .valid($0) } ?? .invalid(date.rawValue)
    }
}
