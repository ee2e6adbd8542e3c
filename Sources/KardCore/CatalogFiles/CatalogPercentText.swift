/// Exact conversion between a decimal percent written in a catalog file (`"5.5"`, `12`, `"0.01%"`) and basis
/// points (1 % = 100 bp), by reading the digits: no binary floating point is involved.
enum CatalogPercentText {
    /// The basis points `text` names, or the reason it cannot be read. At most two decimal places are accepted
    /// (one basis point); more are refused rather than rounded, unless they are zeros (`"12.340"`).
    static func basisPoints(from text: String) -> Result<Int64, CatalogFieldProblem> {
        var body = Substring(text.trimmed)
        if body.hasSuffix("%") { body = Substring(body.dropLast().trimmed) }
        if body.hasPrefix("-") { return .failure(CatalogFieldProblem("must not be negative")) }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        guard !body.isEmpty, whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit),
            !(whole.isEmpty && fraction.isEmpty)
        else {
            return .failure(
                CatalogFieldProblem("\"\(text)\" is not a percentage; write a plain decimal such as 5 or 5.5")
            )
        }
        let significant = fraction.reversed().drop(while: { $0 == "0" }).reversed()
        guard significant.count <= 2 else {
            return .failure(
                CatalogFieldProblem(
                    "\(text) % has more than two decimal places; commissions are whole basis points (0.01 %)"
                )
            )
        }
        let trimmedWhole = whole.drop(while: { $0 == "0" })
        guard trimmedWhole.count <= 6, let wholeValue = Int64(trimmedWhole.isEmpty ? "0" : String(trimmedWhole)) else {
            return .failure(CatalogFieldProblem("\(text) % is too large"))
        }
        let padded = String(significant) + String(repeating: "0", count: 2 - significant.count)
        return .success(wholeValue * 100 + (Int64(padded) ?? 0))
    }

    /// The shortest decimal percent of `basisPoints`: 550 → `5.5`, 1 → `0.01`, 500 → `5`.
    static func text(basisPoints: Int64) -> String {
        let sign = basisPoints < 0 ? "-" : ""
        let magnitude = basisPoints.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        let digits = fraction < 10 ? "0\(fraction)" : (fraction % 10 == 0 ? "\(fraction / 10)" : "\(fraction)")
        return "\(sign)\(whole).\(digits)"
    }
}

/// Why a field value cannot be read; the reader adds the row and the field.
struct CatalogFieldProblem: Error, Sendable, Equatable {
    var detail: String

    init(_ detail: String) {
        self.detail = detail
    }
}

extension StringProtocol {
    /// The text without surrounding white space and line breaks.
    var trimmed: Substring {
        let start = self.firstIndex(where: { !$0.isWhitespace }) ?? self.endIndex
        let end = self.lastIndex(where: { !$0.isWhitespace }).map { self.index(after: $0) } ?? start
        return Substring(self[start..<end])
    }
}
