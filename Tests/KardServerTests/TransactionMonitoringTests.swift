import Foundation
import Hummingbird
import HummingbirdTesting
import KardCore
import KardSQLite
import Logging
import Testing

@testable import KardServer

@Suite("Transaction monitoring")
struct TransactionMonitoringTests {
    static let adminToken = String(repeating: "m", count: 40)

    @Test("Too many transactions or returns in a day, and abnormal amounts, are flagged once and told to the issuer")
    func flags() async throws {
        let clock = ManualClock()
        let platform = try await Platform.prepare(
            store: try SQLiteStore(path: ":memory:"),
            tokenSecret: nil,
            clock: clock,
            monitoring: MonitoringThresholds(abnormalAmountCents: 50_000, dailyTransactions: 2, dailyReturns: 1),
            logger: Logger(label: "test")
        )
        let issuer = try await platform.createSandboxIssuer(name: "WATCH")
        let org = issuer.organizationId
        let user = "sandbox-WATCH-new-customer"
        let now = clock.now()
        let app = Application(router: buildRouter(platform: platform, adminToken: Self.adminToken))
        try await app.test(.router) { client in
            let token = try await client.token(for: issuer)
            let events = [
                TransactionProcessingTests.event(
                    "v1",
                    user: user,
                    transaction: "w1",
                    status: "SETTLED",
                    amount: 1_000,
                    on: now
                ),
                TransactionProcessingTests.event(
                    "v2",
                    user: user,
                    transaction: "w2",
                    status: "SETTLED",
                    amount: 60_000,
                    on: now
                ),
                TransactionProcessingTests.event(
                    "v3",
                    user: user,
                    transaction: "w3",
                    status: "RETURNED",
                    amount: 500,
                    on: now
                ),
                TransactionProcessingTests.event(
                    "v4",
                    user: user,
                    transaction: "w4",
                    status: "RETURNED",
                    amount: 700,
                    on: now
                ),
            ]
            let answer = try await client.call(
                .post,
                "/v2/issuers/\(org)/transactions",
                token: token,
                json: #"{"data":[\#(events.joined(separator: ","))]}"#
            )
            #expect(answer.status == .accepted, "\(answer.text)")
            let admin: HTTPFields = [.authorization: "Bearer \(Self.adminToken)"]
            let processed = try await client.call(.post, "/admin/transactions/process", headers: admin)
            #expect(processed.status == .ok)

            let scanned = try await client.call(.post, "/admin/monitoring/scan", headers: admin)
            let raised = try JSONDecoder.iso8601.decode(AdminViews.FlagList.self, from: scanned.body).data
            #expect(Set(raised.map(\.kind)) == [.dailyVolume, .dailyReturns])
            let again = try await client.call(.post, "/admin/monitoring/scan", headers: admin)
            #expect(try JSONDecoder.iso8601.decode(AdminViews.FlagList.self, from: again.body).data.isEmpty)

            let listed = try await client.call(.get, "/admin/flags?organizationId=\(org)", headers: admin)
            let flags = try JSONDecoder.iso8601.decode(AdminViews.FlagList.self, from: listed.body).data
            #expect(Set(flags.map(\.kind)) == [.dailyVolume, .dailyReturns, .abnormalAmount])
            #expect(flags.first { $0.kind == .abnormalAmount }?.transactionId == "w2")
            #expect(flags.allSatisfy { $0.userId == user })

            let notified = try await platform.store.notifications(
                in: OrganizationID(org),
                event: .failedTransaction,
                afterSequence: nil,
                limit: 10
            ).filter { $0.content.reason == "SUSPECTED_FRAUD" }
            #expect(notified.count == 3)
        }
    }
}
