import Foundation
import Hummingbird

extension Request {
    /// The query parameters in order, names and values percent-decoded (clients encode `page[size]` as
    /// `page%5Bsize%5D`) and `+` read as a space. Repeated names appear once per occurrence.
    var queryItems: [(name: String, value: String)] {
        guard let query = self.uri.query, !query.isEmpty else { return [] }
        return query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.formDecode(parts[0]), parts.count > 1 ? Self.formDecode(parts[1]) : "")
        }
    }

    /// Decodes one `application/x-www-form-urlencoded` component.
    static func formDecode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The first value of a query parameter, or `nil`.
    func stringQuery(_ name: String) -> String? {
        self.queryItems.first { $0.name == name }?.value
    }

    /// An integer query parameter within `range`, or `defaultValue` when absent.
    /// - Throws: 400 naming the parameter.
    func integerQuery(_ name: String, in range: ClosedRange<Int>, default defaultValue: Int) throws -> Int {
        guard let text = self.stringQuery(name) else { return defaultValue }
        guard let value = Int(text), range.contains(value) else {
            throw APIError(
                .badRequest,
                detail: "\(name) must be an integer from \(range.lowerBound) to \(range.upperBound).",
                parameter: name
            )
        }
        return value
    }
}

extension Request {
    /// Every value of a parameter that may repeat (`a=1&a=2`) or carry a comma-separated list (`a=1,2`).
    func listQuery(_ name: String) -> [String] {
        self.queryItems.filter { $0.name == name }
            .flatMap { $0.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
    }

    /// A boolean parameter: `true`/`false` (any case), or present without a value (`includeLocal`) for true.
    /// - Throws: 400 naming the parameter.
    func booleanQuery(_ name: String) throws -> Bool? {
        guard let text = self.stringQuery(name) else { return nil }
        switch text.lowercased() {
        case "", "true", "1": return true
        case "false", "0": return false
        default: throw APIError(.badRequest, detail: "\(name) must be true or false.", parameter: name)
        }
    }

    /// A decimal parameter within `range`.
    /// - Throws: 400 naming the parameter.
    func doubleQuery(_ name: String, in range: ClosedRange<Double>) throws -> Double? {
        guard let text = self.stringQuery(name) else { return nil }
        guard let value = Double(text), range.contains(value) else {
            throw APIError(
                .badRequest,
                detail: "\(name) must be a number from \(range.lowerBound) to \(range.upperBound).",
                parameter: name
            )
        }
        return value
    }

    /// A parameter whose value must be one of a type's raw values.
    /// - Throws: 400 listing the accepted values.
    func enumQuery<Value: RawRepresentable & CaseIterable>(_ name: String, as type: Value.Type) throws -> Value?
    where Value.RawValue == String {
        guard let text = self.stringQuery(name) else { return nil }
        guard let value = Value(rawValue: text) else {
            let accepted = Value.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError(.badRequest, detail: "\(name) must be one of: \(accepted).", parameter: name)
        }
        return value
    }

    /// This request's path and query with the paging parameters replaced: for `links`.
    func link(replacingPageWith name: String?, cursor: String?) -> String {
        let kept = self.queryItems.filter { $0.name != "page[after]" && $0.name != "page[before]" }
        var items = kept.map { "\($0.name)=\(Self.formEncode($0.value))" }
        if let name, let cursor { items.append("\(name)=\(cursor)") }
        return self.uri.path + (items.isEmpty ? "" : "?" + items.joined(separator: "&"))
    }

    /// Encodes a query value (everything but unreserved characters).
    static func formEncode(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
