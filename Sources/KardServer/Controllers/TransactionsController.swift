import Foundation
import Hummingbird
import KardCore
import KardModels

/// Transaction ingestion: v2 `POST /v2/issuers/{organizationId}/transactions` and legacy
/// `POST /transactions/incoming`. An answer in the 2xx range means the accepted events are stored.
struct TransactionsController {
    let ingestion: TransactionIngestion
    let organizations: OrganizationService
    let ids: any IDGenerator

    func addRoutes(to group: RouterGroup<KardRequestContext>) {
        group.post("/v2/issuers/:organizationId/transactions", use: self.create)
        group.post("/transactions/incoming", use: self.incoming)
    }

    /// 202 when every event is accepted (or a repeat), 207 when some are refused, 409 when all refusals are
    /// conflicts, 400 otherwise. Each error names the event's `id`.
    @Sendable func create(request: Request, context: KardRequestContext) async throws -> Response {
        _ = try context.requireScope(.transactionWrite)
        let organization = try await self.organizations.pathOrganization(context)
        let body = try BatchDocument<TransactionResource>.decode(from: try await request.bodyData(context: context))
        guard (1...TransactionIngestion.maximumBatchSize).contains(body.data.count) else {
            throw APIError(
                .badRequest,
                detail:
                    "data must hold 1 to \(TransactionIngestion.maximumBatchSize) events; it holds \(body.data.count).",
                pointer: "/data"
            )
        }
        var errors: [ErrorObject] = []
        var decoded: [(index: Int, resource: TransactionResource)] = []
        for (index, item) in body.data.enumerated() {
            switch item.result {
            case .success(let resource):
                decoded.append((index, resource))
            case .failure(let failure):
                errors += APIError(decoding: failure.error).errors.map { object in
                    var object = object
                    object.id = failure.id
                    object.source = object.source.map {
                        ErrorSource(pointer: failure.pointerPrefix + ($0.pointer ?? ""))
                    }
                    if object.source?.pointer?.isEmpty != false || object.source?.pointer == "/data/\(index)" {
                        // The decoder could not say which attribute is wrong.
                        object.source = ErrorSource(pointer: "/data/\(index)")
                        object.detail =
                            "An attribute of this event has the wrong type or form (amounts are whole cents)."
                    }
                    return object
                }
            }
        }
        let outcomes = try await self.ingestion.ingest(decoded.map(\.resource.input), in: organization.id)
        var accepted = 0
        for ((index, resource), outcome) in zip(decoded, outcomes) {
            guard case .refused(let error) = outcome else {
                accepted += 1
                continue
            }
            errors += APIError(error, pointerPrefix: "/data/\(index)/attributes").errors.map { object in
                var object = object
                object.id = resource.id
                for field in ["id", "type"] where object.source?.pointer == "/data/\(index)/attributes/\(field)" {
                    object.source = ErrorSource(pointer: "/data/\(index)/\(field)")
                }
                return object
            }
        }
        let job = JobResource(
            id: self.ids.uuid().uuidString.lowercased(),
            attributes: JobAttributes(
                status: "queued",
                message: "Incoming Transactions event successfully queued for processing"
            )
        )
        if errors.isEmpty {
            return JSONResponse.make(JobResponse(data: job), status: .accepted)
        }
        if accepted > 0 {
            return JSONResponse.make(
                TransactionsMultiStatusResponse(errors: errors, data: job),
                status: HTTPResponse.Status(code: 207, reasonPhrase: "Multi-Status")
            )
        }
        let status: HTTPResponse.Status = errors.allSatisfy { $0.status == "409" } ? .conflict : .badRequest
        return JSONResponse.make(ErrorResponse(errors: errors), status: status)
    }

    /// The legacy form: one object or an array. All events are checked first; an invalid one stores nothing.
    @Sendable func incoming(request: Request, context: KardRequestContext) async throws -> Response {
        let principal = try context.requireScope(.transactionWrite)
        let body = try await request.decodeJSON(LegacyIncomingTransactions.self, context: context)
        let items = body.transactions
        guard (1...TransactionIngestion.maximumBatchSize).contains(items.count) else {
            throw APIError(
                .badRequest,
                detail: "Send 1 to \(TransactionIngestion.maximumBatchSize) transactions; got \(items.count)."
            )
        }
        let outcomes = try await self.ingestion.ingest(
            items.map(\.input),
            in: principal.actingOrganizationID,
            allOrNothing: true
        )
        var problems: [String] = []
        var conflicts: [String] = []
        for (index, outcome) in outcomes.enumerated() {
            guard case .refused(let error) = outcome else { continue }
            let prefix = items.count > 1 ? "[\(index)] " : ""
            switch error {
            case .invalid(let issues):
                problems += issues.filter { !$0.field.isEmpty }.map {
                    prefix + Self.legacyField($0.field) + ": " + $0.detail
                }
            case .conflict(let detail):
                conflicts.append(prefix + detail)
            default:
                problems.append(prefix + "\(error)")
            }
        }
        if !problems.isEmpty {
            throw APIError(
                status: .badRequest,
                errors: problems.map { ErrorObject(status: "400", title: "Invalid Request", detail: $0) }
            )
        }
        if !conflicts.isEmpty { throw APIError(.conflict, detail: conflicts.joined(separator: " ")) }
        return JSONResponse.make("Transactions received: \(items.count).", status: .created)
    }

    /// The legacy name of a v2 field (`userId` is `referringPartnerUserId`, `merchant/addrCity` is
    /// `merchantAddrCity`).
    static func legacyField(_ field: String) -> String {
        switch field {
        case "userId": return "referringPartnerUserId"
        case "merchant/id": return "merchantId"
        case "merchant/name": return "merchantName"
        case "merchant/latitude": return "merchantLat"
        case "merchant/longitude": return "merchantLong"
        default:
            guard field.hasPrefix("merchant/") else { return field }
            let name = field.dropFirst("merchant/".count)
            return "merchant" + name.prefix(1).uppercased() + name.dropFirst()
        }
    }
}
