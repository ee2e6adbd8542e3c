import Foundation
import Hummingbird
import HummingbirdTesting
import KardCore
import KardModels
import Testing

@testable import KardServer

@Suite("Admin catalog API")
struct AdminCatalogTests {
    static let adminToken = String(repeating: "a", count: 40)
    static let newCustomer = "sandbox-ACME-new-customer"

    static let newMerchantFile = #"""
        {"merchants":[{"id":"fresh-merchant","name":"Fresh Merchant","category":"Pets","source":"NATIONAL"}],
         "offers":[{"id":"fresh-offer","merchantId":"fresh-merchant","name":"Fresh Offer","purchaseChannels":["ONLINE"],
                    "commissionType":"PERCENT","totalCommission":"8","targeting":"everyone",
                    "startDate":"2026-01-01T00:00:00Z","expirationDate":"2027-12-31T00:00:00Z","terms":"Fresh terms."}]}
        """#

    @Test("Without a configured token the admin API is disabled; a wrong token is refused")
    func guarded() async throws {
        let test = try await TestPlatform()
        try await test.withClient(adminToken: nil) { client in
            let disabled = try await client.call(.get, "/admin/catalog", token: Self.adminToken)
            #expect(disabled.status == .forbidden)
        }
        try await test.withClient(adminToken: Self.adminToken) { client in
            #expect(try await client.call(.get, "/admin/catalog").status == .unauthorized)
            #expect(try await client.call(.get, "/admin/catalog", token: "wrong-token").status == .unauthorized)
            let issuer = try await test.issuer()
            let issuerToken = try await client.token(for: issuer)
            #expect(try await client.call(.get, "/admin/catalog", token: issuerToken).status == .unauthorized)
        }
    }

    @Test("Import shows new offers at once; a bad file reports every problem and writes nothing")
    func importAndRefuse() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.platform.createSandboxIssuer(name: "ACME")
        try await test.withClient(adminToken: Self.adminToken) { client in
            let token = try await client.token(for: issuer)
            let offersURI = "/v2/issuers/\(issuer.organizationId)/users/\(Self.newCustomer)/offers?page[size]=200"
            _ = try await client.call(.get, offersURI, token: token)  // warm the index

            let imported = try await client.call(
                .post,
                "/admin/catalog",
                token: Self.adminToken,
                json: Self.newMerchantFile
            )
            #expect(imported.status == .ok, "\(imported.text)")
            let offers = try await client.call(.get, offersURI, token: token).decode(OffersResponse.self)
            let fresh = try #require(offers.data.first { $0.id == "fresh-offer" })
            #expect(fresh.attributes.userReward.value == 2.8)

            let again = try await client.call(
                .post,
                "/admin/catalog",
                token: Self.adminToken,
                json: Self.newMerchantFile
            )
            let summary = try JSONSerialization.jsonObject(with: again.body) as? [String: Any]
            #expect(summary?["unchanged"] as? Int == 2)
            #expect(summary?["written"] as? Bool == false)

            let broken = Self.newMerchantFile.replacingOccurrences(of: "\"Pets\"", with: "\"Cars\"")
                .replacingOccurrences(of: "2027-12-31T00:00:00Z", with: "2025-12-31T00:00:00Z")
                .replacingOccurrences(of: "fresh-merchant\",\"name\"", with: "other-merchant\",\"name\"")
            let refused = try await client.call(.post, "/admin/catalog", token: Self.adminToken, json: broken)
            #expect(refused.status == .badRequest)
            #expect(try refused.errors.count >= 2)
            let stored = try await test.platform.store.loadCatalog()
            #expect(!stored.merchants.contains { $0.id.rawValue == "other-merchant" })
        }
    }

    @Test("Put one offer, expire it, and export the catalog")
    func singleOffers() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.platform.createSandboxIssuer(name: "ACME")
        try await test.withClient(adminToken: Self.adminToken) { client in
            let token = try await client.token(for: issuer)
            let offersURI = "/v2/issuers/\(issuer.organizationId)/users/\(Self.newCustomer)/offers?page[size]=200"
            let offer = #"""
                {"id":"single-offer","merchantId":"\#(SandboxCatalog.baasProShopsID)","name":"Single Offer","purchaseChannels":["ONLINE"],
                 "commissionType":"FLAT","totalCommission":1000,"startDate":"2026-01-01T00:00:00Z","expirationDate":"2027-12-31T00:00:00Z",
                 "terms":"One offer."}
                """#
            let created = try await client.call(.put, "/admin/offers/single-offer", token: Self.adminToken, json: offer)
            #expect(created.status == .created, "\(created.text)")
            let updated = try await client.call(
                .put,
                "/admin/offers/single-offer",
                token: Self.adminToken,
                json: offer.replacingOccurrences(of: "One offer.", with: "Changed terms.")
            )
            #expect(updated.status == .ok)
            let listed = try await client.call(.get, offersURI, token: token).decode(OffersResponse.self)
            #expect(listed.data.first { $0.id == "single-offer" }?.attributes.terms == "Changed terms.")
            let mismatch = try await client.call(.put, "/admin/offers/another-id", token: Self.adminToken, json: offer)
            #expect(mismatch.status == .badRequest)

            let expired = try await client.call(.post, "/admin/offers/single-offer/expire", token: Self.adminToken)
            #expect(expired.status == .ok)
            let after = try await client.call(.get, offersURI, token: token).decode(OffersResponse.self)
            #expect(!after.data.contains { $0.id == "single-offer" })
            #expect(
                try await client.call(.post, "/admin/offers/nope/expire", token: Self.adminToken).status == .notFound
            )

            let csv = try await client.call(.get, "/admin/catalog?format=csv", token: Self.adminToken)
            #expect(csv.status == .ok)
            #expect(csv.text.hasPrefix("kind,"))
            #expect(csv.text.contains("single-offer"))
        }
    }
}
