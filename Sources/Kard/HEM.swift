import Crypto

/// Normalises an email address for hashed-email (HEM) matching, exactly as the Python SDK's `normalize_email`.
///
/// 1. Every whitespace character is removed, wherever it is (Python's `\s`: ASCII `\t\n\v\f\r` and space,
///    U+001C–U+001F, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
/// 2. The rest is lowercased with Unicode's full mappings (including the final-sigma rule, like Python's
///    `str.lower()`).
/// 3. Only for `gmail.com` and `googlemail.com`: the local part is cut at the first `+`, its dots are removed, and
///    the domain becomes `gmail.com`. Other domains keep dots and `+` tags.
///
/// - Parameter raw: The address as entered.
/// - Returns: The normalised address, `local@domain`.
/// - Throws: ``HEMError`` when the address is empty, does not contain exactly one `@`, or has an empty local part
///   or domain.
public func normalizeEmail(_ raw: String) throws(HEMError) -> String {
    let scalars = raw.unicodeScalars.filter { !$0.isPythonWhitespace }
    let lowered = pythonLowercased(Array(scalars))
    guard !lowered.isEmpty else { throw .empty }
    let parts = lowered.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2 else { throw .wrongAtCount(parts.count - 1) }
    var local = Array(parts[0])
    var domain = Array(parts[1])
    guard !local.isEmpty else { throw .emptyLocalPart }
    guard !domain.isEmpty else { throw .emptyDomain }
    let gmail = Array("gmail.com".unicodeScalars)
    let googlemail = Array("googlemail.com".unicodeScalars)
    if domain == gmail || domain == googlemail {
        let beforePlus = local.split(separator: "+", maxSplits: 1, omittingEmptySubsequences: false).first ?? []
        local = beforePlus.filter { $0 != "." }
        domain = gmail
    }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: local)
    result.append("@")
    result.append(contentsOf: domain)
    return String(result)
}

/// Computes the hashed email (HEM) of an address, exactly as the Python SDK's `generate_hem`.
///
/// The address is normalised with ``normalizeEmail(_:)``, encoded as UTF-8 and hashed with SHA-256.
///
/// - Parameter raw: The address as entered.
/// - Returns: The 64-character lowercase hexadecimal SHA-256 digest of the normalised address.
/// - Throws: ``HEMError`` when the address cannot be normalised.
public func generateHEM(_ raw: String) throws(HEMError) -> String {
    let normalized = try normalizeEmail(raw)
    let digest = SHA256.hash(data: Array(normalized.utf8))
    let hexDigits = Array("0123456789abcdef".utf8)
    var hex = [UInt8]()
    hex.reserveCapacity(64)
    for byte in digest {
        hex.append(hexDigits[Int(byte >> 4)])
        hex.append(hexDigits[Int(byte & 0x0F)])
    }
    return String(decoding: hex, as: UTF8.self)
}

/// Lowercases like Python's `str.lower()`: full Unicode lowercase mappings, and U+03A3 becomes final sigma (U+03C2)
/// after a cased letter that is not followed by one (case-ignorable characters skipped on both sides).
private func pythonLowercased(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(scalars.count)
    for (index, scalar) in scalars.enumerated() {
        if scalar.value == 0x03A3 {
            result.append(isFinalSigma(scalars, at: index) ? "\u{03C2}" : "\u{03C3}")
        } else {
            result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }
    return result
}

private func isFinalSigma(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    var before = index - 1
    while before >= 0, scalars[before].properties.isCaseIgnorable {
        before -= 1
    }
    guard before >= 0, scalars[before].properties.isCased else { return false }
    var after = index + 1
    while after < scalars.count, scalars[after].properties.isCaseIgnorable {
        after += 1
    }
    return after == scalars.count || !scalars[after].properties.isCased
}

extension Unicode.Scalar {
    /// Whether Python's `re` pattern `\s` matches this character (`str.isspace()`).
    var isPythonWhitespace: Bool {
        switch self.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }
}
