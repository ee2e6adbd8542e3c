import Foundation
import KardModels
import Testing

@Suite("Transaction wire types")
struct TransactionModelTests {
    @Test("The Python SDK's getting-started body decodes, and encodes back unchanged")
    func gettingStarted() throws {
        let request = try roundTrip(TransactionsRequest.self, TransactionFixtures.gettingStartedBody)
        #expect(request.data == [TransactionFixtures.gettingStartedResource])
        let event = try #require(request.data.first)
        #expect(event.type == TransactionResource.transactionType)
        #expect(event.id == "12345610")
        let attributes = event.attributes
        #expect(attributes.userId == "1234567890")
        #expect(attributes.transactionId == "12345611")
        #expect(attributes.amount == 1000)
        #expect(attributes.subtotal == 800)
        #expect(attributes.status == .approved)
        #expect(attributes.authorizationDate?.date == Date(timeIntervalSince1970: 1_625_248_026))
        #expect(attributes.cardBIN == "123456")
        #expect(attributes.cardLastFour == "4321")
        #expect(attributes.direction == .debit)
        #expect(attributes.paymentType == .card)
        #expect(attributes.merchant?.addrState == "PA")
        #expect(attributes.merchant?.latitude == "37.9419429")
        #expect(attributes.merchant?.storeId == "12345")
        #expect(attributes.settledDate == nil)
        #expect(attributes.matchedOfferId == nil)
    }

    @Test("The Swift getting-started resource encodes to the Python SDK's JSON")
    func gettingStartedEncodes() throws {
        let encoded = try JSONEncoder().encode(TransactionsRequest(data: [TransactionFixtures.gettingStartedResource]))
        #expect(try canonicalJSON(encoded) == canonicalJSON(Data(TransactionFixtures.gettingStartedBody.utf8)))
    }

    @Test("Every field of each type round-trips")
    func allTypes() throws {
        let core = try roundTrip(TransactionResource.self, TransactionFixtures.coreTransaction)
        #expect(core.type == TransactionResource.coreTransactionType)
        #expect(core.attributes.cardLastFours == ["1234", "5678"])
        #expect(core.attributes.financialInstitutionId == "fi-9")
        #expect(core.attributes.status == .settled)

        let matched = try roundTrip(TransactionResource.self, TransactionFixtures.matchedTransaction)
        #expect(matched.type == TransactionResource.matchedTransactionType)
        #expect(matched.attributes.matchedOfferId == "offer-1")
        #expect(matched.attributes.receiptMedium == .electronic)
        #expect(matched.attributes.status == nil)
        #expect(matched.attributes.currency == nil)
        #expect(matched.attributes.merchant == TransactionMerchantInfo(name: "Hilltop BBQ"))

        let full = try roundTrip(TransactionResource.self, TransactionFixtures.fullTransaction)
        #expect(full.attributes.processorMids == .visa(TransactionVisaMids(vmid: "V1", vsid: "S2")))
        #expect(full.attributes.cardNetwork == .mastercard)
        #expect(full.attributes.direction == .credit)
        #expect(full.attributes.authorizationDate?.rawValue == "2024-05-01T09:30:00+05:00")
        #expect(full.attributes.merchant?.longitude == "-84.3880")
    }

    @Test("Factories set the type")
    func factories() {
        let attributes = TransactionAttributes(userId: "u", transactionId: "t", amount: 1, description: "d")
        #expect(TransactionResource.transaction(id: "1", attributes: attributes).type == "transaction")
        #expect(TransactionResource.matchedTransaction(id: "1", attributes: attributes).type == "matchedTransaction")
        #expect(TransactionResource.coreTransaction(id: "1", attributes: attributes).type == "coreTransaction")
    }

    @Test("Unknown types, enum values and fields decode; absent optional fields are not encoded")
    func openValues() throws {
        let json = #"""
            {"type":"futureTransaction","id":"x","extra":1,"attributes":{"userId":"u","transactionId":"t","amount":5,\#
            "description":"d","status":"PENDING","direction":"SIDEWAYS","paymentType":"CRYPTO","new":true,"mcc":null}}
            """#
        let event = try JSONDecoder().decode(TransactionResource.self, from: Data(json.utf8))
        #expect(event.type == "futureTransaction")
        #expect(event.attributes.status?.rawValue == "PENDING")
        #expect(event.attributes.direction?.rawValue == "SIDEWAYS")
        #expect(event.attributes.paymentType?.rawValue == "CRYPTO")
        #expect(event.attributes.mcc == nil)
        let minimal = TransactionAttributes(userId: "u", transactionId: "t", amount: 5, description: "d")
        let object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(minimal)) as? [String: Any]
        )
        #expect(Set(object.keys) == ["userId", "transactionId", "amount", "description"])
    }

    @Test("A missing shared required field fails decoding")
    func missingRequired() {
        let json = #"{"type":"transaction","id":"x","attributes":{"userId":"u","transactionId":"t","amount":5}}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(TransactionResource.self, from: Data(json.utf8))
        }
    }

    @Test("The 202 and 207 answers decode")
    func answers() throws {
        let job = try roundTrip(JobResponse.self, TransactionFixtures.jobBody)
        #expect(job.data.id == "job-1")
        #expect(job.data.attributes.status == .queued)
        let multi = try roundTrip(TransactionsMultiStatusResponse.self, TransactionFixtures.multiStatusBody)
        #expect(multi.data.id == "job-2")
        #expect(multi.errors.map(\.id) == ["e-2"])
        #expect(multi.errors.first?.source?.pointer == "/data/1/attributes/cardBIN")
    }

    @Test("The integration guide's legacy samples decode as one object and as an array")
    func legacySamples() throws {
        let single = try roundTrip(LegacyIncomingTransactions.self, TransactionFixtures.legacyApproved)
        #expect(single.isSingleObject)
        let approved = try #require(single.transactions.first)
        #expect(single.transactions.count == 1)
        #expect(approved.transactionId == "sandbox-web-313")
        #expect(approved.referringPartnerUserId == "438103")
        #expect(approved.amount == 10_000)
        #expect(approved.status == .approved)
        #expect(approved.merchantId == "542814140150267")
        #expect(approved.merchantAddrState == "GA")
        #expect(approved.authorizationDate == "2022-10-29T17:48:06.135Z")
        #expect(approved.transactionDate == nil)

        let arrayJSON = "[\(TransactionFixtures.legacyApproved),\(TransactionFixtures.legacyReversed)]"
        let array = try roundTrip(LegacyIncomingTransactions.self, arrayJSON)
        #expect(!array.isSingleObject)
        #expect(array.transactions.map(\.status) == [.approved, .reversed])
        #expect(array.transactions.last?.transactionDate == "2022-10-30T17:48:06.135Z")
        #expect(try JSONDecoder().decode([LegacyIncomingTransaction].self, from: Data(arrayJSON.utf8)).count == 2)
    }

    @Test("Legacy coordinates decode from strings and numbers, and every field round-trips")
    func legacyCoordinates() throws {
        let full = #"""
            {"transactionId":"t","referringPartnerUserId":"u","amount":1,"status":"SETTLED","currency":"USD",\#
            "description":"d","description2":"d2","mcc":"5812","coreProviderId":"p","transactionDate":"2022-10-30T00:00:00Z",\#
            "authorizationDate":"2022-10-29T00:00:00Z","settledDate":"2022-10-30T00:00:00Z","merchantId":"m",\#
            "merchantStoreId":"s","cardPresence":"PRESENT","merchantName":"n","merchantAddrCity":"c",\#
            "merchantAddrState":"GA","merchantAddrZipcode":"30303","merchantAddrCountry":"US",\#
            "merchantAddrStreet":"1 St","merchantLat":"33.7490","merchantLong":"-84.3880","panEntryMode":"05",\#
            "cardBIN":"123456","cardLastFour":"4321","googleId":"g","authorizationCode":"a",\#
            "retrievalReferenceNumber":"r","systemTraceAuditNumber":"s","acquirerReferenceNumber":"q","isDeposit":false}
            """#
        let value = try roundTrip(LegacyIncomingTransaction.self, full)
        #expect(value.merchantLat == "33.7490")
        #expect(value.isDeposit == false)

        let numbers = #"""
            {"transactionId":"t","referringPartnerUserId":"u","amount":1,"status":"SETTLED","currency":"USD",\#
            "description":"d","merchantLat":33.749,"merchantLong":-84}
            """#
        let decoded = try JSONDecoder().decode(LegacyIncomingTransaction.self, from: Data(numbers.utf8))
        #expect(decoded.merchantLat == "33.749")
        #expect(decoded.merchantLong == "-84")

        let wrong = #"""
            {"transactionId":"t","referringPartnerUserId":"u","amount":1,"status":"SETTLED","currency":"USD",\#
            "description":"d","merchantLat":true}
            """#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(LegacyIncomingTransaction.self, from: Data(wrong.utf8))
        }
    }

    @Test("A legacy body of one event encodes as an object only when asked")
    func legacyEncoding() throws {
        let event = LegacyIncomingTransaction(
            transactionId: "t",
            referringPartnerUserId: "u",
            amount: 1,
            status: .settled,
            currency: "USD",
            description: "d"
        )
        let asArray = try JSONSerialization.jsonObject(with: JSONEncoder().encode(LegacyIncomingTransactions([event])))
        #expect((asArray as? [Any])?.count == 1)
        let asObject = try JSONSerialization.jsonObject(
            with: JSONEncoder().encode(LegacyIncomingTransactions([event], isSingleObject: true))
        )
        #expect((asObject as? [String: Any])?["transactionId"] as? String == "t")
    }
}
