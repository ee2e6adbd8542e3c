/// US states and territories with their USPS codes, names and FIPS codes, so that a merchant state given in
/// any of the three forms is stored as its USPS code.
public enum USStates {
    /// (USPS code, name, FIPS code).
    static let table: [(code: String, name: String, fips: String)] = [
        ("AL", "ALABAMA", "01"), ("AK", "ALASKA", "02"), ("AZ", "ARIZONA", "04"), ("AR", "ARKANSAS", "05"),
        ("CA", "CALIFORNIA", "06"), ("CO", "COLORADO", "08"), ("CT", "CONNECTICUT", "09"), ("DE", "DELAWARE", "10"),
        ("DC", "DISTRICT OF COLUMBIA", "11"), ("FL", "FLORIDA", "12"), ("GA", "GEORGIA", "13"), ("HI", "HAWAII", "15"),
        ("ID", "IDAHO", "16"), ("IL", "ILLINOIS", "17"), ("IN", "INDIANA", "18"), ("IA", "IOWA", "19"),
        ("KS", "KANSAS", "20"), ("KY", "KENTUCKY", "21"), ("LA", "LOUISIANA", "22"), ("ME", "MAINE", "23"),
        ("MD", "MARYLAND", "24"), ("MA", "MASSACHUSETTS", "25"), ("MI", "MICHIGAN", "26"), ("MN", "MINNESOTA", "27"),
        ("MS", "MISSISSIPPI", "28"), ("MO", "MISSOURI", "29"), ("MT", "MONTANA", "30"), ("NE", "NEBRASKA", "31"),
        ("NV", "NEVADA", "32"), ("NH", "NEW HAMPSHIRE", "33"), ("NJ", "NEW JERSEY", "34"), ("NM", "NEW MEXICO", "35"),
        ("NY", "NEW YORK", "36"), ("NC", "NORTH CAROLINA", "37"), ("ND", "NORTH DAKOTA", "38"), ("OH", "OHIO", "39"),
        ("OK", "OKLAHOMA", "40"), ("OR", "OREGON", "41"), ("PA", "PENNSYLVANIA", "42"), ("RI", "RHODE ISLAND", "44"),
        ("SC", "SOUTH CAROLINA", "45"), ("SD", "SOUTH DAKOTA", "46"), ("TN", "TENNESSEE", "47"), ("TX", "TEXAS", "48"),
        ("UT", "UTAH", "49"), ("VT", "VERMONT", "50"), ("VA", "VIRGINIA", "51"), ("WA", "WASHINGTON", "53"),
        ("WV", "WEST VIRGINIA", "54"), ("WI", "WISCONSIN", "55"), ("WY", "WYOMING", "56"),
        ("AS", "AMERICAN SAMOA", "60"),
        ("GU", "GUAM", "66"), ("MP", "NORTHERN MARIANA ISLANDS", "69"), ("PR", "PUERTO RICO", "72"),
        ("VI", "VIRGIN ISLANDS", "78"), ("FM", "FEDERATED STATES OF MICRONESIA", "64"),
        ("MH", "MARSHALL ISLANDS", "68"),
        ("PW", "PALAU", "70"),
    ]

    private static let byKey: [String: String] = {
        var keys: [String: String] = [:]
        for entry in table {
            keys[entry.code] = entry.code
            keys[entry.name] = entry.code
            keys[entry.fips] = entry.code
            if entry.fips.hasPrefix("0") { keys[String(entry.fips.dropFirst())] = entry.code }
        }
        return keys
    }()

    /// The USPS code for a state written as a USPS code, a name or a FIPS code (any case); `nil` if unknown.
    public static func code(for value: String) -> String? {
        let key = value.uppercased().split(whereSeparator: { $0 == " " || $0 == "." }).joined(separator: " ")
        return self.byKey[key]
    }
}
