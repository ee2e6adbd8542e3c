/// Prints a ``CatalogFileValue`` as indented JSON: members in the order given, lists of plain values on one line.
enum CatalogJSONPrinter {
    /// The JSON text of `value`, ending with a newline.
    static func print(_ value: CatalogFileValue) -> String {
        var output = ""
        self.append(value, indent: 0, to: &output)
        output.append("\n")
        return output
    }

    private static func append(_ value: CatalogFileValue, indent: Int, to output: inout String) {
        switch value {
        case .null: output.append("null")
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .number(let text): output.append(text)
        case .string(let text): self.appendString(text, to: &output)
        case .array(let elements):
            if elements.isEmpty {
                output.append("[]")
            } else if elements.allSatisfy(\.isScalar) {
                output.append("[")
                for (position, element) in elements.enumerated() {
                    if position > 0 { output.append(", ") }
                    self.append(element, indent: indent, to: &output)
                }
                output.append("]")
            } else {
                output.append("[\n")
                for (position, element) in elements.enumerated() {
                    output.append(String(repeating: " ", count: indent + 2))
                    self.append(element, indent: indent + 2, to: &output)
                    output.append(position < elements.count - 1 ? ",\n" : "\n")
                }
                output.append(String(repeating: " ", count: indent) + "]")
            }
        case .object(let members):
            if members.isEmpty {
                output.append("{}")
                return
            }
            output.append("{\n")
            for (position, member) in members.enumerated() {
                output.append(String(repeating: " ", count: indent + 2))
                self.appendString(member.key, to: &output)
                output.append(": ")
                self.append(member.value, indent: indent + 2, to: &output)
                output.append(position < members.count - 1 ? ",\n" : "\n")
            }
            output.append(String(repeating: " ", count: indent) + "}")
        }
    }

    private static func appendString(_ text: String, to output: inout String) {
        output.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case "\u{08}": output.append("\\b")
            case "\u{0C}": output.append("\\f")
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: output.unicodeScalars.append(scalar)
            }
        }
        output.append("\"")
    }
}

extension CatalogFileValue {
    /// Whether the value is neither a list nor an object.
    var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }
}
