import Foundation

/// A `{"data": [...]}` batch whose items are decoded one by one, so that a malformed item is refused on its own
/// (with its `id` when it has one) instead of failing the whole request.
struct BatchDocument<Item: Decodable & Sendable>: Decodable, Sendable {
    var data: [BatchItem<Item>]

    init(data: [BatchItem<Item>]) {
        self.data = data
    }

    /// Decodes a batch. Some malformed values (a fraction where whole cents are expected) make the JSON decoder
    /// fail the whole document; then the items are decoded one by one, so that only the bad one is refused.
    static func decode(from data: Data) throws -> BatchDocument {
        let document: BatchDocument
        do {
            document = try JSONDecoder().decode(BatchDocument.self, from: data)
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            return try self.decodingItemsSeparately(data, context: context)
        }
        let unlocated = document.data.contains { item in
            if case .failure(let failure) = item.result, case .dataCorrupted(let context) = failure.error {
                return context.codingPath.isEmpty
            }
            return false
        }
        guard unlocated else { return document }
        return try self.decodingItemsSeparately(
            data,
            context: DecodingError.Context(codingPath: [], debugDescription: "An item could not be decoded.")
        )
    }

    /// Decodes every item on its own, to locate problems the decoder reports without a path.
    private static func decodingItemsSeparately(_ data: Data, context: DecodingError.Context) throws -> BatchDocument {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let items = object["data"] as? [Any]
        else { throw DecodingError.dataCorrupted(context) }
        return BatchDocument(
            data: items.enumerated().map { index, item in
                let id = (item as? [String: Any])?["id"] as? String
                let prefix = "/data/\(index)"
                do {
                    let itemData = try JSONSerialization.data(withJSONObject: item, options: [.fragmentsAllowed])
                    var decoded = try JSONDecoder().decode(BatchItem<Item>.self, from: itemData)
                    if case .failure(let failure) = decoded.result {
                        decoded.result = .failure(Self.located(failure.error, in: item, id: id, prefix: prefix))
                    }
                    return decoded
                } catch let error as DecodingError {
                    return BatchItem(result: .failure(Self.located(error, in: item, id: id, prefix: prefix)))
                } catch {
                    return BatchItem(result: .failure(Self.located(context.asError, in: item, id: id, prefix: prefix)))
                }
            }
        )
    }
}

extension BatchDocument {
    /// The failure of an item decoded on its own. When the decoder could not say where the problem is, the usual
    /// cause is a fraction where a whole number belongs, and that is looked for.
    static func located(_ error: DecodingError, in item: Any, id: String?, prefix: String) -> ItemDecodingFailure {
        if case .dataCorrupted(let context) = error, context.codingPath.isEmpty, let path = self.firstFraction(in: item)
        {
            let located = DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: path, debugDescription: "Expected a whole number.")
            )
            return ItemDecodingFailure(id: id, error: located, pointerPrefix: prefix)
        }
        return ItemDecodingFailure(id: id, error: error, pointerPrefix: prefix)
    }

    /// The coding path of the first number with a fractional part in a JSON value, if any.
    static func firstFraction(in value: Any, path: [AnyCodingKey] = []) -> [AnyCodingKey]? {
        switch value {
        case let object as [String: Any]:
            for key in object.keys.sorted() {
                if let found = self.firstFraction(in: object[key] as Any, path: path + [AnyCodingKey(key)]) {
                    return found
                }
            }
            return nil
        case let array as [Any]:
            for (index, element) in array.enumerated() {
                if let found = self.firstFraction(in: element, path: path + [AnyCodingKey(String(index))]) {
                    return found
                }
            }
            return nil
        case let double as Double:
            return double.rounded() == double ? nil : path
        case let number as NSNumber where !(number is Bool):
            return number.doubleValue.rounded() == number.doubleValue ? nil : path
        default:
            return nil
        }
    }
}

extension DecodingError.Context {
    /// A data-corrupted error with this context.
    var asError: DecodingError { .dataCorrupted(self) }
}

/// One item of a ``BatchDocument``: the decoded value, or why it could not be decoded.
struct BatchItem<Item: Decodable & Sendable>: Decodable, Sendable {
    var result: Result<Item, ItemDecodingFailure>

    init(result: Result<Item, ItemDecodingFailure>) {
        self.result = result
    }

    init(from decoder: any Decoder) throws {
        do {
            self.result = .success(try Item(from: decoder))
        } catch let error as DecodingError {
            let id = try? decoder.container(keyedBy: AnyCodingKey.self).decode(String.self, forKey: AnyCodingKey("id"))
            self.result = .failure(ItemDecodingFailure(id: id, error: error))
        }
    }
}

/// An item that is not the expected JSON, and the id it carried, if any.
struct ItemDecodingFailure: Error, Sendable {
    var id: String?
    var error: DecodingError
    /// What the error's pointer is relative to (empty when the item was decoded inside the whole document).
    var pointerPrefix = ""
}

/// A coding key made from any string.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) {
        self.stringValue = string
    }

    init?(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        return nil
    }
}
