/// The rules that keep full card numbers out of the platform: a BIN is 6 to 8 digits, a last four is 4 digits,
/// and anything that looks like a whole card number is refused outright.
public enum CardNumberRules {
    /// The shortest digit run treated as a full card number (PANs are 12 to 19 digits).
    public static let fullNumberMinimumDigits = 12

    /// Checks a BIN. Returns the problem, or `nil` when the value is acceptable.
    public static func problem(withBIN value: String) -> String? {
        if self.looksLikeFullCardNumber(value) {
            return "A full card number is not accepted; send only the first 6 to 8 digits (BIN)."
        }
        guard (6...8).contains(value.count), value.allSatisfy(\.isASCIIDigit) else {
            return "BIN must be 6 to 8 digits."
        }
        return nil
    }

    /// Checks a last-four value. Returns the problem, or `nil` when the value is acceptable.
    public static func problem(withLastFour value: String) -> String? {
        if self.looksLikeFullCardNumber(value) {
            return "A full card number is not accepted; send only the last 4 digits."
        }
        guard value.count == 4, value.allSatisfy(\.isASCIIDigit) else {
            return "Last four must be exactly 4 digits."
        }
        return nil
    }

    /// Whether a value carries a whole card number, ignoring spaces and dashes between digit groups.
    public static func looksLikeFullCardNumber(_ value: String) -> Bool {
        let digits = value.filter { $0 != " " && $0 != "-" }
        return digits.count >= self.fullNumberMinimumDigits && digits.allSatisfy(\.isASCIIDigit)
    }
}

extension Character {
    /// `0` to `9` only (not other scripts' digits).
    var isASCIIDigit: Bool { self >= "0" && self <= "9" }
}
