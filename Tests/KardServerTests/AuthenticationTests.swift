import Foundation
import Hummingbird
import HummingbirdTesting
import KardCore
import KardModels
import Testing

@testable import KardServer

@Suite("Token endpoints and token checks")
struct AuthenticationTests {
    @Test("The JSON token request the Python SDK sends gets a one-hour bearer token")
    func jsonTokenRequest() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        try await test.withClient { client in
            let answer = try await client.call(
                .post,
                "/v2/auth/token",
                json: #"{"client_id":"\#(issuer.clientId)","client_secret":"\#(issuer.clientSecret)"}"#
            )
            #expect(answer.status == .ok)
            let token = try answer.decode(TokenResponse.self)
            #expect(token.expiresIn == 3600)
            #expect(token.tokenType == "Bearer")
            #expect(token.accessToken.split(separator: ".").count == 3)
        }
    }

    @Test("Form-encoded client credentials with HTTP Basic work on the v2 and the legacy endpoint")
    func basicFormTokenRequests() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        let basic = "Basic " + Data("\(issuer.clientId):\(issuer.clientSecret)".utf8).base64EncodedString()
        try await test.withClient { client in
            for uri in ["/v2/auth/token", "/oauth2/token?grant_type=client_credentials"] {
                let answer = try await client.execute(
                    uri: uri,
                    method: .post,
                    headers: [.authorization: basic, .contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: uri.contains("grant_type") ? "" : "grant_type=client_credentials")
                )
                #expect(answer.status == .ok, "\(uri)")
                let token = try JSONDecoder().decode(TokenResponse.self, from: Data(buffer: answer.body))
                let user = try await client.call(.get, "/v2/issuer", token: token.accessToken)
                #expect(user.status == .ok)
            }
        }
    }

    @Test("Wrong secrets and unknown clients get 401 in Kard's error shape")
    func wrongCredentials() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        try await test.withClient { client in
            for body in [
                #"{"client_id":"\#(issuer.clientId)","client_secret":"wrong"}"#,
                #"{"client_id":"nobody","client_secret":"\#(issuer.clientSecret)"}"#,
            ] {
                let answer = try await client.call(.post, "/v2/auth/token", json: body)
                #expect(answer.status == .unauthorized)
                #expect(try answer.errors.first?.status == "401")
            }
            let legacy = try await client.execute(
                uri: "/oauth2/token?grant_type=client_credentials",
                method: .post,
                headers: [.authorization: "Basic " + Data("\(issuer.clientId):nope".utf8).base64EncodedString()]
            )
            #expect(legacy.status == .unauthorized)
            let message = try JSONDecoder().decode([String: String].self, from: Data(buffer: legacy.body))
            #expect(message["message"] != nil)
        }
    }

    @Test("A grant type other than client_credentials is refused")
    func unsupportedGrant() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        try await test.withClient { client in
            let answer = try await client.call(
                .post,
                "/oauth2/token?grant_type=password",
                headers: [
                    .authorization: "Basic "
                        + Data("\(issuer.clientId):\(issuer.clientSecret)".utf8).base64EncodedString()
                ]
            )
            #expect(answer.status == .badRequest)
        }
    }

    @Test("Bearer and bare tokens are accepted; missing, forged and expired ones get 401")
    func tokenChecks() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            #expect(try await client.call(.get, "/v2/issuer", token: token).status == .ok)
            let bare = try await client.call(.get, "/v2/issuer", headers: [.authorization: token])
            #expect(bare.status == .ok)

            let missing = try await client.call(.get, "/v2/issuer")
            #expect(missing.status == .unauthorized)
            #expect(try missing.errors.first?.title == "Unauthorized")

            var forged = Array(token)
            let last = forged.count - 2
            forged[last] = forged[last] == "A" ? "B" : "A"
            #expect(try await client.call(.get, "/v2/issuer", token: String(forged)).status == .unauthorized)
            #expect(try await client.call(.get, "/v2/issuer", token: "not-a-jwt").status == .unauthorized)

            test.clock.advance(by: 3601)
            let expired = try await client.call(.get, "/v2/issuer", token: token)
            #expect(expired.status == .unauthorized)
            #expect(try expired.errors.first?.detail.contains("expired") == true)
        }
    }

    @Test("A token without the route's scope gets 403")
    func missingScope() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        let readOnly = ClientCredential(
            clientID: "read-only-client",
            secretHash: test.platform.hasher.hash("read-only-secret-value"),
            organizationID: OrganizationID(issuer.organizationId),
            scopes: [.userRead],
            createdAt: test.clock.now()
        )
        let token = try await test.platform.tokens.issueToken(
            for: readOnly,
            organization: readOnly.organizationID
        ).accessToken
        try await test.withClient { client in
            let answer = try await client.call(
                .post,
                "/v2/issuers/\(issuer.organizationId)/users",
                token: token,
                json: #"{"data":[{"type":"user","id":"u1","attributes":{"enrolledRewards":["CARDLINKED"]}}]}"#
            )
            #expect(answer.status == .forbidden)
            #expect(try answer.errors.first?.detail.contains("user:write") == true)
            let read = try await client.call(.get, "/v2/issuers/\(issuer.organizationId)/users/u1", token: token)
            #expect(read.status == .notFound)
        }
    }

    @Test("Ping needs no token and answers Kard's shape")
    func ping() async throws {
        let test = try await TestPlatform()
        try await test.withClient { client in
            let answer = try await client.call(.get, "/v2/ping")
            #expect(answer.status == .ok)
            let ping = try answer.decode(PingResponse.self)
            #expect(ping.message == "Ping successful")
            #expect(ping.status == "OK")
            #expect(ping.timestamp == "21/Sep/2026:14:13:20 +0000")
        }
    }

    @Test("Client secrets are stored only as hashes")
    func secretsAreHashed() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        let stored = try #require(try await test.platform.store.credential(clientID: issuer.clientId))
        #expect(stored.secretHash != issuer.clientSecret)
        #expect(!stored.secretHash.contains(issuer.clientSecret))
        #expect(test.platform.hasher.verify(issuer.clientSecret, against: stored.secretHash))
    }
}
