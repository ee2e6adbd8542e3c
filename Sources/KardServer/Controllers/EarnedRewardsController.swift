import Foundation
import Hummingbird
import KardCore
import KardModels

/// `GET /v2/issuers/{organizationId}/users/{userId}/earned-rewards`: a cardholder's rewards from the ledger,
/// newest first. `filter[status]` `SETTLED` (default: one item per settlement that earned a reward) or `APPROVED`
/// (approvals not settled or rejected yet); `filter[range]` `12M` (default), `6M`, `3M` or `YTD`;
/// `filter[paidInFullOnly]`; `include=merchant,offer`; `page[size]` (1–100, default 10), `page[after]`,
/// `page[before]`. `meta.lifetimeRewardsInCents` sums what the cardholder earned in the window, net of clawbacks
/// and adjustments (the Python SDK's definition).
struct EarnedRewardsController {
    let platform: Platform

    static let defaultPageSize = 10
    static let maximumPageSize = 100

    func addRoutes(to group: RouterGroup<KardRequestContext>) {
        group.get("/v2/issuers/:organizationId/users/:userId/earned-rewards", use: self.list)
    }

    @Sendable func list(request: Request, context: KardRequestContext) async throws -> Response {
        _ = try context.requireScope(.transactionRead)
        let organization = try await self.platform.organizations.pathOrganization(context)
        let userID = UserID(try context.parameters.require("userId"))
        guard try await !self.platform.store.existingUserIDs([userID], in: organization.id).isEmpty else {
            throw DomainError.notFound(resource: "user", id: userID.rawValue)
        }
        let status = try Self.status(request)
        let paidInFullOnly = try request.booleanQuery("filter[paidInFullOnly]") ?? false
        let since = try Self.windowStart(request, now: self.platform.clock.now())
        let include = Set(request.listQuery("include").flatMap { $0.split(separator: ",").map(String.init) })
        if let unknown = include.subtracting(["merchant", "offer"]).sorted().first {
            throw APIError(
                .badRequest,
                detail: "include takes merchant and offer; not \(unknown).",
                parameter: "include"
            )
        }
        let size = try request.integerQuery("page[size]", in: 1...Self.maximumPageSize, default: Self.defaultPageSize)
        let after = try Self.cursor(request, "page[after]", status: status)
        let before = try Self.cursor(request, "page[before]", status: status)
        if after != nil && before != nil {
            throw APIError(
                .badRequest,
                detail: "Send page[after] or page[before], not both.",
                parameter: "page[before]"
            )
        }
        var entries = try await self.platform.store.earnedRewards(
            EarnedRewardQuery(
                organizationID: organization.id,
                userID: userID,
                status: status,
                since: since,
                paidInFullOnly: paidInFullOnly,
                beforeSequence: after,
                afterSequence: before,
                limit: size + 1
            )
        )
        // One entry more than the page tells whether the list goes on in the direction read.
        let hasMore = entries.count > size
        if hasMore { entries = before == nil ? Array(entries.prefix(size)) : Array(entries.suffix(size)) }
        let hasNext = before == nil ? hasMore : true
        let hasPrevious = before == nil ? after != nil : hasMore
        let lifetime = try await self.platform.store.lifetimeRewardCents(
            of: userID,
            in: organization.id,
            since: since,
            paidInFullOnly: paidInFullOnly
        )
        let index = try await self.platform.catalogIndex.index()
        let links = PaginationLinks(
            selfLink: request.uri.path + (request.uri.query.map { "?" + $0 } ?? ""),
            prev: hasPrevious
                ? entries.first.map {
                    request.link(replacingPageWith: "page[before]", cursor: Self.encode($0.sequence, status: status))
                } : nil,
            next: hasNext
                ? entries.last.map {
                    request.link(replacingPageWith: "page[after]", cursor: Self.encode($0.sequence, status: status))
                } : nil
        )
        return JSONResponse.make(
            EarnedRewardsResponse(
                data: entries.map(Self.resource),
                links: links,
                meta: EarnedRewardsMeta(lifetimeRewardsInCents: Int(lifetime)),
                included: include.isEmpty ? nil : Self.included(entries, include: include, index: index)
            )
        )
    }

    /// The wire item of a ledger entry.
    static func resource(_ entry: RewardLedgerEntry) -> EarnedRewardResource {
        let relationships = EarnedRewardRelationships(
            userId: entry.userID.rawValue,
            merchantId: entry.merchantID.rawValue,
            offerId: entry.offerID.rawValue
        )
        if entry.movement == .approved {
            return .approved(
                ApprovedTransactionResource(
                    id: entry.entryID,
                    attributes: ApprovedTransactionAttributes(
                        transactionId: entry.transactionID,
                        transactionAmountInCents: Int(entry.transactionAmountCents),
                        transactionTimestamp: KardDate(entry.transactionDate)
                    ),
                    relationships: relationships
                )
            )
        }
        return .rewarded(
            RewardedTransactionResource(
                id: entry.entryID,
                attributes: RewardedTransactionAttributes(
                    transactionId: entry.transactionID,
                    transactionAmountInCents: Int(entry.transactionAmountCents),
                    transactionTimestamp: KardDate(entry.transactionDate),
                    paidToIssuer: PaidToIssuerStatus(rawValue: entry.payment.rawValue),
                    commissionEarned: CommissionEarned(user: CommissionValue(value: Int(entry.userCents))),
                    payoutTimestamp: entry.paidAt.map(KardDate.init)
                ),
                relationships: relationships
            )
        )
    }

    /// The merchants and offers of the page's entries, each once, in order of first appearance.
    static func included(_ entries: [RewardLedgerEntry], include: Set<String>, index: CatalogIndex)
        -> [EarnedRewardIncludedResource]
    {
        var included: [EarnedRewardIncludedResource] = []
        var seen: Set<String> = []
        for entry in entries {
            if include.contains("merchant"), seen.insert("merchant/\(entry.merchantID)").inserted,
                let merchant = index.merchants[entry.merchantID]
            {
                let assets = [
                    merchant.logoURL.map { MerchantAsset(type: .imageView, url: $0, alt: merchant.name) },
                    merchant.bannerURL.map { MerchantAsset(type: .bannerView, url: $0, alt: merchant.name) },
                ].compactMap { $0 }
                included.append(
                    .merchant(
                        EarnedRewardMerchantResource(
                            id: merchant.id.rawValue,
                            attributes: EarnedRewardMerchantAttributes(name: merchant.name, assets: assets)
                        )
                    )
                )
            }
            if include.contains("offer"), seen.insert("offer/\(entry.offerID)").inserted,
                let offer = index.offers[entry.offerID]
            {
                included.append(
                    .offer(
                        EarnedRewardOfferResource(
                            id: offer.id.rawValue,
                            attributes: EarnedRewardOfferAttributes(
                                purchaseChannel: offer.purchaseChannels.map { OfferChannel(rawValue: $0.rawValue) }
                            )
                        )
                    )
                )
            }
        }
        return included
    }

    static func status(_ request: Request) throws -> EarnedRewardQuery.Status {
        switch request.stringQuery("filter[status]")?.uppercased() {
        case nil, "SETTLED": return .settled
        case "APPROVED": return .approved
        case let other?:
            throw APIError(
                .badRequest,
                detail: "filter[status] must be APPROVED or SETTLED; not \(other).",
                parameter: "filter[status]"
            )
        }
    }

    /// The start of the `filter[range]` window (at most 12 months back).
    static func windowStart(_ request: Request, now: Date) throws -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        switch request.stringQuery("filter[range]")?.uppercased() {
        case nil, "12M": return calendar.date(byAdding: .month, value: -12, to: now) ?? now
        case "6M": return calendar.date(byAdding: .month, value: -6, to: now) ?? now
        case "3M": return calendar.date(byAdding: .month, value: -3, to: now) ?? now
        case "YTD":
            return calendar.date(from: DateComponents(year: calendar.component(.year, from: now), month: 1, day: 1))
                ?? now
        case let other?:
            throw APIError(
                .badRequest,
                detail: "filter[range] must be 12M, 6M, 3M or YTD; not \(other).",
                parameter: "filter[range]"
            )
        }
    }

    static func encode(_ sequence: Int64, status: EarnedRewardQuery.Status) -> String {
        PageCursor.encode("earned-rewards\u{1E}\(status.rawValue)\u{1E}\(sequence)")
    }

    static func cursor(_ request: Request, _ name: String, status: EarnedRewardQuery.Status) throws -> Int64? {
        guard let cursor = request.stringQuery(name) else { return nil }
        let parts = PageCursor.decode(cursor)?.split(separator: "\u{1E}") ?? []
        guard parts.count == 3, parts[0] == "earned-rewards", parts[1] == status.rawValue,
            let sequence = Int64(parts[2])
        else {
            throw APIError(
                .badRequest,
                detail: "\(name) is not a cursor of this list with this filter[status]; take it from links.",
                parameter: name
            )
        }
        return sequence
    }
}
