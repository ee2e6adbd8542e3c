import Foundation
import Hummingbird
import KardCore
import KardModels

/// Takes Marqeta transaction webhooks directly: `POST /v2/issuers/{organizationId}/marqeta/transactions`,
/// authenticated with an access token or, since Marqeta sends fixed credentials, HTTP Basic with the issuer's
/// client id and secret. Events are mapped with the integration guide's table and ingested like API events.
struct MarqetaController {
    let platform: Platform

    func addRoutes(to router: Router<KardRequestContext>) {
        router.post("/v2/issuers/:organizationId/marqeta/transactions", use: self.receive)
    }

    /// 200 with what became of each event. Event types Kard does not take are reported as skipped.
    @Sendable func receive(request: Request, context: KardRequestContext) async throws -> Response {
        var context = context
        context.principal = try await self.principal(request)
        _ = try context.requireScope(.transactionWrite)
        let organization = try await self.platform.organizations.pathOrganization(context)
        let webhook = try await request.decodeJSON(MarqetaWebhook.self, context: context)
        guard webhook.transactions.count <= TransactionIngestion.maximumBatchSize else {
            throw APIError(
                .badRequest,
                detail: "At most \(TransactionIngestion.maximumBatchSize) transactions per call."
            )
        }
        var inputs: [TransactionInput] = []
        var skipped: [String] = []
        for transaction in webhook.transactions {
            if let status = transaction.status {
                inputs.append(transaction.input(status: status))
            } else {
                skipped.append(transaction.token)
            }
        }
        let outcomes = try await self.platform.ingestion.ingest(inputs, in: organization.id)
        var summary = MarqetaSummary(skipped: skipped)
        for (input, outcome) in zip(inputs, outcomes) {
            let token = String(input.eventID.dropFirst("marqeta:".count))
            switch outcome {
            case .accepted: summary.accepted.append(token)
            case .repeated: summary.repeated.append(token)
            case .refused(let error):
                summary.refused.append(
                    MarqetaSummary.Refusal(
                        token: token,
                        errors: APIError(error, pointerPrefix: "").errors.map(\.detail)
                    )
                )
            }
        }
        return JSONResponse.make(summary)
    }

    /// The caller, from a bearer token or from HTTP Basic client credentials.
    private func principal(_ request: Request) async throws -> Principal {
        let header = request.headers[.authorization] ?? ""
        if let basic = AuthController.basicCredentials(header) {
            let credential = try await ClientAuthenticator(platform: self.platform).verify(basic.id, basic.secret)
            return Principal(
                organizationID: credential.organizationID,
                clientID: credential.clientID,
                scopes: Set(credential.scopes)
            )
        }
        return try await self.platform.tokens.principal(
            for: try AuthenticationMiddleware.accessToken(in: request.headers)
        )
    }
}

/// What became of the events of one Marqeta webhook call.
struct MarqetaSummary: Encodable {
    var accepted: [String] = []
    var repeated: [String] = []
    var skipped: [String]
    var refused: [Refusal] = []

    struct Refusal: Encodable {
        var token: String
        var errors: [String]
    }
}
