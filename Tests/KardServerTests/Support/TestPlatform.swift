import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KardCore
import KardModels
import KardSQLite
import KardServer
import Logging
import Testing

/// A platform on a private in-memory SQLite database with a hand-moved clock, and helpers to call its API.
struct TestPlatform {
    let platform: Platform
    let clock: ManualClock

    init() async throws {
        let clock = ManualClock()
        self.clock = clock
        self.platform = try await Platform.prepare(
            store: try SQLiteStore(path: ":memory:"),
            tokenSecret: nil,
            clock: clock,
            logger: Logger(label: "test")
        )
    }

    /// A new top-level issuer.
    func issuer(_ name: String = "ISSUER") async throws -> IssuerProvisioner.IssuerCredentials {
        try await self.platform.provisioner.createIssuer(name: name)
    }

    /// Runs `body` with a client talking to the router in process.
    func withClient(
        adminToken: String? = nil,
        _ body: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let app = Application(router: buildRouter(platform: self.platform, adminToken: adminToken))
        try await app.test(.router) { client in try await body(client) }
    }
}

/// A decoded answer: status and body.
struct APIAnswer: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: Data

    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try JSONDecoder().decode(Value.self, from: self.body)
    }

    /// The v2 error body.
    var errors: [ErrorObject] {
        get throws { try self.decode(ErrorResponse.self).errors }
    }

    var text: String { String(decoding: self.body, as: UTF8.self) }
}

extension TestClientProtocol {
    /// Sends a request with an optional bearer token and JSON body.
    func call(
        _ method: HTTPRequest.Method,
        _ uri: String,
        token: String? = nil,
        json: String? = nil,
        headers: HTTPFields = [:]
    ) async throws -> APIAnswer {
        var headers = headers
        if let token { headers[.authorization] = "Bearer \(token)" }
        if json != nil { headers[.contentType] = "application/json" }
        let response = try await self.execute(
            uri: uri,
            method: method,
            headers: headers,
            body: json.map { ByteBuffer(string: $0) }
        )
        return APIAnswer(status: response.status, headers: response.headers, body: Data(buffer: response.body))
    }

    /// An access token for the issuer, from the JSON token endpoint.
    func token(for issuer: IssuerProvisioner.IssuerCredentials, targetIssuer: String? = nil) async throws -> String {
        var headers: HTTPFields = [:]
        if let targetIssuer { headers[HTTPField.Name("X-Kard-Target-Issuer")!] = targetIssuer }
        let answer = try await self.call(
            .post,
            "/v2/auth/token",
            json: #"{"client_id":"\#(issuer.clientId)","client_secret":"\#(issuer.clientSecret)"}"#,
            headers: headers
        )
        #expect(answer.status == .ok, "token request failed: \(answer.text)")
        return try answer.decode(TokenResponse.self).accessToken
    }

    /// Enrolls one card-linked user and checks it was created.
    func enroll(_ userID: String, in organization: String, token: String, zipCode: String = "11238") async throws {
        let answer = try await self.call(
            .post,
            "/v2/issuers/\(organization)/users",
            token: token,
            json:
                #"{"data":[{"type":"user","id":"\#(userID)","attributes":{"zipCode":"\#(zipCode)","enrolledRewards":["CARDLINKED"]}}]}"#
        )
        #expect(answer.status == .created, "enroll failed: \(answer.text)")
    }
}
