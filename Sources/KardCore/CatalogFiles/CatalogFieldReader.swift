import Foundation

/// Reads the typed fields of one record (or of an object inside it), logging one issue per bad or missing field.
/// Every string is trimmed, and an empty string or `null` counts as absent.
struct CatalogFieldReader {
    let row: Int
    /// The path of the object read, such as `offers[3]` or `locations[2].address`.
    let path: String
    private let values: [String: CatalogFileValue]
    private let log: CatalogIssueLog

    /// Checks that `members` holds only `known` keys, each once.
    init(members: [CatalogFileMember], known: [String], row: Int, path: String, log: CatalogIssueLog) {
        self.row = row
        self.path = path
        self.log = log
        var values: [String: CatalogFileValue] = [:]
        for member in members {
            if values[member.key] != nil {
                log.add(row: row, field: "\(path).\(member.key)", "is given more than once")
                continue
            }
            guard known.contains(member.key) else {
                let detail =
                    ["createdAt", "updatedAt"].contains(member.key)
                    ? "is set by the platform; remove it from the file"
                    : "is not a field of this record (fields: \(known.joined(separator: ", ")))"
                log.add(row: row, field: "\(path).\(member.key)", detail)
                continue
            }
            if case .null = member.value { continue }
            if case .string(let text) = member.value, text.trimmed.isEmpty { continue }
            values[member.key] = member.value
        }
        self.values = values
    }

    func field(_ key: String) -> String { "\(self.path).\(key)" }

    /// Logs a problem of `key`.
    func report(_ key: String, _ detail: String) {
        self.log.add(row: self.row, field: self.field(key), detail)
    }

    /// Whether the field is present.
    func has(_ key: String) -> Bool { self.values[key] != nil }

    // MARK: Text

    /// The text of a string (or number) field.
    func text(_ key: String) -> String? {
        guard let value = self.values[key] else { return nil }
        return self.text(of: value, field: self.field(key))
    }

    /// The text of a field that must be present.
    func requiredText(_ key: String) -> String? {
        guard self.has(key) else {
            self.report(key, "is required")
            return nil
        }
        return self.text(key)
    }

    private func text(of value: CatalogFileValue, field: String) -> String? {
        switch value {
        case .string(let text), .number(let text):
            let trimmed = String(text.trimmed)
            return trimmed.isEmpty ? nil : trimmed
        default:
            self.log.add(row: self.row, field: field, "must be a string or a number, not \(value.typeName)")
            return nil
        }
    }

    /// A field checked by `rule` (which returns the problem or `nil`).
    func text(_ key: String, required: Bool, rule: (String) -> String?) -> String? {
        guard let text = required ? self.requiredText(key) : self.text(key) else { return nil }
        if let problem = rule(text) {
            self.report(key, problem)
            return nil
        }
        return text
    }

    // MARK: Lists

    /// The texts of a list field; `nil` when a problem was logged. Items may not be empty or contain `|` (the CSV
    /// list separator).
    func textList(_ key: String, rule: ((String) -> String?)? = nil) -> [String]? {
        guard let value = self.values[key] else { return [] }
        guard case .array(let elements) = value else {
            self.report(key, "must be a list, not \(value.typeName)")
            return nil
        }
        var items: [String] = []
        var valid = true
        for (offset, element) in elements.enumerated() {
            let field = "\(self.field(key))[\(offset + 1)]"
            guard let text = self.text(of: element, field: field) else {
                if case .string = element { self.log.add(row: self.row, field: field, "is empty") }
                valid = false
                continue
            }
            if items.contains(text) {
                self.log.add(row: self.row, field: field, "\"\(text)\" is listed twice")
                valid = false
            } else if text.contains("|") {
                self.log.add(row: self.row, field: field, "must not contain '|' (the CSV list separator)")
                valid = false
            } else if let problem = rule?(text) {
                self.log.add(row: self.row, field: field, problem)
                valid = false
            } else {
                items.append(text)
            }
        }
        return valid ? items : nil
    }

    /// The raw elements of a list field.
    func elements(_ key: String) -> [CatalogFileValue]? {
        guard let value = self.values[key] else { return [] }
        guard case .array(let elements) = value else {
            self.report(key, "must be a list, not \(value.typeName)")
            return nil
        }
        return elements
    }

    /// The value of a field as it was read.
    func raw(_ key: String) -> CatalogFileValue? { self.values[key] }

    // MARK: Enumerations

    /// A value of `E`, given by its raw value in any letter case.
    func choice<E: RawRepresentable & CaseIterable>(_ key: String, of type: E.Type, required: Bool) -> E?
    where E.RawValue == String {
        guard let text = required ? self.requiredText(key) : self.text(key) else { return nil }
        return self.choice(text, of: type, field: self.field(key))
    }

    /// `text` as a value of `E`, logging the accepted values under `field` when it is none of them.
    func choice<E: RawRepresentable & CaseIterable>(_ text: String, of type: E.Type, field: String) -> E?
    where E.RawValue == String {
        if let match = E.allCases.first(where: { $0.rawValue.caseInsensitiveCompare(text) == .orderedSame }) {
            return match
        }
        let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        self.log.add(row: self.row, field: field, "\"\(text)\" is not one of \(allowed)")
        return nil
    }

    // MARK: Numbers, flags, dates

    /// A whole number no smaller than `minimum`.
    func integer(_ key: String, minimum: Int64 = 0) -> Int64? {
        guard let text = self.text(key) else { return nil }
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else {
            self.report(key, "\"\(text)\" is not a whole number")
            return nil
        }
        guard let value = Int64(text) else {
            self.report(key, "\(text) is too large")
            return nil
        }
        guard value >= minimum else {
            self.report(key, minimum == 0 ? "must not be negative" : "must be at least \(minimum)")
            return nil
        }
        return value
    }

    /// A decimal number in `range`.
    func requiredDecimal(_ key: String, in range: ClosedRange<Double>) -> Double? {
        guard let text = self.requiredText(key) else { return nil }
        guard let value = Double(text), value.isFinite else {
            self.report(key, "\"\(text)\" is not a number")
            return nil
        }
        guard range.contains(value) else {
            self.report(key, "\(text) is not between \(Int(range.lowerBound)) and \(Int(range.upperBound))")
            return nil
        }
        return value
    }

    /// `true`/`false` (JSON), or the texts `true`, `false`, `yes`, `no`, `1`, `0` in any letter case.
    func flag(_ key: String) -> Bool? {
        guard let value = self.values[key] else { return nil }
        if case .bool(let flag) = value { return flag }
        guard let text = self.text(of: value, field: self.field(key)) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "1": return true
        case "false", "no", "0": return false
        default:
            self.report(key, "\"\(text)\" is not true or false")
            return nil
        }
    }

    /// An ISO 8601 instant.
    func date(_ key: String, required: Bool) -> Date? {
        guard let text = required ? self.requiredText(key) : self.text(key) else { return nil }
        switch CatalogDateText.date(from: text) {
        case .success(let date): return date
        case .failure(let problem):
            self.report(key, problem.detail)
            return nil
        }
    }

    /// An http(s) URL.
    func url(_ key: String) -> String? {
        self.text(key, required: false, rule: CatalogFieldRules.urlProblem)
    }

    // MARK: Objects

    /// The reader of an object field; `nil` when it is absent and not required, or not an object (logged).
    func object(_ key: String, known: [String], required: Bool) -> CatalogFieldReader? {
        guard let value = self.values[key] else {
            // A required object that is absent reads as empty, so that each of its required fields is reported.
            return required ? self.reader(of: [], known: known, field: self.field(key)) : nil
        }
        guard case .object(let members) = value else {
            self.report(key, "must be an object, not \(value.typeName)")
            return nil
        }
        return CatalogFieldReader(members: members, known: known, row: self.row, path: self.field(key), log: self.log)
    }

    /// The reader of an object found in a list, at `field`.
    func reader(of members: [CatalogFileMember], known: [String], field: String) -> CatalogFieldReader {
        CatalogFieldReader(members: members, known: known, row: self.row, path: field, log: self.log)
    }

    /// Logs a problem under a full field path.
    func report(field: String, _ detail: String) {
        self.log.add(row: self.row, field: field, detail)
    }
}
