/// Format checks for contact details.
enum ContactRules {
    static func isZipCode(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 5, first.allSatisfy(\.isASCIIDigit) else { return false }
        if parts.count == 1 { return true }
        return parts.count == 2 && parts[1].count == 4 && parts[1].allSatisfy(\.isASCIIDigit)
    }

    static func isEmail(_ value: String) -> Bool {
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        return value.count <= 254 && parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty
            && !value.contains(where: \.isWhitespace)
    }

    static func isSHA256Hex(_ value: String) -> Bool {
        value.count == 64 && value.allSatisfy(\.isHexDigit)
    }

    static func isE164(_ value: String) -> Bool {
        guard value.first == "+" else { return false }
        let digits = value.dropFirst()
        return (2...15).contains(digits.count) && digits.allSatisfy(\.isASCIIDigit) && digits.first != "0"
    }

    static func isBirthYear(_ value: String) -> Bool {
        guard value.count == 4, let year = Int(value) else { return false }
        return (1900...2100).contains(year)
    }
}
