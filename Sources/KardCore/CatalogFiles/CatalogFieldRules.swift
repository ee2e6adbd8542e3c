import Foundation

/// The syntax rules of catalog file values. Each check returns the problem, or `nil` when the value is acceptable.
enum CatalogFieldRules {
    /// The longest id accepted.
    static let maximumIDLength = 64
    /// The longest merchant id (MID) accepted.
    static let maximumMIDLength = 32
    /// The longest URL accepted.
    static let maximumURLLength = 2048

    /// An id: 1 to 64 ASCII letters, digits, `-` and `_`.
    static func idProblem(_ id: String) -> String? {
        guard !id.isEmpty, id.utf8.count <= self.maximumIDLength,
            id.unicodeScalars.allSatisfy({ $0.isASCIILetterOrDigit || $0 == "-" || $0 == "_" })
        else {
            return "\"\(id)\" is not a valid id: use 1 to 64 letters, digits, '-' and '_'"
        }
        return nil
    }

    /// A merchant category code: exactly four digits.
    static func mccProblem(_ mcc: String) -> String? {
        mcc.utf8.count == 4 && mcc.allSatisfy(\.isASCIIDigit)
            ? nil : "\"\(mcc)\" is not a merchant category code (four digits)"
    }

    /// An acquirer or network merchant id: 1 to 32 ASCII letters and digits.
    static func midProblem(_ mid: String) -> String? {
        !mid.isEmpty && mid.utf8.count <= self.maximumMIDLength && mid.unicodeScalars.allSatisfy(\.isASCIILetterOrDigit)
            ? nil : "\"\(mid)\" is not a merchant id (MID): use 1 to 32 letters and digits"
    }

    /// A US ZIP code: `12345` or `12345-6789`.
    static func zipCodeProblem(_ zip: String) -> String? {
        let parts = zip.split(separator: "-", omittingEmptySubsequences: false)
        let valid =
            parts[0].count == 5 && parts[0].allSatisfy(\.isASCIIDigit)
            && (parts.count == 1 || (parts.count == 2 && parts[1].count == 4 && parts[1].allSatisfy(\.isASCIIDigit)))
        return valid ? nil : "\"\(zip)\" is not a ZIP code (12345 or 12345-6789)"
    }

    /// An absolute `http` or `https` URL with a host.
    static func urlProblem(_ url: String) -> String? {
        guard url.utf8.count <= self.maximumURLLength, !url.contains(where: \.isWhitespace),
            let components = URLComponents(string: url),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty
        else {
            return "\"\(url)\" is not an http(s) URL"
        }
        return nil
    }

    /// The USPS codes of the states, the District of Columbia and the inhabited territories.
    static let stateCodes: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI",
        "AS", "MP",
    ]

    /// Sunday first, as ``OpeningPeriod/day`` counts.
    static let dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    /// A time of day written `HHmm`, `0000` to `2359`.
    static func timeProblem(_ time: String) -> String? {
        guard time.utf8.count == 4, time.allSatisfy(\.isASCIIDigit), let value = Int(time), value / 100 < 24,
            value % 100 < 60
        else { return "\"\(time)\" is not a time of day written HHmm (0000 to 2359)" }
        return nil
    }
}

extension Unicode.Scalar {
    /// `A`…`Z`, `a`…`z` or `0`…`9`.
    var isASCIILetterOrDigit: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
    }
}
