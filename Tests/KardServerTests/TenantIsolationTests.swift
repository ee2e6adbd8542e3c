import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KardModels
import Testing

@testable import KardServer

@Suite("Tenant isolation")
struct TenantIsolationTests {
    /// Every route that takes an `{organizationId}`, with a body where it needs one.
    static let routes: [(HTTPRequest.Method, String, String?)] = [
        (.get, "/v2/issuers/ORG/children", nil),
        (.post, "/v2/issuers/ORG/children", #"{"data":{"type":"organization","attributes":{"name":"Intruder"}}}"#),
        (.get, "/v2/issuers/ORG/children/CHILD", nil),
        (
            .patch, "/v2/issuers/ORG/children/CHILD",
            #"{"data":{"type":"organization","attributes":{"name":"Renamed"}}}"#
        ),
        (.delete, "/v2/issuers/ORG/children/CHILD", nil),
        (
            .post, "/v2/issuers/ORG/users",
            #"{"data":[{"type":"user","id":"victim","attributes":{"enrolledRewards":["CARDLINKED"]}}]}"#
        ),
        (.get, "/v2/issuers/ORG/users/victim", nil),
        (
            .put, "/v2/issuers/ORG/users/victim",
            #"{"data":{"type":"user","id":"victim","attributes":{"enrolledRewards":[]}}}"#
        ),
        (.delete, "/v2/issuers/ORG/users/victim", nil),
        (.get, "/v2/issuers/ORG/users/victim/offers", nil),
        (.get, "/v2/issuers/ORG/users/victim/locations", nil),
        (.post, "/v2/issuers/ORG/users/victim/offers/any/activate", nil),
        (.post, "/v2/issuers/ORG/users/victim/offers/any/boost", nil),
        (
            .post, "/v2/issuers/ORG/users/victim/attributions",
            #"{"data":[{"type":"offerAttribution","attributes":{"entityId":"x","eventCode":"VIEW","medium":"BROWSE","eventDate":"2026-01-01T00:00:00Z"}}]}"#
        ),
        (.post, "/v2/issuers/ORG/transactions", TransactionsTests.body(TransactionsTests.event("t", user: "victim"))),
        (.get, "/v2/issuers/ORG/users/victim/earned-rewards", nil),
        (.post, "/v2/issuers/ORG/users/victim/audits", #"{"data":[\#(AuditsTests.audit())]}"#),
        (
            .post, "/v2/issuers/ORG/fraud",
            #"{"data":[{"type":"fraudulentTransaction","id":"t","attributes":{"userId":"victim"}}]}"#
        ),
    ]

    @Test("Another issuer's organization and an unknown one are refused alike, on every route")
    func otherIssuersAreRefused() async throws {
        let test = try await TestPlatform()
        let owner = try await test.issuer("OWNER")
        let intruder = try await test.issuer("INTRUDER")
        try await test.withClient { client in
            let ownerToken = try await client.token(for: owner)
            try await client.enroll("victim", in: owner.organizationId, token: ownerToken)
            let child = try await client.call(
                .post,
                "/v2/issuers/\(owner.organizationId)/children",
                token: ownerToken,
                json: #"{"data":{"type":"organization","attributes":{"name":"Owned Child"}}}"#
            )
            let childID = try child.decode(ChildOrganizationResource.self).id
            let intruderToken = try await client.token(for: intruder)

            for (method, template, body) in Self.routes {
                var answers: [String] = []
                for organization in [owner.organizationId, childID, "no-such-org"] {
                    let uri = template.replacingOccurrences(of: "ORG", with: organization)
                        .replacingOccurrences(of: "CHILD", with: childID)
                    let answer = try await client.call(method, uri, token: intruderToken, json: body)
                    #expect(answer.status == .forbidden, "\(method) \(uri)")
                    answers.append(try answer.errors.map(\.title).joined())
                }
                #expect(Set(answers).count == 1, "refusals must not tell existing organizations apart")
            }
            // Nothing changed for the owner.
            let user = try await client.call(
                .get,
                "/v2/issuers/\(owner.organizationId)/users/victim",
                token: ownerToken
            )
            #expect(user.status == .ok)
            #expect(try user.decode(UserDocument.self).data.attributes.enrolledRewards == ["CARDLINKED"])
            let children = try await client.call(
                .get,
                "/v2/issuers/\(owner.organizationId)/children",
                token: ownerToken
            )
            #expect(try children.decode(ChildOrganizationList.self).data.map(\.attributes.name) == ["Owned Child"])
        }
    }

    @Test("A parent acts for its children; a child's token cannot reach its parent")
    func parentAndChild() async throws {
        let test = try await TestPlatform()
        let parent = try await test.issuer("PARENT")
        try await test.withClient { client in
            let parentToken = try await client.token(for: parent)
            let created = try await client.call(
                .post,
                "/v2/issuers/\(parent.organizationId)/children",
                token: parentToken,
                json: #"{"data":{"type":"organization","attributes":{"name":"Child Bank"}}}"#
            )
            let childID = try created.decode(ChildOrganizationResource.self).id
            try await client.enroll("child-user", in: childID, token: parentToken)

            let childToken = try await client.token(for: parent, targetIssuer: childID)
            let own = try await client.call(.get, "/v2/issuers/\(childID)/users/child-user", token: childToken)
            #expect(own.status == .ok)
            let issuer = try await client.call(.get, "/v2/issuer", token: childToken)
            #expect(try issuer.decode(OrganizationResource.self).id == childID)
            let up = try await client.call(.get, "/v2/issuers/\(parent.organizationId)/children", token: childToken)
            #expect(up.status == .forbidden)
        }
    }

    @Test("X-Kard-Target-Issuer cannot name an organization the client does not manage")
    func targetIssuerMustBeAChild() async throws {
        let test = try await TestPlatform()
        let first = try await test.issuer("FIRST")
        let second = try await test.issuer("SECOND")
        try await test.withClient { client in
            let answer = try await client.call(
                .post,
                "/v2/auth/token",
                json: #"{"client_id":"\#(first.clientId)","client_secret":"\#(first.clientSecret)"}"#,
                headers: [HTTPField.Name("X-Kard-Target-Issuer")!: second.organizationId]
            )
            #expect(answer.status == .forbidden)
            let token = try await client.token(for: first)
            let legacy = try await client.call(
                .delete,
                "/users/users/anyone",
                token: token,
                headers: [HTTPField.Name("X-Kard-Target-Issuer")!: second.organizationId]
            )
            #expect(legacy.status == .forbidden)
        }
    }
}
