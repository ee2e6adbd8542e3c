import Foundation
import KardCore
import PostgresNIO

extension PostgresStore {
    /// What a duplicate card is reported as.
    static let duplicateCard = "card"

    /// The user columns as ``user(from:cards:)`` reads them.
    static let userSelect = """
        SELECT organization_id, id, enrolled_rewards::text, zip_code, email, hashed_email, phone_number, birth_year,
            historical_transactions_sent, phone_numbers::text, postal_codes::text, user_name, first_name, last_name,
            external_partner_user_id,
            \(PostgresValues.milliseconds("created_at")), \(PostgresValues.milliseconds("updated_at"))
        FROM users
        """

    /// The card columns as ``card(from:)`` reads them.
    static let cardSelect = """
        SELECT id, bin, last_four, issuer, network, status, \(PostgresValues.milliseconds("created_at"))
        FROM cards
        """

    /// Inserts with `ON CONFLICT DO NOTHING`, then the new users' cards, in one transaction. When an id appears more
    /// than once in `users`, the first one is inserted and the others are reported as existing.
    public func insertUsers(_ users: [User]) async throws -> Set<UserID> {
        guard !users.isEmpty else { return [] }
        var seen: Set<UserKey> = []
        var existing: Set<UserID> = []
        var candidates: [User] = []
        for user in users {
            if seen.insert(UserKey(user)).inserted {
                candidates.append(user)
            } else {
                existing.insert(user.id)
            }
        }
        let batches = try stride(from: 0, to: candidates.count, by: Self.batchSize).map { start in
            try Self.insertUsersQuery(candidates[start..<min(start + Self.batchSize, candidates.count)])
        }
        let inserted = try await self.withTransaction { connection in
            var inserted: Set<UserKey> = []
            for query in batches {
                let rows = try await connection.query(query, logger: self.logger).collect()
                for row in rows {
                    let (organizationID, id) = try row.decode((String, String).self)
                    inserted.insert(UserKey(organizationID: OrganizationID(organizationID), userID: UserID(id)))
                }
            }
            let cards = candidates.filter { inserted.contains(UserKey($0)) }.flatMap { user in
                user.cards.map { (user.organizationID, user.id, $0) }
            }
            try await self.insertCards(cards, on: connection)
            return inserted
        }
        for user in candidates where !inserted.contains(UserKey(user)) {
            existing.insert(user.id)
        }
        return existing
    }

    public func user(_ id: UserID, in organization: OrganizationID) async throws -> User? {
        let rows = try await self.client.query(
            "\(unescaped: Self.userSelect) WHERE organization_id = \(organization.rawValue) AND id = \(id.rawValue)",
            logger: self.logger
        ).collect()
        guard let row = rows.first else { return nil }
        let cards = try await self.client.query(
            """
            \(unescaped: Self.cardSelect)
            WHERE organization_id = \(organization.rawValue) AND user_id = \(id.rawValue)
            ORDER BY created_at, id
            """,
            logger: self.logger
        ).collect().map(Self.card(from:))
        return try Self.user(from: row, cards: cards)
    }

    public func updateUser(_ user: User) async throws -> Bool {
        let profile = user.profile
        let enrolledRewards = try StoredValues.json(profile.enrolledRewards)
        let phoneNumbers = try StoredValues.json(profile.phoneNumbers)
        let postalCodes = try StoredValues.json(profile.postalCodes)
        let updatedAt = StoredValues.milliseconds(user.updatedAt)
        let updated = try await self.rowCount(
            """
            UPDATE users SET enrolled_rewards = \(enrolledRewards)::jsonb, zip_code = \(profile.zipCode),
                email = \(profile.email), hashed_email = \(profile.hashedEmail), phone_number = \(profile.phoneNumber),
                birth_year = \(profile.birthYear), historical_transactions_sent = \(profile.historicalTransactionsSent),
                phone_numbers = \(phoneNumbers)::jsonb, postal_codes = \(postalCodes)::jsonb,
                user_name = \(profile.userName), first_name = \(profile.firstName), last_name = \(profile.lastName),
                external_partner_user_id = \(profile.externalPartnerUserID),
                updated_at = (TIMESTAMPTZ 'epoch' + \(updatedAt)::int8 * INTERVAL '1 millisecond')
            WHERE organization_id = \(user.organizationID.rawValue) AND id = \(user.id.rawValue)
            RETURNING 1
            """
        )
        return updated > 0
    }

    public func deleteUser(_ id: UserID, in organization: OrganizationID) async throws -> Bool {
        try await self.rowCount(
            "DELETE FROM users WHERE organization_id = \(organization.rawValue) AND id = \(id.rawValue) RETURNING 1"
        ) > 0
    }

    public func addCards(_ cards: [Card], to user: UserID, in organization: OrganizationID) async throws {
        guard !cards.isEmpty else { return }
        try await self.withTransaction { connection in
            try await self.insertCards(cards.map { (organization, user, $0) }, on: connection)
        }
    }

    /// One `SELECT … WHERE id = ANY(…)` for the whole set.
    public func existingUserIDs(_ ids: Set<UserID>, in organization: OrganizationID) async throws -> Set<UserID> {
        guard !ids.isEmpty else { return [] }
        let values = ids.map(\.rawValue)
        let rows = try await self.client.query(
            "SELECT id FROM users WHERE organization_id = \(organization.rawValue) AND id = ANY(\(values)::text[])",
            logger: self.logger
        ).collect()
        return Set(try rows.map { UserID(try $0.decode(String.self)) })
    }

    public func cardHolder(bin: String, lastFour: String) async throws -> CardHolder? {
        let rows = try await self.client.query(
            "SELECT organization_id, user_id FROM cards WHERE bin = \(bin) AND last_four = \(lastFour)",
            logger: self.logger
        ).collect()
        guard let row = rows.first else { return nil }
        let (organizationID, userID) = try row.decode((String, String).self)
        return CardHolder(organizationID: OrganizationID(organizationID), userID: UserID(userID))
    }

    /// Inserts cards with multi-row `unnest` statements inside the caller's transaction.
    /// - Throws: ``StoreError/duplicate(_:)`` when a card (id, or BIN and last four) exists already.
    func insertCards(
        _ cards: [(OrganizationID, UserID, Card)],
        on connection: PostgresConnection
    ) async throws {
        for start in stride(from: 0, to: cards.count, by: Self.batchSize) {
            let batch = cards[start..<min(start + Self.batchSize, cards.count)]
            let ids = batch.map(\.2.id)
            let organizations = batch.map(\.0.rawValue)
            let users = batch.map(\.1.rawValue)
            let bins = batch.map(\.2.bin)
            let lastFours = batch.map(\.2.lastFour)
            let issuers = batch.map(\.2.issuer)
            let networks = batch.map(\.2.network.rawValue)
            let statuses = batch.map(\.2.status.rawValue)
            let createdAt = batch.map { StoredValues.milliseconds($0.2.createdAt) }
            try await PostgresValues.mapDuplicate(Self.duplicateCard) {
                try await connection.query(
                    """
                    INSERT INTO cards (id, organization_id, user_id, bin, last_four, issuer, network, status,
                        created_at)
                    SELECT c.id, c.organization_id, c.user_id, c.bin, c.last_four, c.issuer, c.network, c.status,
                        \(unescaped: PostgresValues.timestamp("c.created_ms"))
                    FROM unnest(\(ids)::text[], \(organizations)::text[], \(users)::text[], \(bins)::text[],
                        \(lastFours)::text[], \(issuers)::text[], \(networks)::text[], \(statuses)::text[],
                        \(createdAt)::int8[])
                        AS c(id, organization_id, user_id, bin, last_four, issuer, network, status, created_ms)
                    """,
                    logger: self.logger
                ).collect()
            }
        }
    }

    /// One multi-row insert of `users`, returning the keys of the rows inserted.
    static func insertUsersQuery(_ users: ArraySlice<User>) throws -> PostgresQuery {
        let organizations = users.map(\.organizationID.rawValue)
        let ids = users.map(\.id.rawValue)
        let enrolledRewards = try users.map { try StoredValues.json($0.profile.enrolledRewards) }
        let zipCodes = PostgresValues.textArrayLiteral(users.map(\.profile.zipCode))
        let emails = PostgresValues.textArrayLiteral(users.map(\.profile.email))
        let hashedEmails = PostgresValues.textArrayLiteral(users.map(\.profile.hashedEmail))
        let phoneNumber = PostgresValues.textArrayLiteral(users.map(\.profile.phoneNumber))
        let birthYears = PostgresValues.textArrayLiteral(users.map(\.profile.birthYear))
        let historical = users.map(\.profile.historicalTransactionsSent)
        let phoneNumbers = try users.map { try StoredValues.json($0.profile.phoneNumbers) }
        let postalCodes = try users.map { try StoredValues.json($0.profile.postalCodes) }
        let userNames = PostgresValues.textArrayLiteral(users.map(\.profile.userName))
        let firstNames = PostgresValues.textArrayLiteral(users.map(\.profile.firstName))
        let lastNames = PostgresValues.textArrayLiteral(users.map(\.profile.lastName))
        let partnerIDs = PostgresValues.textArrayLiteral(users.map(\.profile.externalPartnerUserID))
        let createdAt = users.map { StoredValues.milliseconds($0.createdAt) }
        let updatedAt = users.map { StoredValues.milliseconds($0.updatedAt) }
        return """
            INSERT INTO users (organization_id, id, enrolled_rewards, zip_code, email, hashed_email, phone_number,
                birth_year, historical_transactions_sent, phone_numbers, postal_codes, user_name, first_name, last_name,
                external_partner_user_id, created_at, updated_at)
            SELECT u.organization_id, u.id, u.enrolled_rewards::jsonb, u.zip_code, u.email, u.hashed_email,
                u.phone_number, u.birth_year, u.historical, u.phone_numbers::jsonb, u.postal_codes::jsonb, u.user_name,
                u.first_name, u.last_name, u.partner_id,
                \(unescaped: PostgresValues.timestamp("u.created_ms")),
                \(unescaped: PostgresValues.timestamp("u.updated_ms"))
            FROM unnest(\(organizations)::text[], \(ids)::text[], \(enrolledRewards)::text[], \(zipCodes)::text[],
                \(emails)::text[], \(hashedEmails)::text[], \(phoneNumber)::text[], \(birthYears)::text[],
                \(historical)::bool[], \(phoneNumbers)::text[], \(postalCodes)::text[], \(userNames)::text[],
                \(firstNames)::text[], \(lastNames)::text[], \(partnerIDs)::text[], \(createdAt)::int8[],
                \(updatedAt)::int8[])
                AS u(organization_id, id, enrolled_rewards, zip_code, email, hashed_email, phone_number, birth_year,
                    historical, phone_numbers, postal_codes, user_name, first_name, last_name, partner_id,
                    created_ms, updated_ms)
            ON CONFLICT (organization_id, id) DO NOTHING
            RETURNING organization_id, id
            """
    }

    static func user(from row: PostgresRow, cards: [Card]) throws -> User {
        let (
            organizationID, id, enrolledRewards, zipCode, email, hashedEmail, phoneNumber, birthYear,
            historicalTransactionsSent, phoneNumbers, postalCodes, userName, firstName, lastName,
            externalPartnerUserID, createdAt, updatedAt
        ) = try row.decode(
            (
                String, String, String, String?, String?, String?, String?, String?,
                Bool, String, String, String?, String?, String?,
                String?, Int64, Int64
            ).self
        )
        let profile = UserProfile(
            enrolledRewards: try StoredValues.decodeJSON([RewardProgram].self, from: enrolledRewards),
            zipCode: zipCode,
            email: email,
            hashedEmail: hashedEmail,
            phoneNumber: phoneNumber,
            birthYear: birthYear,
            historicalTransactionsSent: historicalTransactionsSent,
            phoneNumbers: try StoredValues.decodeJSON([PhoneNumber].self, from: phoneNumbers),
            postalCodes: try StoredValues.decodeJSON([PostalCode].self, from: postalCodes),
            userName: userName,
            firstName: firstName,
            lastName: lastName,
            externalPartnerUserID: externalPartnerUserID
        )
        return User(
            organizationID: OrganizationID(organizationID),
            id: UserID(id),
            profile: profile,
            cards: cards,
            createdAt: StoredValues.date(milliseconds: createdAt),
            updatedAt: StoredValues.date(milliseconds: updatedAt)
        )
    }

    static func card(from row: PostgresRow) throws -> Card {
        let (id, bin, lastFour, issuer, networkText, statusText, createdAt) = try row.decode(
            (String, String, String, String, String, String, Int64).self
        )
        guard let network = CardNetwork(rawValue: networkText), let status = CardStatus(rawValue: statusText) else {
            throw PostgresStoreError.corruptValue("card network \(networkText) or status \(statusText)")
        }
        return Card(
            id: id,
            bin: bin,
            lastFour: lastFour,
            issuer: issuer,
            network: network,
            status: status,
            createdAt: StoredValues.date(milliseconds: createdAt)
        )
    }
}
