import Foundation
import Hummingbird
import HummingbirdTesting
import KardModels
import Testing

@testable import KardServer

@Suite("Issuer and child organizations")
struct ChildOrganizationsTests {
    @Test("GET /v2/issuer describes the caller's organization")
    func issuer() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer("acme_bank")
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            let answer = try await client.call(.get, "/v2/issuer", token: token).decode(OrganizationResource.self)
            #expect(answer.type == "organization")
            #expect(answer.id == issuer.organizationId)
            #expect(answer.attributes.name == "ACME_BANK")
            #expect(answer.attributes.enrolledRewards == ["CARDLINKED"])
            #expect(answer.attributes.cardNetworks == ["VISA", "MASTERCARD", "AMERICAN_EXPRESS", "DISCOVER"])
            #expect(answer.attributes.cardlinkedCommissionSplit == 70)
        }
    }

    @Test("Children are created with 8-digit ids, listed in pages, renamed and deleted")
    func childLifecycle() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        let base = "/v2/issuers/\(issuer.organizationId)/children"
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            var ids: [String] = []
            for name in ["Alpha Bank", "Beta Bank", "Gamma Bank"] {
                let answer = try await client.call(
                    .post,
                    base,
                    token: token,
                    json:
                        #"{"data":{"type":"organization","attributes":{"name":"\#(name)","externalId":"ext-\#(name.prefix(1))","bins":["411111"]}}}"#
                )
                #expect(answer.status == .created)
                let child = try answer.decode(ChildOrganizationResource.self)
                #expect(child.id.count == 8 && child.id.allSatisfy(\.isNumber))
                #expect(child.attributes.bins == ["411111"])
                ids.append(child.id)
            }
            var seen: [String] = []
            var next: String? = base + "?page[size]=2"
            while let uri = next {
                let page = try await client.call(.get, uri, token: token).decode(ChildOrganizationList.self)
                #expect(page.data.count <= 2)
                seen += page.data.map(\.id)
                #expect(page.meta?.hasNextPage == (page.links?.next != nil))
                next = page.links?.next
            }
            #expect(seen == ids.sorted())

            let uri = "\(base)/\(ids[0])"
            let renamed = try await client.call(
                .patch,
                uri,
                token: token,
                json: #"{"data":{"type":"organization","attributes":{"name":"Renamed Bank"}}}"#
            )
            #expect(try renamed.decode(ChildOrganizationResource.self).attributes.name == "Renamed Bank")
            let read = try await client.call(.get, uri, token: token).decode(ChildOrganizationResource.self)
            #expect(read.attributes.name == "Renamed Bank")
            #expect(read.attributes.externalId == "ext-A", "absent attributes keep their value")

            let deleted = try await client.call(.delete, uri, token: token)
            #expect(try deleted.decode(DeletedResourceResponse.self).data.id == ids[0])
            #expect(try await client.call(.get, uri, token: token).status == .notFound)
        }
    }

    @Test("Names follow the v2 rules; duplicates are conflicts; a child inherits the parent's BINs")
    func validation() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        let base = "/v2/issuers/\(issuer.organizationId)/children"
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            for name in ["123", "Bank #1", ""] {
                let answer = try await client.call(
                    .post,
                    base,
                    token: token,
                    json: #"{"data":{"type":"organization","attributes":{"name":"\#(name)"}}}"#
                )
                #expect(answer.status == .badRequest, "\(name)")
                #expect(try answer.errors.first?.source?.pointer == "/data/attributes/name")
            }
            let badBIN = try await client.call(
                .post,
                base,
                token: token,
                json: #"{"data":{"type":"organization","attributes":{"name":"Good Name","bins":["4111111111111111"]}}}"#
            )
            #expect(try badBIN.errors.first?.source?.pointer == "/data/attributes/bins/0")
            let first = try await client.call(
                .post,
                base,
                token: token,
                json: #"{"data":{"type":"organization","attributes":{"name":"Twin"}}}"#
            )
            #expect(try first.decode(ChildOrganizationResource.self).attributes.bins == [])
            let twin = try await client.call(
                .post,
                base,
                token: token,
                json: #"{"data":{"type":"organization","attributes":{"name":"twin"}}}"#
            )
            #expect(twin.status == .conflict)
            let badPage = try await client.call(.get, base + "?page[size]=0", token: token)
            #expect(try badPage.errors.first?.source?.parameter == "page[size]")
        }
    }

    @Test("Deleting a child removes its users")
    func deletingChildRemovesUsers() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            let child = try await client.call(
                .post,
                "/v2/issuers/\(issuer.organizationId)/children",
                token: token,
                json: #"{"data":{"type":"organization","attributes":{"name":"Short Lived"}}}"#
            ).decode(ChildOrganizationResource.self)
            try await client.enroll("member", in: child.id, token: token)
            _ = try await client.call(
                .delete,
                "/v2/issuers/\(issuer.organizationId)/children/\(child.id)",
                token: token
            )
            let user = try await test.platform.store.user(.init("member"), in: .init(child.id))
            #expect(user == nil)
        }
    }
}
