import Foundation
import Hummingbird
import KardCore
import KardModels

/// `POST /v2/issuers/{organizationId}/fraud`: the issuer flags submitted transactions as fraudulent, which stops
/// them from being rewarded (and takes back a reward they earned). Answers 201 echoing the markers, 207 when
/// some are refused, 400 when none is stored.
struct FraudController {
    let platform: Platform

    static let maximumBatchSize = 500

    func addRoutes(to group: RouterGroup<KardRequestContext>) {
        group.post("/v2/issuers/:organizationId/fraud", use: self.create)
    }

    @Sendable func create(request: Request, context: KardRequestContext) async throws -> Response {
        _ = try context.requireScope(.transactionWrite)
        let organization = try await self.platform.organizations.pathOrganization(context)
        let body = try BatchDocument<FraudulentTransactionResource>.decode(
            from: try await request.bodyData(context: context)
        )
        guard (1...Self.maximumBatchSize).contains(body.data.count) else {
            throw APIError(
                .badRequest,
                detail: "data must hold 1 to \(Self.maximumBatchSize) markers; it holds \(body.data.count).",
                pointer: "/data"
            )
        }
        var errors = BatchErrors()
        let decoded = errors.wellFormed(body, hint: "An attribute of this marker has the wrong type or form.")
        let results = try await self.platform.fraud.mark(
            decoded.map { FraudService.MarkerInput(transactionID: $0.item.id, userID: $0.item.attributes.userId) },
            in: organization.id
        )
        var stored: [FraudulentTransactionResource] = []
        for ((index, resource), result) in zip(decoded, results) {
            switch result {
            case .success:
                errors.accept()
                stored.append(resource)
            case .failure(let error):
                errors.refuse(error, index: index, id: resource.id)
            }
        }
        if errors.isEmpty { return JSONResponse.make(FraudMarkersResponse(data: stored), status: .created) }
        if errors.accepted > 0 {
            return JSONResponse.make(
                FraudMarkersResponse(data: stored, errors: errors.errors),
                status: errors.failureStatus
            )
        }
        return errors.failureResponse
    }
}
