import Foundation
import Hummingbird
import HummingbirdTesting
import Kard
import KardCore
import KardModels
import Testing

@testable import KardServer

/// The Swift SDK against a live server on a real socket, so that the two cannot drift apart.
@Suite("Swift SDK against the server")
struct SDKContractTests {
    /// Runs `body` with an SDK client for a new issuer, talking to a live server on a free port.
    func withSDK(
        _ body: @Sendable (KardClient, IssuerProvisioner.IssuerCredentials, TestPlatform) async throws -> Void
    ) async throws {
        let test = try await TestPlatform()
        let issuer = try await test.platform.createSandboxIssuer(name: "SDK")
        let app = Application(
            router: buildRouter(platform: test.platform),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0))
        )
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let sdk = KardClient(
                clientID: issuer.clientId,
                clientSecret: issuer.clientSecret,
                baseURL: URL(string: "http://127.0.0.1:\(port)")
            )
            try await body(sdk, issuer, test)
        }
    }

    @Test("Ping, token, issuer and the whole user lifecycle")
    func usersLifecycle() async throws {
        try await self.withSDK { sdk, issuer, _ in
            let org = issuer.organizationId
            #expect(try await sdk.ping.ping().status == "OK")
            #expect(try await sdk.auth.getToken().expiresIn == 3600)
            #expect(try await sdk.organizations.get().id == org)

            let created = try await sdk.users.create(
                organizationID: org,
                users: [
                    UserResource(
                        id: "swift-1",
                        attributes: UserAttributes(enrolledRewards: [.cardLinked], zipCode: "11238")
                    ),
                    UserResource(
                        id: "swift-2",
                        attributes: UserAttributes(enrolledRewards: [.cardLinked], zipCode: "bad")
                    ),
                ]
            )
            #expect(created.data.map(\.id) == ["swift-1"])
            #expect(created.errors.map(\.id) == ["swift-2"])

            let read = try await sdk.users.get(organizationID: org, userID: "swift-1")
            #expect(read.attributes.zipCode == "11238")
            let updated = try await sdk.users.update(
                organizationID: org,
                userID: "swift-1",
                user: UserResource(id: "swift-1", attributes: UserAttributes(enrolledRewards: [], email: "a@b.co"))
            )
            #expect(updated.attributes.enrolledRewards == [])
            #expect(updated.attributes.email == "a@b.co")
            #expect(try await sdk.users.delete(organizationID: org, userID: "swift-1").id == "swift-1")

            let error = await #expect(throws: KardError.self) {
                try await sdk.users.get(organizationID: org, userID: "swift-1")
            }
            #expect(error?.code == .notFound)
            #expect(error?.status == 404)
            #expect(error?.errors.first?.status == "404")

            let conflict = await #expect(throws: KardError.self) {
                _ = try await sdk.users.create(
                    organizationID: org,
                    users: [UserResource(id: "dup", attributes: UserAttributes(enrolledRewards: [.cardLinked]))]
                )
                _ = try await sdk.users.create(
                    organizationID: org,
                    users: [UserResource(id: "dup", attributes: UserAttributes(enrolledRewards: [.cardLinked]))],
                    options: RequestOptions(maxRetries: 0)
                )
            }
            #expect(conflict?.code == .conflict)
        }
    }

    @Test("Child organizations through the SDK, with paging")
    func children() async throws {
        try await self.withSDK { sdk, issuer, _ in
            let org = issuer.organizationId
            let first = try await sdk.organizations.children.create(organizationID: org, name: "First Child")
            _ = try await sdk.organizations.children.create(organizationID: org, name: "Second Child", bins: ["400000"])
            let page = try await sdk.organizations.children.list(organizationID: org, pageSize: 1)
            #expect(page.data.count == 1)
            #expect(page.meta?.hasNextPage == true)
            let cursor = try #require(
                page.links?.next.flatMap { URLComponents(string: $0) }?.queryItems?.first {
                    $0.name == "page[after]"
                }?.value
            )
            let rest = try await sdk.organizations.children.list(organizationID: org, pageSize: 1, pageAfter: cursor)
            #expect(rest.data.count == 1)
            #expect(rest.meta?.hasNextPage == false)
            #expect(Set((page.data + rest.data).map(\.attributes.name)) == ["First Child", "Second Child"])

            let renamed = try await sdk.organizations.children.update(
                organizationID: org,
                childID: first.id,
                name: "Renamed Child"
            )
            #expect(renamed.attributes.name == "Renamed Child")
            #expect(
                try await sdk.organizations.children.get(organizationID: org, childID: first.id).attributes.name
                    == "Renamed Child"
            )
            _ = try await sdk.organizations.children.delete(organizationID: org, childID: first.id)
            let gone = await #expect(throws: KardError.self) {
                try await sdk.organizations.children.get(organizationID: org, childID: first.id)
            }
            #expect(gone?.code == .notFound)
        }
    }

    @Test("Wrong credentials surface as an authentication failure with the server's 401")
    func wrongCredentials() async throws {
        try await self.withSDK { sdk, issuer, test in
            let baseURL = URL(string: sdk.baseURL)
            let wrong = KardClient(clientID: issuer.clientId, clientSecret: "wrong-secret", baseURL: baseURL)
            let error = await #expect(throws: KardError.self) { try await wrong.organizations.get() }
            #expect(error?.status == 401)
            let other = try await test.issuer("OTHER")
            let intruder = KardClient(clientID: other.clientId, clientSecret: other.clientSecret, baseURL: baseURL)
            let refused = await #expect(throws: KardError.self) {
                try await intruder.users.get(organizationID: issuer.organizationId, userID: "anyone")
            }
            #expect(refused?.code == .forbidden)
        }
    }

    @Test("Rewards through the SDK: the getting-started call, every page, near me, activation")
    func rewards() async throws {
        try await self.withSDK { sdk, issuer, _ in
            let org = issuer.organizationId
            let user = "sandbox-SDK-new-customer"
            let started = try await sdk.users.rewards.offers(
                organizationID: org,
                userID: user,
                pageSize: 1,
                isTargeted: true,
                sort: ["-startDate"],
                supportedComponents: ["shortDescription", "longDescription", "cta", "tags", "detailTags", "baseReward"]
            )
            #expect(started.data.count == 1)
            #expect(started.data.first?.attributes.isTargeted == true)
            #expect(started.data.first?.attributes.components?.baseReward != nil)

            let single = try await sdk.users.rewards.offers(organizationID: org, userID: user, pageSize: 200)
            var walked: [String] = []
            for try await offer in sdk.users.rewards.allOffers(organizationID: org, userID: user, pageSize: 9) {
                walked.append(offer.id)
            }
            #expect(walked == single.data.map(\.id))

            let online = try await sdk.users.rewards.offers(
                organizationID: org,
                userID: user,
                pageSize: 200,
                purchaseChannels: [.online],
                category: "Food & Beverage"
            )
            #expect(!online.data.isEmpty && online.data.allSatisfy { $0.attributes.purchaseChannel.contains(.online) })

            let near = try await sdk.users.rewards.locations(
                organizationID: org,
                userID: user,
                latitude: 40.7420148,
                longitude: -73.9930148,
                radius: 5,
                include: ["offers"]
            )
            #expect(!near.data.isEmpty)
            #expect(near.data.allSatisfy { ($0.attributes.distance ?? 99) <= 5 })

            let offerID = try #require(single.data.first?.id)
            let activated = try await sdk.users.attributions.activate(
                organizationID: org,
                userID: user,
                offerID: offerID
            )
            #expect(activated.data.attributes.eventCode == "ACTIVATE")
            let job = try await sdk.users.attributions.create(
                organizationID: org,
                userID: user,
                events: [
                    .offer(
                        AttributionAttributes(
                            entityId: offerID,
                            eventCode: "VIEW",
                            medium: "BROWSE",
                            eventDate: "2026-01-01T00:00:00Z"
                        )
                    )
                ]
            )
            #expect(job.attributes.status == "queued")
        }
    }
}
