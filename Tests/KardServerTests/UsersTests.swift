import Foundation
import Hummingbird
import HummingbirdTesting
import KardModels
import Testing

@testable import KardServer

@Suite("v2 users")
struct UsersTests {
    @Test("Enroll, read, update, unenroll, delete and enroll again")
    func lifecycle() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        let org = issuer.organizationId
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            let created = try await client.call(
                .post,
                "/v2/issuers/\(org)/users",
                token: token,
                json: #"""
                    {"data":[{"type":"user","id":"1234567890","attributes":{"zipCode":"11238","enrolledRewards":["CARDLINKED"],
                    "email":"jane@example.com","hashedEmail":"D6117306485ED0E50AFAB3AC871E98F81699151F30281527D63FF5F233656C69",
                    "phoneNumber":"+14155550123","birthYear":"1990","phoneNumbers":[{"number":"+14155550124","type":"WORK"}],
                    "postalCodes":[{"code":"10001","type":"BILLING"}]}}]}
                    """#
            )
            #expect(created.status == .created)
            let echoed = try created.decode(UserListDocument.self).data
            #expect(echoed.map(\.id) == ["1234567890"])
            #expect(
                echoed.first?.attributes.hashedEmail
                    == "d6117306485ed0e50afab3ac871e98f81699151f30281527d63ff5f233656c69"
            )

            let uri = "/v2/issuers/\(org)/users/1234567890"
            let read = try await client.call(.get, uri, token: token).decode(UserDocument.self).data
            #expect(read.type == "user")
            #expect(read.attributes.zipCode == "11238")
            #expect(read.attributes.email == "jane@example.com")
            #expect(read.attributes.phoneNumbers == [UserPhoneNumber(number: "+14155550124", type: "WORK")])
            #expect(read.attributes.postalCodes == [UserPostalCode(code: "10001", type: "BILLING")])
            #expect(read.attributes.historicalTransactionsSent == false)

            let updated = try await client.call(
                .put,
                uri,
                token: token,
                json:
                    #"{"data":{"type":"user","id":"1234567890","attributes":{"enrolledRewards":["CARDLINKED"],"zipCode":"30047"}}}"#
            )
            #expect(updated.status == .ok)
            let afterUpdate = try updated.decode(UserDocument.self).data.attributes
            #expect(afterUpdate.zipCode == "30047")
            #expect(afterUpdate.email == "jane@example.com", "absent fields keep their value")

            let unenrolled = try await client.call(
                .put,
                uri,
                token: token,
                json: #"{"data":{"type":"user","id":"1234567890","attributes":{"enrolledRewards":[]}}}"#
            )
            #expect(try unenrolled.decode(UserDocument.self).data.attributes.enrolledRewards == [])
            #expect(try await client.call(.get, uri, token: token).status == .ok, "unenrolling keeps the user")

            let deleted = try await client.call(.delete, uri, token: token)
            #expect(deleted.status == .ok)
            let stub = try deleted.decode(DeletedResourceResponse.self).data
            #expect(stub.type == "user" && stub.id == "1234567890")
            let gone = try await client.call(.get, uri, token: token)
            #expect(gone.status == .notFound)
            #expect(try gone.errors.first?.status == "404")
            #expect(try await client.call(.delete, uri, token: token).status == .notFound)

            try await client.enroll("1234567890", in: org, token: token)
            let again = try await client.call(.get, uri, token: token).decode(UserDocument.self).data
            #expect(again.attributes.email == nil, "a re-enrolled user starts afresh")
        }
    }

    @Test("An existing id is a 409; a batch with good and bad users is a 207 naming each bad one")
    func conflictsAndMultiStatus() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        let org = issuer.organizationId
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            try await client.enroll("existing", in: org, token: token)
            let conflict = try await client.call(
                .post,
                "/v2/issuers/\(org)/users",
                token: token,
                json: #"{"data":[{"type":"user","id":"existing","attributes":{"enrolledRewards":["CARDLINKED"]}}]}"#
            )
            #expect(conflict.status == .conflict)
            #expect(try conflict.errors.map(\.id) == ["existing"])

            let mixed = try await client.call(
                .post,
                "/v2/issuers/\(org)/users",
                token: token,
                json: #"""
                    {"data":[
                      {"type":"user","id":"good","attributes":{"enrolledRewards":["CARDLINKED"]}},
                      {"type":"user","id":"bad-zip","attributes":{"enrolledRewards":["CARDLINKED"],"zipCode":"abc"}},
                      {"type":"user","id":"existing","attributes":{"enrolledRewards":["CARDLINKED"]}},
                      {"type":"user","id":"bad-program","attributes":{"enrolledRewards":["CASHBACK"]}}
                    ]}
                    """#
            )
            #expect(mixed.status.code == 207)
            let document = try mixed.decode(UserMultiStatusDocument.self)
            #expect(document.data?.map(\.id) == ["good"])
            let byID = Dictionary(grouping: document.errors, by: { $0.id ?? "" })
            #expect(byID["bad-zip"]?.first?.source?.pointer == "/data/1/attributes/zipCode")
            #expect(byID["existing"]?.first?.status == "409")
            #expect(byID["bad-program"]?.first?.source?.pointer == "/data/3/attributes/enrolledRewards/0")
            #expect(try await client.call(.get, "/v2/issuers/\(org)/users/good", token: token).status == .ok)
            #expect(try await client.call(.get, "/v2/issuers/\(org)/users/bad-zip", token: token).status == .notFound)
        }
    }

    @Test("Malformed bodies get 400 with a pointer, oversized ones 413, and nothing is stored")
    func badBodies() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        let uri = "/v2/issuers/\(issuer.organizationId)/users"
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            let cases: [(String, String)] = [
                ("{not json", ""),
                (
                    #"{"data":[{"type":"user","id":"x","attributes":{"zipCode":11238,"enrolledRewards":["CARDLINKED"]}}]}"#,
                    "/data/0/attributes/zipCode"
                ),
                (#"{"data":[{"type":"user","attributes":{"enrolledRewards":["CARDLINKED"]}}]}"#, "/data/0/id"),
                (#"{"data":[{"type":"user","id":"x","attributes":{}}]}"#, "/data/0/attributes/enrolledRewards"),
                (#"{"data":[]}"#, "/data"),
                (#"{"data":[{"type":"card","id":"x","attributes":{"enrolledRewards":[]}}]}"#, "/data/0/type"),
            ]
            for (body, pointer) in cases {
                let answer = try await client.call(.post, uri, token: token, json: body)
                #expect(answer.status == .badRequest, "\(body)")
                #expect(try answer.errors.first?.source?.pointer == pointer, "\(body)")
            }
            let tooMany = (0...100).map { #"{"type":"user","id":"u\#($0)","attributes":{"enrolledRewards":[]}}"# }
            let batch = try await client.call(
                .post,
                uri,
                token: token,
                json: #"{"data":[\#(tooMany.joined(separator: ","))]}"#
            )
            #expect(batch.status == .badRequest)
            #expect(try await client.call(.get, uri + "/u0", token: token).status == .notFound)

            let huge = String(repeating: " ", count: KardRequestContext.maximumBodySize + 1)
            let oversized = try await client.call(.post, uri, token: token, json: huge)
            #expect(oversized.status == .contentTooLarge)
        }
    }

    @Test("Updates check the path id, require enrolledRewards and keep historicalTransactionsSent one-way")
    func updateRules() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        let uri = "/v2/issuers/\(issuer.organizationId)/users/u1"
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            try await client.enroll("u1", in: issuer.organizationId, token: token)
            let mismatch = try await client.call(
                .put,
                uri,
                token: token,
                json: #"{"data":{"type":"user","id":"u2","attributes":{"enrolledRewards":[]}}}"#
            )
            #expect(try mismatch.errors.first?.source?.pointer == "/data/id")
            let missing = try await client.call(
                .put,
                uri,
                token: token,
                json: #"{"data":{"type":"user","id":"u1","attributes":{"zipCode":"10001"}}}"#
            )
            #expect(try missing.errors.first?.source?.pointer == "/data/attributes/enrolledRewards")
            let sent = try await client.call(
                .put,
                uri,
                token: token,
                json:
                    #"{"data":{"type":"user","id":"u1","attributes":{"enrolledRewards":["CARDLINKED"],"historicalTransactionsSent":true}}}"#
            )
            #expect(sent.status == .ok)
            let back = try await client.call(
                .put,
                uri,
                token: token,
                json:
                    #"{"data":{"type":"user","id":"u1","attributes":{"enrolledRewards":["CARDLINKED"],"historicalTransactionsSent":false}}}"#
            )
            #expect(back.status == .badRequest)
            let user = try await client.call(.get, uri, token: token).decode(UserDocument.self)
            #expect(user.data.attributes.historicalTransactionsSent == true)
            #expect(user.data.attributes.zipCode == "11238", "refused updates change nothing")
        }
    }

    @Test("User ids are scoped to the organization")
    func idsPerOrganization() async throws {
        let test = try await TestPlatform()
        let first = try await test.issuer("FIRST")
        let second = try await test.issuer("SECOND")
        try await test.withClient { client in
            let firstToken = try await client.token(for: first)
            let secondToken = try await client.token(for: second)
            try await client.enroll("same-id", in: first.organizationId, token: firstToken, zipCode: "11111")
            try await client.enroll("same-id", in: second.organizationId, token: secondToken, zipCode: "22222")
            let read = try await client.call(
                .get,
                "/v2/issuers/\(first.organizationId)/users/same-id",
                token: firstToken
            )
            #expect(try read.decode(UserDocument.self).data.attributes.zipCode == "11111")
        }
    }
}
