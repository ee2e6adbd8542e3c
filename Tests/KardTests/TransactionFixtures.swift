import KardModels

/// Transaction bodies as the Python SDK and the integration guide write them.
enum TransactionFixtures {
    /// The body the Python SDK (`client.transactions.create`) sends for the getting-started example
    /// ("Submitting Transaction for User"), captured from the installed SDK.
    static let gettingStartedBody = #"""
        {"data":[{"type":"transaction","id":"12345610","attributes":{"userId":"1234567890","amount":1000,"subtotal":800,"status":"APPROVED","currency":"USD","description":"ADVANCEAUTO","authorizationDate":"2021-07-02T17:47:06Z","merchant":{"id":"12345678901234567","name":"ADVANCEAUTO","addrStreet":"125 Main St","addrCity":"Philadelphia","addrState":"PA","addrZipcode":"19147","addrCountry":"United States","latitude":"37.9419429","longitude":"-73.1446869","storeId":"12345"},"cardBIN":"123456","cardLastFour":"4321","authorizationCode":"123456","retrievalReferenceNumber":"100804333919","systemTraceAuditNumber":"333828","acquirerReferenceNumber":"1234567890123456789012345678","direction":"DEBIT","paymentType":"CARD","transactionId":"12345611"}}]}
        """#

    /// A `coreTransaction` as the Python SDK serialises `Transactions_CoreTransaction`.
    static let coreTransaction = #"""
        {"type":"coreTransaction","id":"core-1","attributes":{"userId":"u1","transactionId":"t1","amount":2500,"currency":"USD","description":"CORNER STORE","direction":"DEBIT","status":"SETTLED","settledDate":"2024-05-02T10:00:00Z","authorizationDate":"2024-05-01T09:30:00Z","financialInstitutionId":"fi-9","cardLastFours":["1234","5678"]}}
        """#

    /// A `matchedTransaction` with every field of `MatchedTransactionsAttributes`.
    static let matchedTransaction = #"""
        {"type":"matchedTransaction","id":"m-1","attributes":{"userId":"u1","transactionId":"t2","amount":1500,"subtotal":1200,"description":"HILLTOP BBQ","authorizationDate":"2024-05-01T09:30:00.000Z","matchedOfferId":"offer-1","matchedLocationId":"loc-1","merchant":{"name":"Hilltop BBQ"},"paymentType":"CARD","cardBIN":"123456","cardLastFour":"4321","authorizationCode":"A1","retrievalReferenceNumber":"R1","systemTraceAuditNumber":"S1","acquirerReferenceNumber":"Q1","direction":"DEBIT","cardNetwork":"VISA","cardProductId":"P1","orderId":"order-1","receiptMedium":"ELECTRONIC"}}
        """#

    /// A `transaction` with every field of `TransactionsAttributes`.
    static let fullTransaction = #"""
        {"type":"transaction","id":"e-1","attributes":{"userId":"u1","transactionId":"t3","amount":10000,"subtotal":9000,"status":"SETTLED","currency":"USD","description":"HILLTOP BBQ","description2":"ATLANTA GA","mcc":"5812","coreProviderId":"marqeta","transactionDate":"2024-05-03T00:00:00Z","authorizationDate":"2024-05-01T09:30:00+05:00","settledDate":"2024-05-02T10:00:00.123Z","merchant":{"id":"542814140150267","name":"Hilltop BBQ","addrStreet":"123 Peachtree St","addrCity":"Atlanta","addrState":"GA","addrZipcode":"30303","addrCountry":"US","latitude":"33.7490","longitude":"-84.3880","storeId":"7"},"cardPresence":"PRESENT","panEntryMode":"05","cardBIN":"123456","cardLastFour":"4321","authorizationCode":"A1","retrievalReferenceNumber":"R1","systemTraceAuditNumber":"S1","acquirerReferenceNumber":"Q1","direction":"CREDIT","paymentType":"CARD","cardNetwork":"MASTERCARD","cardProductId":"P1","userZipCode":"11238","processorMids":{"processor":"VISA","mids":{"vmid":"V1","vsid":"S2"}},"accountId":"acct-1"}}
        """#

    /// The integration guide's APPROVED sample for `sandbox-web-313` (its duplicate `merchantId` key removed).
    static let legacyApproved = #"""
        {
        "transactionId": "sandbox-web-313",
        "referringPartnerUserId": "438103",
        "cardBIN": "123456",
        "cardLastFour": "4321",
        "mcc": "1234",
        "amount": 10000,
        "currency": "USD",
        "description": "Hilltop BBQ",
        "merchantId": "542814140150267",
        "merchantName": "Hilltop BBQ",
        "merchantAddrCity": "Atlanta",
        "merchantAddrState": "GA",
        "merchantAddrStreet": "123 Peachtree St",
        "status": "APPROVED",
        "authorizationDate": "2022-10-29T17:48:06.135Z"
        }
        """#

    /// The integration guide's REVERSED sample for `sandbox-web-313` (its duplicate `merchantId` key removed).
    static let legacyReversed = #"""
        {
        "transactionId": "sandbox-web-313",
        "referringPartnerUserId": "438103",
        "cardBIN": "123456",
        "cardLastFour": "4321",
        "amount": 10000,
        "mcc": "1234",
        "currency": "USD",
        "description": "Hilltop BBQ",
        "merchantId": "542814140150267",
        "merchantName": "Hilltop BBQ",
        "merchantAddrCity": "Atlanta",
        "merchantAddrState": "GA",
        "merchantAddrStreet": "123 Peachtree St",
        "status": "REVERSED",
        "transactionDate": "2022-10-30T17:48:06.135Z"
        }
        """#

    /// The getting-started example built with the Swift API.
    static let gettingStartedResource = TransactionResource.transaction(
        id: "12345610",
        attributes: TransactionAttributes(
            userId: "1234567890",
            transactionId: "12345611",
            amount: 1000,
            description: "ADVANCEAUTO",
            subtotal: 800,
            status: .approved,
            currency: "USD",
            authorizationDate: "2021-07-02T17:47:06Z",
            merchant: TransactionMerchantInfo(
                id: "12345678901234567",
                name: "ADVANCEAUTO",
                addrStreet: "125 Main St",
                addrCity: "Philadelphia",
                addrState: "PA",
                addrZipcode: "19147",
                addrCountry: "United States",
                latitude: "37.9419429",
                longitude: "-73.1446869",
                storeId: "12345"
            ),
            cardBIN: "123456",
            cardLastFour: "4321",
            authorizationCode: "123456",
            retrievalReferenceNumber: "100804333919",
            systemTraceAuditNumber: "333828",
            acquirerReferenceNumber: "1234567890123456789012345678",
            direction: .debit,
            paymentType: .card
        )
    )

    /// The 202 answer, with the SDK example's message.
    static let jobBody = #"""
        {"data":{"type":"job","id":"job-1","attributes":{"status":"queued","message":"Incoming Transactions event successfully queued for processing"}}}
        """#

    /// A 207 answer: one event failed.
    static let multiStatusBody = #"""
        {"errors":[{"status":"400","title":"Invalid Request","detail":"cardBIN is required","source":{"pointer":"/data/1/attributes/cardBIN"},"id":"e-2"}],"data":{"type":"job","id":"job-2","attributes":{"status":"queued","message":"Incoming Transactions event successfully queued for processing"}}}
        """#
}
