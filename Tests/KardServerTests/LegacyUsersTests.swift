import Foundation
import Hummingbird
import HummingbirdTesting
import KardModels
import Testing

@testable import KardServer

@Suite("Legacy users and cards")
struct LegacyUsersTests {
    static let guideUser = #"""
        {"email":"testuser@test-TEST.com","userName":"testUser","referringPartnerUserId":"438103","zipCode":"30047",
         "cardInfo":{"last4":"4321","bin":"123456","issuer":"TEST","network":"VISA"}}
        """#

    @Test("The guide's enrolment creates a user the v2 API sees, with its card")
    func enrolWithCard() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            let created = try await client.call(
                .post,
                "/users/users",
                json: Self.guideUser,
                headers: [.authorization: token]
            )
            #expect(created.status == .created)
            let v2 = try await client.call(.get, "/v2/issuers/\(issuer.organizationId)/users/438103", token: token)
            let attributes = try v2.decode(UserDocument.self).data.attributes
            #expect(attributes.zipCode == "30047")
            #expect(attributes.enrolledRewards == ["CARDLINKED"])
            let user = try #require(
                try await test.platform.store.user(.init("438103"), in: .init(issuer.organizationId))
            )
            #expect(user.cards.map(\.lastFour) == ["4321"])
            #expect(user.profile.userName == "testUser")
            let again = try await client.call(.post, "/users/users", token: token, json: Self.guideUser)
            #expect(again.status == .conflict)
        }
    }

    @Test("A card registered elsewhere is refused with Kard's exact message, and the user is not created")
    func cardAlreadyRegistered() async throws {
        let test = try await TestPlatform()
        let direct = try await test.issuer("DIRECT")
        let other = try await test.issuer("OTHER")
        try await test.withClient { client in
            _ = try await client.call(
                .post,
                "/users/users",
                token: try await client.token(for: direct),
                json: Self.guideUser
            )
            let otherToken = try await client.token(for: other)
            let answer = try await client.call(
                .post,
                "/users/users",
                token: otherToken,
                json: Self.guideUser.replacingOccurrences(of: "438103", with: "999")
            )
            #expect(answer.status == .badRequest)
            #expect(
                answer.text
                    == #""Invalid request: This card is already registered. Provide another card for user enrollment.""#
            )
            let v2 = try await client.call(.get, "/v2/issuers/\(other.organizationId)/users/999", token: otherToken)
            #expect(v2.status == .notFound)
        }
    }

    @Test("Full card numbers are refused wherever they appear")
    func fullCardNumbers() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            for (bin, last4) in [
                ("4111111111111111", "1111"), ("411111", "4111 1111 1111 1111"), ("4111-1111-1111-1111", "1111"),
            ] {
                let body = Self.guideUser.replacingOccurrences(of: #""bin":"123456""#, with: #""bin":"\#(bin)""#)
                    .replacingOccurrences(of: #""last4":"4321""#, with: #""last4":"\#(last4)""#)
                let answer = try await client.call(.post, "/users/users", token: token, json: body)
                #expect(answer.status == .badRequest)
                let errors = try answer.decode([String: [String]].self)["errors"] ?? []
                #expect(errors.contains { $0.contains("full card number") })
            }
            let user = try await test.platform.store.user(.init("438103"), in: .init(issuer.organizationId))
            #expect(user == nil)
        }
    }

    @Test("Cards are added, the user is updated and unenrolled, then deleted")
    func cardsUpdateDelete() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            _ = try await client.call(
                .post,
                "/users/users",
                token: token,
                json: #"{"referringPartnerUserId":"u7","email":"u7@example.com","zipCode":"10001"}"#
            )
            let cards = try await client.call(
                .post,
                "/users/users/u7/cards",
                token: token,
                json:
                    #"{"referringPartnerUserId":"u7","cards":[{"last4":"0005","bin":"378282","issuer":"TEST","network":"AMERICAN EXPRESS"}]}"#
            )
            #expect(cards.status == .created)
            let user = try cards.decode(LegacyUserResponse.self)
            #expect(user.cards.map(\.network) == ["AMERICAN EXPRESS"])
            #expect(user.referringPartner == "ISSUER")
            let repeated = try await client.call(
                .post,
                "/users/users/u7/cards",
                token: token,
                json: #"{"cardInfo":{"last4":"0005","bin":"378282","issuer":"TEST","network":"AMERICAN EXPRESS"}}"#
            )
            #expect(try repeated.decode(LegacyUserResponse.self).cards.count == 1, "re-adding a held card is a no-op")

            let updated = try await client.call(.put, "/users/users/u7", token: token, json: #"{"enrolledRewards":[]}"#)
            #expect(updated.status == .ok)
            #expect(try updated.decode(LegacyUserResponse.self).enrolledRewards == [])

            #expect(try await client.call(.delete, "/users/users/u7", token: token).status == .ok)
            let missing = try await client.call(.delete, "/users/users/u7", token: token)
            #expect(missing.status == .notFound)
            #expect(try missing.decode(String.self).contains("u7"))
            let noCards = try await client.call(
                .post,
                "/users/users/u7/cards",
                token: token,
                json: #"{"cards":[{"last4":"0005","bin":"378282","issuer":"TEST","network":"VISA"}]}"#
            )
            #expect(noCards.status == .notFound)
        }
    }

    @Test("Legacy enrolment needs an id and an email or user name")
    func legacyValidation() async throws {
        let test = try await TestPlatform()
        let issuer = try await test.issuer()
        try await test.withClient { client in
            let token = try await client.token(for: issuer)
            let noID = try await client.call(.post, "/users/users", token: token, json: #"{"email":"a@example.com"}"#)
            #expect(noID.status == .badRequest)
            let noContact = try await client.call(
                .post,
                "/users/users",
                token: token,
                json: #"{"referringPartnerUserId":"x"}"#
            )
            #expect(noContact.status == .badRequest)
            let missingToken = try await client.call(.post, "/users/users", json: #"{"referringPartnerUserId":"x"}"#)
            #expect(missingToken.status == .unauthorized)
            #expect(try missingToken.decode([String: String].self)["message"] != nil)
        }
    }

    @Test("Another issuer cannot change a user through the legacy routes")
    func legacyIsolation() async throws {
        let test = try await TestPlatform()
        let owner = try await test.issuer("OWNER")
        let intruder = try await test.issuer("INTRUDER")
        try await test.withClient { client in
            let ownerToken = try await client.token(for: owner)
            try await client.enroll("victim", in: owner.organizationId, token: ownerToken)
            let intruderToken = try await client.token(for: intruder)
            #expect(try await client.call(.delete, "/users/users/victim", token: intruderToken).status == .notFound)
            #expect(
                try await client.call(
                    .put,
                    "/users/users/victim",
                    token: intruderToken,
                    json: #"{"enrolledRewards":[]}"#
                )
                .status == .notFound
            )
            let read = try await client.call(
                .get,
                "/v2/issuers/\(owner.organizationId)/users/victim",
                token: ownerToken
            )
            #expect(try read.decode(UserDocument.self).data.attributes.enrolledRewards == ["CARDLINKED"])
        }
    }
}
