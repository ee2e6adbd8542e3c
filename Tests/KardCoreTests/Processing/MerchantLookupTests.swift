import KardCore
import Testing

@Suite("Merchant lookup")
struct MerchantLookupTests {
    typealias F = ProcessingFixtures

    static let lookup = MerchantLookup(merchants: [
        F.merchant(MerchantID("hilltop"), "Hilltop BBQ", aliases: ["SQ *HILLTOP BBQ"], mids: ["000542814140150267"]),
        F.merchant(MerchantID("baas"), "BaaS Pro Shops", aliases: ["BAAS PRO"], mids: ["4445 0123 4567"]),
        F.merchant(MerchantID("target"), "Target"),
        F.merchant(MerchantID("target-optical"), "Target Optical"),
        F.merchant(MerchantID("bp"), "BP", aliases: ["BP GAS"]),
        F.merchant(MerchantID("rei"), "REI"),
    ])

    func ids(_ descriptor: String) -> [String] {
        Self.lookup.merchants(descriptor: MerchantDescriptor(descriptor)).map(\.merchantID.rawValue)
    }

    @Test("MIDs compare without leading zeros and spaces, both in the catalog and in the transaction")
    func byMID() {
        #expect(Self.lookup.merchants(mid: "542814140150267") == [MerchantID("hilltop")])
        #expect(Self.lookup.merchants(mid: "0542 8141 4015 0267") == [MerchantID("hilltop")])
        #expect(Self.lookup.merchants(mid: "444501234567") == [MerchantID("baas")])
        #expect(Self.lookup.merchants(mid: "00444501234567") == [MerchantID("baas")])
        #expect(Self.lookup.merchants(mid: "542814140150268").isEmpty)
        #expect(Self.lookup.merchants(mid: "").isEmpty)
    }

    @Test("Two merchants that share a MID are both found")
    func sharedMID() {
        let lookup = MerchantLookup(merchants: [
            F.merchant(MerchantID("a"), "Alpha Foods", mids: ["999"]),
            F.merchant(MerchantID("b"), "Beta Foods", mids: ["0999"]),
        ])
        #expect(Set(lookup.merchants(mid: "999")) == [MerchantID("a"), MerchantID("b")])
    }

    @Test("A descriptor finds a merchant by its name, with the name it matched")
    func byName() {
        let found = Self.lookup.merchants(descriptor: MerchantDescriptor("HILLTOP BBQ 0042 ATLANTA GA"))
        #expect(found.map(\.merchantID) == [MerchantID("hilltop")])
        #expect(found.map(\.name) == ["Hilltop BBQ"])
        #expect(self.ids("TST* Hilltop B.B.Q.") == ["hilltop"])
    }

    @Test("A descriptor finds a merchant by an alias, with the alias it matched")
    func byAlias() {
        let found = Self.lookup.merchants(descriptor: MerchantDescriptor("PAYPAL *BAASPRO"))
        #expect(found.map(\.merchantID) == [MerchantID("baas")])
        #expect(found.map(\.name) == ["BAAS PRO"])
        #expect(self.ids("BAAS PRO SHOPS #77 SPRINGFIELD MO") == ["baas"])
    }

    @Test("The longest name the descriptor starts with wins")
    func longestPrefix() {
        #expect(self.ids("TARGET OPTICAL #1234") == ["target-optical"])
        #expect(self.ids("TARGET #1234 ATLANTA") == ["target"])
        #expect(self.ids("TARGET OPTIC") == ["target"])
    }

    @Test("A name must end at a word boundary of the descriptor")
    func wordBoundary() {
        #expect(self.ids("TARGETED MARKETING").isEmpty)
        #expect(self.ids("REIGN COFFEE").isEmpty)
        #expect(self.ids("HILLTOPPERS CAFE").isEmpty)
    }

    @Test("Names shorter than 3 characters identify nothing; their longer aliases still do; 3 is enough")
    func shortNames() {
        #expect(self.ids("BP #12345").isEmpty)
        #expect(self.ids("BP GAS 0012 DECATUR").contains("bp"))
        #expect(self.ids("REI #12") == ["rei"])
    }

    @Test("A descriptor that names no merchant finds none")
    func unknown() {
        #expect(self.ids("UNKNOWN STORE 42").isEmpty)
        #expect(self.ids("").isEmpty)
    }

    @Test("A name's digits count: 7-Eleven is not ELEVEN MADISON PARK")
    func digitsInNames() {
        let lookup = MerchantLookup(merchants: [F.merchant(MerchantID("seven"), "7-Eleven")])
        let found = lookup.merchants(descriptor: MerchantDescriptor("ELEVEN MADISON PARK"))
        #expect(found.isEmpty)
        #expect(
            lookup.merchants(descriptor: MerchantDescriptor("7-ELEVEN 34567")).map(\.merchantID.rawValue) == ["seven"]
        )
    }

    @Test("A web descriptor (TARGET.COM) finds the merchant named TARGET")
    func webDescriptor() {
        #expect(self.ids("TARGET.COM") == ["target"])
    }
}
