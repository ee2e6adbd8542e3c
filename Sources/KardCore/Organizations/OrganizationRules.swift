/// Validation rules for organization names and BINs.
public enum OrganizationRules {
    /// A child organization's name: at least one letter; letters and spaces only (v2 OpenAPI).
    public static func problem(withChildName name: String) -> String? {
        guard name.contains(where: \.isLetter) else { return "name must contain at least one letter." }
        guard name.allSatisfy({ $0.isLetter || $0 == " " }) else {
            return "name may contain only letters and spaces."
        }
        guard name.count <= 100 else { return "name must be at most 100 characters." }
        return nil
    }

    /// An issuer's name as given on the command line; it is stored uppercased.
    /// Letters, digits, `_` and `-`, because it is also part of the sandbox persona ids.
    public static func problem(withIssuerName name: String) -> String? {
        guard !name.isEmpty, name.count <= 64 else { return "The issuer name must be 1 to 64 characters." }
        guard name.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" || $0 == "-" }) else {
            return "The issuer name may contain only ASCII letters, digits, '_' and '-' (no spaces)."
        }
        return nil
    }

    /// The problems with a list of BINs, keyed by index.
    public static func issues(withBINs bins: [String], field: String = "bins") -> [ValidationIssue] {
        bins.enumerated().compactMap { index, bin in
            CardNumberRules.problem(withBIN: bin).map { ValidationIssue(field: "\(field)/\(index)", detail: $0) }
        }
    }
}
