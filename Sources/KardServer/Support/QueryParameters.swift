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
