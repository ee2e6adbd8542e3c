import Crypto
import Foundation
import KardCore
import KardModels

extension User {
    /// The user as the v2 API shows it.
    var resource: UserResource {
        let profile = self.profile
        return UserResource(
            id: self.id.rawValue,
            attributes: UserAttributes(
                enrolledRewards: profile.enrolledRewards.map { EnrolledReward(rawValue: $0.rawValue) },
                zipCode: profile.zipCode,
                email: profile.email,
                hashedEmail: profile.hashedEmail,
                phoneNumber: profile.phoneNumber,
                birthYear: profile.birthYear,
                historicalTransactionsSent: profile.historicalTransactionsSent,
                phoneNumbers: profile.phoneNumbers.isEmpty
                    ? nil : profile.phoneNumbers.map { UserPhoneNumber(number: $0.number, type: $0.type) },
                postalCodes: profile.postalCodes.isEmpty
                    ? nil : profile.postalCodes.map { UserPostalCode(code: $0.code, type: $0.type) }
            )
        )
    }

    /// The user as the legacy API shows it, with its cards.
    func legacyResponse(issuerName: String) -> LegacyUserResponse {
        let profile = self.profile
        return LegacyUserResponse(
            id: self.legacyID,
            referringPartnerUserId: self.id.rawValue,
            referringPartner: issuerName,
            email: profile.email,
            hashedEmail: profile.hashedEmail,
            phoneNumber: profile.phoneNumber,
            birthYear: profile.birthYear,
            userName: profile.userName,
            firstName: profile.firstName,
            lastName: profile.lastName,
            zipCode: profile.zipCode,
            externalPartnerUserId: profile.externalPartnerUserID,
            enrolledRewards: profile.enrolledRewards.map { EnrolledReward(rawValue: $0.rawValue) },
            cards: self.cards.map { card in
                LegacyCardResponse(
                    id: card.id,
                    last4: card.lastFour,
                    bin: card.bin,
                    issuer: card.issuer,
                    network: card.network.legacySpelling,
                    status: card.status.rawValue
                )
            },
            createdDate: self.createdAt.ISO8601Format(.iso8601(timeZone: .gmt, includingFractionalSeconds: true)),
            lastModified: self.updatedAt.ISO8601Format(.iso8601(timeZone: .gmt, includingFractionalSeconds: true))
        )
    }

    /// A stable 24-hex-digit id in the style of Kard's legacy `_id`, derived from the organization and user ids.
    var legacyID: String {
        let digest = SHA256.hash(data: Data((self.organizationID.rawValue + "\u{0}" + self.id.rawValue).utf8))
        return SHA256SecretHasher.hex(digest.prefix(12))
    }
}

extension UserAttributes {
    /// The attributes as the core validates them.
    var input: UserInput {
        UserInput(
            enrolledRewards: self.enrolledRewards?.map(\.rawValue),
            zipCode: self.zipCode,
            email: self.email,
            hashedEmail: self.hashedEmail,
            phoneNumber: self.phoneNumber,
            birthYear: self.birthYear,
            historicalTransactionsSent: self.historicalTransactionsSent,
            phoneNumbers: self.phoneNumbers?.map { PhoneNumber(number: $0.number, type: $0.type) },
            postalCodes: self.postalCodes?.map { PostalCode(code: $0.code, type: $0.type) }
        )
    }
}

extension LegacyUserRequest {
    /// The attributes as the core validates them.
    var input: UserInput {
        UserInput(
            enrolledRewards: self.enrolledRewards?.map(\.rawValue),
            zipCode: self.zipCode,
            email: self.email,
            hashedEmail: self.hashedEmail,
            phoneNumber: self.phoneNumber,
            birthYear: self.birthYear,
            userName: self.userName,
            firstName: self.firstName,
            lastName: self.lastName,
            externalPartnerUserID: self.externalPartnerUserId
        )
    }
}

extension LegacyCardInfo {
    /// The card as the core validates it.
    var input: CardInput {
        CardInput(bin: self.bin, lastFour: self.last4, issuer: self.issuer, network: self.network, status: self.status)
    }
}
