import Foundation
import KardCore
import KardModels

/// Reads a line of an uploaded transaction file as a v2 transaction resource, exactly as an item of the `data`
/// array of `POST /v2/issuers/{organizationId}/transactions`. A line that is not one is refused with pointers into
/// it (`/attributes/amount`), like a malformed item of a batch.
struct WireTransactionLineDecoder: TransactionLineDecoder {
    func decode(_ line: Data) -> Result<TransactionInput, TransactionLineFailure> {
        let error: DecodingError
        do {
            return .success(try JSONDecoder().decode(TransactionResource.self, from: line).input)
        } catch let decoding as DecodingError {
            error = decoding
        } catch {
            return .failure(Self.failure(id: nil, "The line could not be read as a transaction resource."))
        }
        guard let object = try? JSONSerialization.jsonObject(with: line, options: [.fragmentsAllowed]) else {
            return .failure(Self.failure(id: nil, "The line is not valid JSON."))
        }
        guard let dictionary = object as? [String: Any] else {
            return .failure(
                Self.failure(id: nil, "The line is not a JSON object: write one transaction resource per line.")
            )
        }
        let id = dictionary["id"] as? String
        let located = BatchDocument<TransactionResource>.located(error, in: object, id: id, prefix: "").error
        if case .dataCorrupted(let context) = located, context.codingPath.isEmpty {
            return .failure(Self.failure(id: id, "The line could not be read as a transaction resource."))
        }
        let problems = APIError(decoding: located).errors.map { object in
            TransactionLineFailure.Problem(
                detail: object.detail,
                pointer: object.source?.pointer.flatMap { $0.isEmpty ? nil : $0 }
            )
        }
        return .failure(TransactionLineFailure(id: id, problems: problems))
    }

    private static func failure(id: String?, _ detail: String) -> TransactionLineFailure {
        TransactionLineFailure(id: id, problems: [.init(detail: detail, pointer: nil)])
    }
}
