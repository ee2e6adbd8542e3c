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
        var errors = BatchErrors()
        let decoded = errors.wellFormed(
            body,
            hint: "An attribute of this event has the wrong type or form (amounts are whole cents)."
        )
        let outcomes = try await self.ingestion.ingest(decoded.map(\.item.input), in: organization.id)
        for ((index, resource), outcome) in zip(decoded, outcomes) {
            if case .refused(let error) = outcome {
                errors.refuse(error, index: index, id: resource.id)
            } else {
                errors.accept()
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
        if errors.accepted > 0 {
            return JSONResponse.make(
                TransactionsMultiStatusResponse(errors: errors.errors, data: job),
                status: errors.failureStatus
            )
        }
        return errors.failureResponse
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
