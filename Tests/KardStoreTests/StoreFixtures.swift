import Foundation
import KardCore

/// Test data with whole-millisecond timestamps, so that every engine must round-trip it exactly.
enum Fixtures {
    /// 2023-11-14T22:13:20.123Z plus `offset` milliseconds.
    static func date(_ offset: Int64 = 0) -> Date {
        Date(timeIntervalSince1970: Double(1_700_000_000_123 + offset) / 1_000)
    }

    static func organization(
        _ id: String,
        parent: String? = nil,
        name: String? = nil,
        externalID: String? = nil
    ) -> Organization {
        Organization(
            id: OrganizationID(id),
            name: name ?? "ISSUER\(id)",
            parentID: parent.map(OrganizationID.init),
            externalID: externalID,
            webhookKey: "whk_\(id)",
            createdAt: self.date(),
            updatedAt: self.date()
        )
    }

    /// An organization with every optional field set and no default value left.
    static func fullOrganization(_ id: String, parent: String) -> Organization {
        Organization(
            id: OrganizationID(id),
            name: "Child \"Org\" ü, {x}",
            parentID: OrganizationID(parent),
            externalID: "ext-\(id)",
            bins: ["411111", "55555555"],
            cardNetworks: [.americanExpress, .visa],
            enrolledRewards: [.affiliate, .cardLinked],
            commissionSplits: CommissionSplits(
                affiliateBasisPoints: 1_234,
                cardLinkedBasisPoints: 9_999,
                cardLinkedUserBasisPoints: 0
            ),
            isSandbox: true,
            webhookURL: "https://hooks.example.com/kard?x=1&y=/2",
            webhookKey: "secret \\ \"quoted\"",
            createdAt: self.date(-86_400_000),
            updatedAt: self.date(1)
        )
    }

    static func credential(
        _ clientID: String,
        of organization: String,
        scopes: [Scope] = Scope.all
    ) -> ClientCredential {
        ClientCredential(
            clientID: clientID,
            secretHash: "pbkdf2$sha256$1000$salt$hash-\(clientID)",
            organizationID: OrganizationID(organization),
            scopes: scopes,
            createdAt: self.date(5)
        )
    }

    static func card(
        _ id: String,
        bin: String = "424242",
        lastFour: String,
        network: CardNetwork = .visa,
        status: CardStatus = .enabled,
        createdAt: Date = Fixtures.date()
    ) -> Card {
        Card(
            id: id,
            bin: bin,
            lastFour: lastFour,
            issuer: "Program \(id)",
            network: network,
            status: status,
            createdAt: createdAt
        )
    }

    static func user(
        _ id: String,
        in organization: String,
        profile: UserProfile = UserProfile(enrolledRewards: [.cardLinked]),
        cards: [Card] = []
    ) -> User {
        User(
            organizationID: OrganizationID(organization),
            id: UserID(id),
            profile: profile,
            cards: cards,
            createdAt: self.date(10),
            updatedAt: self.date(20)
        )
    }

    /// A profile with every field set, including text that needs quoting in SQL array literals and JSON.
    static let fullProfile = UserProfile(
        enrolledRewards: [.cardLinked, .affiliate],
        zipCode: "10001",
        email: "a\"b\\c,{NULL}@example.com",
        hashedEmail: "0b8f6b4c5cdbd2b5c6e0e1a7b0f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9",
        phoneNumber: "+15555550100",
        birthYear: "1990",
        historicalTransactionsSent: true,
        phoneNumbers: [PhoneNumber(number: "+15555550100", type: "MOBILE"), PhoneNumber(number: "+15555550101")],
        postalCodes: [PostalCode(code: "10001", type: "BILLING"), PostalCode(code: "94105")],
        userName: "NULL",
        firstName: "",
        lastName: "O'Brien — 日本",
        externalPartnerUserID: "partner-1"
    )
}
