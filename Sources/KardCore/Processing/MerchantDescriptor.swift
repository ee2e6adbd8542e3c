/// A card-statement descriptor reduced to what identifies the merchant: upper case, without the payment
/// processor's prefix (`SQ *`, `TST*`, `PAYPAL *` …), punctuation or store numbers (any number but a short leading one).
/// `SQ *Hilltop B.B.Q. #12` and `HILLTOP BBQ` both become the words `HILLTOP`, `BBQ`; `7-Eleven #3021` becomes
/// `7`, `ELEVEN`.
public struct MerchantDescriptor: Sendable, Equatable {
    /// The significant words, in order.
    public let words: [String]

    /// Processor and wallet prefixes written before a `*` in descriptors.
    static let processorPrefixes: Set<String> = [
        "SQ", "SQU", "TST", "TOAST", "PAYPAL", "PP", "SP", "CLV", "CLOVER", "IC", "PY", "LSP", "POS", "GOOGLE",
        "APL", "APLPAY", "BT", "FS", "WPY", "PAR", "EB", "ZTL",
    ]

    public init(_ text: String) {
        var remainder = Substring(text.uppercased())
        if let star = remainder.firstIndex(of: "*"), remainder.distance(from: remainder.startIndex, to: star) <= 8 {
            let prefix = remainder[..<star].filter { !$0.isWhitespace }
            if Self.processorPrefixes.contains(String(prefix)) {
                remainder = remainder[remainder.index(after: star)...]
            }
        }
        var words: [String] = []
        var word = ""
        // Letters since the last dot: a dot after a single letter joins an abbreviation (`B.B.Q.`), any other dot
        // separates (`TARGET.COM`).
        var sinceDot = 0
        for character in remainder {
            if character.isLetter || character.isNumber {
                word.append(character)
                sinceDot += 1
            } else if character == "'" || (character == "." && sinceDot == 1) {
                sinceDot = 0  // MCDONALD'S = MCDONALDS, B.B.Q. = BBQ
            } else {
                if !word.isEmpty { words.append(word) }
                word = ""
                sinceDot = 0
            }
        }
        if !word.isEmpty { words.append(word) }
        // Numbers are store numbers, except a short leading one, which is part of the name (`7-ELEVEN`, `76`;
        // but `#0042 HILLTOP BBQ` starts with a store number).
        let keepsLeadingNumber =
            remainder.first(where: { !$0.isWhitespace }) != "#" && (words.first?.count ?? 0) <= 3
        self.words = words.enumerated().filter { index, word in
            !word.allSatisfy(\.isNumber) || (index == 0 && keepsLeadingNumber)
        }.map(\.element)
    }

    /// The words joined without spaces (`HILLTOPBBQ`): how names are compared, so `WAL-MART` finds `WALMART`.
    public var compact: String { self.words.joined() }

    /// The words joined with spaces, for people to read.
    public var text: String { self.words.joined(separator: " ") }

    /// The compact forms of the leading words, longest first (`BAASPROSHOPSSPRINGFIELD`, `BAASPROSHOPS`,
    /// `BAASPRO`, `BAAS`): a descriptor names a merchant when one of them is the merchant's compact name.
    public var compactPrefixes: [String] {
        let limit = min(self.words.count, 8)
        return (0..<limit).reversed().map { self.words[0...$0].joined() }
    }
}
