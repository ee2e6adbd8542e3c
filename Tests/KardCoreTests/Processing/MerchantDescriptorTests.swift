import KardCore
import Testing

@Suite("Merchant descriptors")
struct MerchantDescriptorTests {
    @Test(
        "Payment processors' prefixes are dropped",
        arguments: [
            ("SQ *HILLTOP BBQ", ["HILLTOP", "BBQ"]),
            ("TST* Hilltop BBQ", ["HILLTOP", "BBQ"]),
            ("sq *hilltop bbq", ["HILLTOP", "BBQ"]),
            ("PAYPAL *BAASPRO", ["BAASPRO"]),
            ("CLOVER*Corner Coffee", ["CORNER", "COFFEE"]),
        ]
    )
    func processorPrefixes(descriptor: String, words: [String]) {
        #expect(MerchantDescriptor(descriptor).words == words)
    }

    @Test("A star after something that is not a processor keeps both sides")
    func starAfterOtherText() {
        #expect(MerchantDescriptor("ACME*WIDGETS").words == ["ACME", "WIDGETS"])
        #expect(MerchantDescriptor("HILLTOP BBQ*ATL").words == ["HILLTOP", "BBQ", "ATL"])
    }

    @Test("Apostrophes and dots join words; other punctuation separates them")
    func punctuation() {
        #expect(MerchantDescriptor("MCDONALD'S #1234").words == ["MCDONALDS"])
        #expect(MerchantDescriptor("SQ *Hilltop B.B.Q. #12").words == ["HILLTOP", "BBQ"])
        let walmart = MerchantDescriptor("WAL-MART #5678")
        #expect(walmart.words == ["WAL", "MART"])
        #expect(walmart.compact == "WALMART")
        #expect(walmart.text == "WAL MART")
    }

    @Test("Store numbers are dropped; a short leading number is part of the name")
    func storeNumbers() {
        #expect(MerchantDescriptor("7-ELEVEN 34567").words == ["7", "ELEVEN"])
        #expect(MerchantDescriptor("76 - GAS STATION 0193").words == ["76", "GAS", "STATION"])
        #expect(MerchantDescriptor("HILLTOP BBQ 0042 ATLANTA GA").words == ["HILLTOP", "BBQ", "ATLANTA", "GA"])
        #expect(MerchantDescriptor("#0042 HILLTOP BBQ").words == ["HILLTOP", "BBQ"])
        #expect(MerchantDescriptor("TARGET 00012345").compact == "TARGET")
        #expect(MerchantDescriptor("   ").words.isEmpty)
        #expect(MerchantDescriptor("1234 5678").compact.isEmpty)
    }

    @Test("Compact prefixes run from all the words down to the first, longest first")
    func compactPrefixes() {
        #expect(
            MerchantDescriptor("BAAS PRO SHOPS SPRINGFIELD").compactPrefixes == [
                "BAASPROSHOPSSPRINGFIELD", "BAASPROSHOPS", "BAASPRO", "BAAS",
            ]
        )
        #expect(MerchantDescriptor("SQ *HILLTOP BBQ #3").compactPrefixes == ["HILLTOPBBQ", "HILLTOP"])
        #expect(MerchantDescriptor("").compactPrefixes.isEmpty)
    }

    @Test("A name is a prefix of words, never of part of a word: TARGET is not in TARGETED MARKETING")
    func wholeWordPrefixes() {
        let prefixes = MerchantDescriptor("TARGETED MARKETING").compactPrefixes
        #expect(!prefixes.contains("TARGET"))
        #expect(MerchantDescriptor("TARGET T-1234 ATLANTA").compactPrefixes.contains("TARGET"))
    }
}
