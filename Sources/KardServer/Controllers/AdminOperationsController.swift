import Foundation
import Hummingbird
import KardCore

/// The operator's admin API for what happens to transactions: explain a transaction, list the notification
/// outbox and the monitoring flags, work audits, run processing or a monitoring scan now, and move the sandbox
/// clock.
struct AdminOperationsController {
    let platform: Platform

    func addRoutes(to group: RouterGroup<KardRequestContext>) {
        group.get("/admin/organizations/:organizationId/transactions/:transactionId", use: self.explain)
        group.get("/admin/organizations/:organizationId/notifications", use: self.notifications)
        group.get("/admin/flags", use: self.flags)
        group.post("/admin/monitoring/scan", use: self.scan)
        group.post("/admin/transactions/process", use: self.process)
        group.get("/admin/audits", use: self.audits)
        group.get("/admin/audits/:auditId", use: self.audit)
        group.post("/admin/audits/:auditId/resolve", use: self.resolve)
        group.get("/admin/sandbox/clock", use: self.clock)
        group.post("/admin/sandbox/clock/advance", use: self.advanceClock)
    }

    /// The transaction's events, state, matching decision and ledger.
    @Sendable func explain(request: Request, context: KardRequestContext) async throws -> Response {
        let report = try await TransactionReport.load(
            try context.parameters.require("transactionId"),
            in: OrganizationID(try context.parameters.require("organizationId")),
            from: self.platform.store
        )
        return JSONResponse.make(report)
    }

    /// The organization's notifications in the order they were queued; `event`, `after` and `limit` (1–500).
    @Sendable func notifications(request: Request, context: KardRequestContext) async throws -> Response {
        let limit = try request.integerQuery("limit", in: 1...500, default: 100)
        let event = try request.enumQuery("event", as: NotificationEvent.self)
        let after = try Self.sequence(request.stringQuery("after"), name: "after")
        let found = try await self.platform.store.notifications(
            in: OrganizationID(try context.parameters.require("organizationId")),
            event: event,
            afterSequence: after,
            limit: limit
        )
        return JSONResponse.make(
            AdminViews.NotificationList(
                data: found.map(AdminViews.Notification.init),
                nextAfter: found.count == limit ? found.last?.sequence : nil
            )
        )
    }

    /// Monitoring flags, newest first; `organizationId` and `limit` (1–500).
    @Sendable func flags(request: Request, context: KardRequestContext) async throws -> Response {
        let flags = try await self.platform.store.transactionFlags(
            in: request.stringQuery("organizationId").map(OrganizationID.init),
            limit: try request.integerQuery("limit", in: 1...500, default: 100)
        )
        return JSONResponse.make(AdminViews.FlagList(data: flags.map(AdminViews.Flag.init)))
    }

    /// Scans a UTC day (`day=2026-11-22`, default today) for daily volume and returns, now.
    @Sendable func scan(request: Request, context: KardRequestContext) async throws -> Response {
        var date = self.platform.clock.now()
        if let day = request.stringQuery("day") {
            guard let parsed = try? Date("\(day)T00:00:00Z", strategy: .iso8601) else {
                throw APIError(.badRequest, detail: "day must be a date such as 2026-11-22.", parameter: "day")
            }
            date = parsed
        }
        let flags = try await self.platform.monitor.scan(dayOf: date)
        return JSONResponse.make(AdminViews.FlagList(data: flags.map(AdminViews.Flag.init)))
    }

    /// Processes the inbox now, instead of waiting for the background service.
    @Sendable func process(request: Request, context: KardRequestContext) async throws -> Response {
        let processed = try await self.platform.processor.processPending()
        let pending = try await self.platform.store.unprocessedEventCount()
        return JSONResponse.make(AdminViews.ProcessingResult(processed: processed, pending: pending))
    }

    /// Audits newest first; `organizationId`, `status`, `before` (an audit id) and `limit` (1–500).
    @Sendable func audits(request: Request, context: KardRequestContext) async throws -> Response {
        let limit = try request.integerQuery("limit", in: 1...500, default: 100)
        let audits = try await self.platform.store.audits(
            in: request.stringQuery("organizationId").map(OrganizationID.init),
            status: try request.enumQuery("status", as: AuditStatus.self),
            beforeID: request.stringQuery("before"),
            limit: limit
        )
        return JSONResponse.make(
            AdminViews.AuditList(
                data: audits.map(AdminViews.Audit.init),
                nextBefore: audits.count == limit ? audits.last?.auditID : nil
            )
        )
    }

    @Sendable func audit(request: Request, context: KardRequestContext) async throws -> Response {
        let audit = try await self.platform.audits.audit(try context.parameters.require("auditId"), in: nil)
        return JSONResponse.make(AdminViews.Audit(audit))
    }

    /// Moves an audit to `IN_PROGRESS`, or closes it with a resolution code, optionally correcting the reward.
    @Sendable func resolve(request: Request, context: KardRequestContext) async throws -> Response {
        let body = try await request.decodeJSON(AdminViews.AuditResolution.self, context: context)
        let audit = try await self.platform.audits.resolve(
            try context.parameters.require("auditId"),
            in: nil,
            AuditDecision(
                status: body.status,
                resolutionCode: body.resolutionCode,
                resolutionDescription: body.resolutionDescription,
                adjustmentCents: body.adjustmentCents,
                offerID: body.offerId.map(OfferID.init)
            )
        )
        return JSONResponse.make(AdminViews.Audit(audit))
    }

    @Sendable func clock(request: Request, context: KardRequestContext) async throws -> Response {
        JSONResponse.make(self.clockView())
    }

    /// Moves the sandbox clock forward (`{"by": "45d"}`; units d, h, m, s). Refused in production mode.
    @Sendable func advanceClock(request: Request, context: KardRequestContext) async throws -> Response {
        guard let clock = self.platform.sandboxClock else {
            throw APIError(.conflict, detail: "The clock can be moved in sandbox mode only (KARD_MODE=sandbox).")
        }
        let body = try await request.decodeJSON(AdminViews.ClockAdvance.self, context: context)
        guard let seconds = SandboxClock.seconds(in: body.by) else {
            throw APIError(
                .badRequest,
                detail: "by must be a positive duration such as 45d, 12h, 30m or 90s.",
                pointer: "/by"
            )
        }
        _ = try await clock.advance(by: seconds, settings: self.platform.store)
        return JSONResponse.make(self.clockView())
    }

    private func clockView() -> AdminViews.Clock {
        AdminViews.Clock(
            now: self.platform.clock.now(),
            offsetSeconds: self.platform.sandboxClock?.offset ?? 0,
            mode: self.platform.sandboxClock == nil ? "production" : "sandbox"
        )
    }

    private static func sequence(_ text: String?, name: String) throws -> Int64? {
        guard let text else { return nil }
        guard let value = Int64(text), value >= 0 else {
            throw APIError(
                .badRequest,
                detail: "\(name) must be a sequence number from a previous page.",
                parameter: name
            )
        }
        return value
    }
}
