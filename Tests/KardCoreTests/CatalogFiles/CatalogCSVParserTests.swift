import Foundation
import Testing

@testable import KardCore

@Suite("Catalog files: CSV parsing (RFC 4180)")
struct CatalogCSVParserTests {
    private func parse(_ text: String) -> (records: [CatalogCSVParser.Record], problems: [CatalogCSVParser.Problem]) {
        CatalogCSVParser.parse(Array(text.utf8))
    }

    private func fields(_ text: String) -> [[String]] {
        let result = self.parse(text)
        #expect(result.problems.isEmpty, "\(result.problems)")
        return result.records.map(\.fields)
    }

    @Test("Plain fields, CRLF, LF and CR line breaks, with or without a final line break")
    func lineBreaks() {
        #expect(self.fields("a,b\r\nc,d\r\n") == [["a", "b"], ["c", "d"]])
        #expect(self.fields("a,b\nc,d") == [["a", "b"], ["c", "d"]])
        #expect(self.fields("a,b\rc,d\r") == [["a", "b"], ["c", "d"]])
    }

    @Test("Quoted fields hold commas, doubled quotes and line breaks, kept as written")
    func quotedFields() {
        #expect(self.fields(#""a,b","say ""hi""",c"#) == [["a,b", #"say "hi""#, "c"]])
        #expect(self.fields("\"line 1\r\nline 2\",x\n") == [["line 1\r\nline 2", "x"]])
        #expect(self.fields("\"\",\"\"\"\"\n") == [["", "\""]])
        #expect(self.fields("\"  padded  \",x") == [["  padded  ", "x"]])
    }

    @Test("Empty fields, empty lines and a byte order mark")
    func emptiness() {
        #expect(self.fields(",,\n") == [["", "", ""]])
        #expect(self.fields("a\n\n\nb\n") == [["a"], ["b"]])
        #expect(self.fields("\u{FEFF}kind,id\n") == [["kind", "id"]])
        #expect(self.fields("") == [])
        #expect(self.fields("a,\n") == [["a", ""]])
    }

    @Test("Each record knows the line it starts on, counting line breaks inside quotes")
    func recordLines() {
        let result = self.parse("h1,h2\n\"a\nb\nc\",1\n\nx,2\r\ny,3")
        #expect(result.records.map(\.line) == [1, 2, 6, 7])
    }

    @Test("Non-ASCII text passes through unchanged")
    func unicode() {
        #expect(self.fields("Café Olé,\"Crème, brûlée 🍮\"\n") == [["Café Olé", "Crème, brûlée 🍮"]])
    }

    @Test("Malformed quoting is reported with its line, once per field")
    func malformed() {
        let strayQuote = self.parse("a,b\"c\"d,e\n")
        #expect(strayQuote.problems.map(\.line) == [1])
        let afterClosing = self.parse("x\n\"ab\"cd,e\n")
        #expect(afterClosing.problems.map(\.line) == [2])
        #expect(afterClosing.records.last?.fields == ["abcd", "e"])
        let unclosed = self.parse("x\ny\n\"abc,d\n")
        #expect(unclosed.problems.map(\.line) == [3])
        #expect(unclosed.records.map(\.fields) == [["x"], ["y"]])
    }

    @Test("Writing a field quotes exactly when needed")
    func writingFields() {
        #expect(CatalogCSVParser.field("plain") == "plain")
        #expect(CatalogCSVParser.field("a,b") == "\"a,b\"")
        #expect(CatalogCSVParser.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CatalogCSVParser.field("two\nlines") == "\"two\nlines\"")
        #expect(CatalogCSVParser.field("crlf\r\nend") == "\"crlf\r\nend\"")
        #expect(CatalogCSVParser.field(" lead") == "\" lead\"")
        #expect(CatalogCSVParser.field("") == "")
        for text in ["a,b", "q\"q", "x\r\ny", " s ", "é|ü", "\"", ",", ""] {
            let parsed = self.parse(CatalogCSVParser.field(text) + ",end\n")
            #expect(parsed.records.first?.fields == [text, "end"], "\(text)")
        }
    }
}

@Suite("Catalog files: exact percents and dates")
struct CatalogValueTextTests {
    @Test(
        "Decimal percents become basis points exactly",
        arguments: [
            ("5.5", 550), ("0.01", 1), ("12", 1200), ("12.340", 1234), ("100", 10_000), ("0", 0), (".5", 50),
            ("5.", 500), ("007.50", 750), (" 5.5 % ", 550), ("0.07", 7), ("1.15", 115), ("29.99", 2999),
        ] as [(String, Int64)]
    )
    func percentToBasisPoints(text: String, basisPoints: Int64) throws {
        #expect(try CatalogPercentText.basisPoints(from: text).get() == basisPoints)
    }

    @Test(
        "Percents that are not whole basis points or not plain decimals are refused",
        arguments: ["12.345", "0.001", "-5", "5e1", "abc", "", ".", "5.5.5", "1,5", "1234567"]
    )
    func refusedPercent(text: String) {
        #expect(throws: (any Error).self) { try CatalogPercentText.basisPoints(from: text).get() }
    }

    @Test("Basis points are written as the shortest exact percent")
    func basisPointsToText() throws {
        let cases: [(Int64, String)] = [(550, "5.5"), (1, "0.01"), (500, "5"), (1234, "12.34"), (10, "0.1"), (0, "0")]
        for (basisPoints, text) in cases {
            #expect(CatalogPercentText.text(basisPoints: basisPoints) == text)
            #expect(try CatalogPercentText.basisPoints(from: text).get() == basisPoints)
        }
    }

    @Test("Dates are written in UTC and read back to the same instant")
    func dateRoundTrip() throws {
        for seconds in [0, 1_740_839_400, 1_740_839_400.25, -86_400, 4_102_444_799, 951_782_400, 1_740_839_400.999] {
            let date = Date(timeIntervalSince1970: seconds)
            let text = CatalogDateText.text(from: date)
            #expect(try CatalogDateText.date(from: text).get() == date, "\(text)")
        }
        #expect(CatalogDateText.text(from: Date(timeIntervalSince1970: 1_740_839_400)) == "2025-03-01T14:30:00Z")
        #expect(CatalogDateText.text(from: Date(timeIntervalSince1970: 1_740_839_400.25)) == "2025-03-01T14:30:00.250Z")
        #expect(CatalogDateText.text(from: Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
    }
}
