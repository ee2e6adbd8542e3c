import Hummingbird
import KardCore
import KardModels

/// The per-item errors of a v2 batch request (`{"data": [...]}`), each naming the item's `id` and pointing into
/// the document, and the status the answer takes: 2xx when every item is accepted, 207 when some are, otherwise
/// 409 when every refusal is a conflict and 400 for the rest.
struct BatchErrors {
    private(set) var errors: [ErrorObject] = []
    private(set) var accepted = 0

    /// Splits a decoded batch into its well-formed items (with their index) and errors for the malformed ones.
    /// - Parameter hint: the detail shown when the decoder cannot say which attribute is wrong.
    mutating func wellFormed<Item>(_ document: BatchDocument<Item>, hint: String) -> [(index: Int, item: Item)] {
        var items: [(index: Int, item: Item)] = []
        for (index, element) in document.data.enumerated() {
            switch element.result {
            case .success(let item):
                items.append((index, item))
            case .failure(let failure):
                self.errors += APIError(decoding: failure.error).errors.map { object in
                    var object = object
                    object.id = failure.id
                    object.source = object.source.map {
                        ErrorSource(pointer: failure.pointerPrefix + ($0.pointer ?? ""))
                    }
                    if object.source?.pointer?.isEmpty != false || object.source?.pointer == "/data/\(index)" {
                        object.source = ErrorSource(pointer: "/data/\(index)")
                        object.detail = hint
                    }
                    return object
                }
            }
        }
        return items
    }

    /// Records an error found before the items reach the service (a wrong `type`).
    mutating func add(_ error: ErrorObject) {
        self.errors.append(error)
    }

    /// Counts an accepted item.
    mutating func accept() {
        self.accepted += 1
    }

    /// Records the refusal of the item at `index`; its fields point into `/data/{index}/attributes`, except `id`
    /// and `type`, which are members of the item itself.
    mutating func refuse(_ error: DomainError, index: Int, id: String?) {
        self.errors += APIError(error, pointerPrefix: "/data/\(index)/attributes").errors.map { object in
            var object = object
            object.id = id
            for field in ["id", "type"] where object.source?.pointer == "/data/\(index)/attributes/\(field)" {
                object.source = ErrorSource(pointer: "/data/\(index)/\(field)")
            }
            return object
        }
    }

    var isEmpty: Bool { self.errors.isEmpty }

    /// The status of a batch with errors: 207 when some items were accepted, 409 when all refusals are
    /// conflicts, 404 when all are unknown resources, 400 otherwise.
    var failureStatus: HTTPResponse.Status {
        if self.accepted > 0 { return HTTPResponse.Status(code: 207, reasonPhrase: "Multi-Status") }
        if self.errors.allSatisfy({ $0.status == "409" }) { return .conflict }
        if self.errors.allSatisfy({ $0.status == "404" }) { return .notFound }
        return .badRequest
    }

    /// The answer when nothing was accepted.
    var failureResponse: Response {
        JSONResponse.make(ErrorResponse(errors: self.errors), status: self.failureStatus)
    }
}
