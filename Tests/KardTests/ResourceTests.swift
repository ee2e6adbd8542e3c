import Foundation
import KardModels
import Testing

@testable import Kard

@Suite("Resource groups")
struct ResourceTests {
    static let user = UserResource(
        id: "u1",
        attributes: UserAttributes(enrolledRewards: [.cardLinked], zipCode: "11238", email: "a@b.co")
    )

    @Test("users.create posts {data: [...]} and returns 201 data")
    func createUsers() async throws {
        let harness = Harness(script: [.json(201, #"{"data":[\#(userJSON)]}"#)])
        let result = try await harness.client.users.createRaw(organizationID: "org", users: [Self.user])
        #expect(result.status == 201)
        #expect(result.data.data == [Self.user])
        #expect(result.data.errors.isEmpty)
        #expect(!result.data.hasErrors)
        let request = try #require(harness.transport.apiRequests.first)
        #expect(request.method == .post)
        #expect(request.url == "https://kard.test/v2/issuers/org/users")
        #expect(request.headers["Content-Type"] == "application/json")
        let body = try jsonObject(request.body)
        let data = try #require(body["data"] as? [[String: Any]])
        #expect(data.count == 1)
        #expect(data[0]["type"] as? String == "user")
        #expect(data[0]["id"] as? String == "u1")
        let attributes = try #require(data[0]["attributes"] as? [String: Any])
        #expect(attributes["zipCode"] as? String == "11238")
        #expect(attributes["enrolledRewards"] as? [String] == ["CARDLINKED"])
        #expect(attributes["phoneNumber"] == nil)
    }

    @Test("A 207 is a success that carries errors")
    func multiStatus() async throws {
        let body = #"""
            {"data":[\#(userJSON)],"errors":[{"status":"409","title":"Conflict","detail":"User exists","id":"u2"}]}
            """#
        let harness = Harness(script: [.json(207, body)])
        let result = try await harness.client.users.createRaw(organizationID: "org", users: [Self.user])
        #expect(result.status == 207)
        #expect(result.data.data.map(\.id) == ["u1"])
        #expect(result.data.hasErrors)
        #expect(result.data.errors == [ErrorObject(status: "409", title: "Conflict", detail: "User exists", id: "u2")])
        #expect(harness.transport.apiRequests.count == 1)
    }

    @Test("A 207 without data decodes with an empty data list")
    func multiStatusWithoutData() async throws {
        let body = #"{"errors":[{"status":"400","title":"Invalid","detail":"Bad zip","id":"u1"}]}"#
        let harness = Harness(script: [.json(207, body)])
        let result = try await harness.client.users.create(organizationID: "org", users: [Self.user])
        #expect(result.data.isEmpty)
        #expect(result.errors.map(\.id) == ["u1"])
    }

    @Test("users.get, update and delete")
    func userCRUD() async throws {
        let harness = Harness(script: [
            .json(200, #"{"data":\#(userJSON)}"#),
            .json(200, #"{"data":\#(userJSON)}"#),
            .json(200, #"{"data":{"type":"user","id":"u1","attributes":{}}}"#),
        ])
        let users = harness.client.users
        #expect(try await users.get(organizationID: "org", userID: "u1") == Self.user)
        #expect(try await users.update(organizationID: "org", userID: "u1", user: Self.user) == Self.user)
        #expect(try await users.delete(organizationID: "org", userID: "u1") == DeletedResource(type: "user", id: "u1"))
        let requests = harness.transport.apiRequests
        #expect(requests.map(\.method) == [.get, .put, .delete])
        #expect(requests.allSatisfy { $0.url == "https://kard.test/v2/issuers/org/users/u1" })
        let body = try jsonObject(requests[1].body)
        let data = try #require(body["data"] as? [String: Any])
        #expect(data["type"] as? String == "user")
        #expect(data["id"] as? String == "u1")
        #expect((data["attributes"] as? [String: Any])?["email"] as? String == "a@b.co")
        #expect(requests[0].body == nil && requests[2].body == nil)
    }

    @Test("organizations.get reads GET v2/issuer; unknown fields and enum values decode")
    func organization() async throws {
        let body = #"""
            {"type":"organization","id":"org","future":{"x":1},"attributes":{"name":"BANK",
            "enrolledRewards":["CARDLINKED","SOMETHING_NEW"],"cardNetworks":["VISA","NEWNET"],"bins":["411111"],
            "affiliateCommissionSplit":50,"cardlinkedCommissionSplit":60.5,"cardlinkedUserCommissionSplit":40,
            "brandNewField":true}}
            """#
        let harness = Harness(script: [.json(200, body, headers: ["X-Request-Id": "req-1"])])
        let response = try await harness.client.organizations.getRaw()
        #expect(response.status == 200)
        #expect(response.headers["x-request-id"] == "req-1")
        #expect(response.data.id == "org")
        #expect(response.data.attributes.enrolledRewards == [.cardLinked, EnrolledReward(rawValue: "SOMETHING_NEW")])
        #expect(response.data.attributes.cardlinkedCommissionSplit == 60.5)
        #expect(harness.transport.apiRequests.first?.url == "https://kard.test/v2/issuer")
    }

    @Test("Unknown enum values in users decode")
    func unknownUserEnum() async throws {
        let body = #"""
            {"data":{"type":"user","id":"u1","attributes":{"enrolledRewards":["MYSTERY"],"extra":[1,2]}},"included":[]}
            """#
        let harness = Harness(script: [.json(200, body)])
        let user = try await harness.client.users.get(organizationID: "org", userID: "u1")
        #expect(user.attributes.enrolledRewards == [EnrolledReward(rawValue: "MYSTERY")])
    }

    @Test("children list, create, get, update, delete")
    func children() async throws {
        let list = #"""
            {"data":[\#(childJSON)],"links":{"self":"/v2/issuers/org/children","next":"/v2/issuers/org/children?page[after]=abc"},
            "meta":{"pageSize":1,"hasNextPage":true}}
            """#
        let harness = Harness(script: [
            .json(200, list), .json(201, childJSON), .json(200, childJSON), .json(200, childJSON),
            .json(200, #"{"data":{"type":"organization","id":"12345678","attributes":{}}}"#),
        ])
        let children = harness.client.organizations.children
        let page = try await children.list(organizationID: "org", pageSize: 1)
        #expect(page.data.map(\.id) == ["12345678"])
        #expect(page.meta?.hasNextPage == true)
        #expect(page.links?.next == "/v2/issuers/org/children?page[after]=abc")
        let created = try await children.createRaw(
            organizationID: "org",
            name: "Child Org",
            externalID: "ext",
            bins: ["411111"]
        )
        #expect(created.status == 201)
        #expect(
            created.data.attributes
                == ChildOrganizationAttributes(name: "Child Org", externalId: "ext", bins: ["411111"])
        )
        _ = try await children.get(organizationID: "org", childID: "12345678")
        _ = try await children.update(organizationID: "org", childID: "12345678", name: "New Name")
        let deleted = try await children.delete(organizationID: "org", childID: "12345678")
        #expect(deleted.id == "12345678")

        let requests = harness.transport.apiRequests
        #expect(requests.map(\.method) == [.get, .post, .get, .patch, .delete])
        #expect(
            requests.map(\.url) == [
                "https://kard.test/v2/issuers/org/children?page%5Bsize%5D=1",
                "https://kard.test/v2/issuers/org/children",
                "https://kard.test/v2/issuers/org/children/12345678",
                "https://kard.test/v2/issuers/org/children/12345678",
                "https://kard.test/v2/issuers/org/children/12345678",
            ]
        )
        let createData = try #require(try jsonObject(requests[1].body)["data"] as? [String: Any])
        #expect(createData["type"] as? String == "organization")
        let createAttributes = try #require(createData["attributes"] as? [String: Any])
        #expect(createAttributes["name"] as? String == "Child Org")
        #expect(createAttributes["externalId"] as? String == "ext")
        #expect(createAttributes["bins"] as? [String] == ["411111"])
        let patchData = try #require(try jsonObject(requests[3].body)["data"] as? [String: Any])
        let patchAttributes = try #require(patchData["attributes"] as? [String: Any])
        #expect(patchAttributes.keys.sorted() == ["name"])
    }

    @Test("ping sends the bearer token and decodes the answer")
    func ping() async throws {
        let harness = Harness(script: [
            .json(200, #"{"message":"Ping successful","status":"OK","timestamp":"02/Oct/2025:17:52:43 +0000"}"#)
        ])
        let pong = try await harness.client.ping.ping()
        #expect(pong.message == "Ping successful")
        let request = try #require(harness.transport.apiRequests.first)
        #expect(request.url == "https://kard.test/v2/ping")
        #expect(request.headers["Authorization"] == "Bearer token-1")
    }

    @Test("The generic send decodes any endpoint")
    func genericSend() async throws {
        let harness = Harness(script: [.json(200, #"{"data":\#(userJSON)}"#)])
        let request = try KardRequest.json(.post, path: "v2/custom", body: ["k": "v"])
        let response = try await harness.client.send(request, decoding: UserDocument.self)
        #expect(response.data.data.id == "u1")
        #expect(try jsonObject(harness.transport.apiRequests.first?.body)["k"] as? String == "v")
    }
}
