import Foundation
import GRDB
import KardCore

extension SQLiteStore {
    static let userColumns = """
        organization_id, id, enrolled_rewards, zip_code, email, hashed_email, phone_number, birth_year, \
        historical_transactions_sent, phone_numbers, postal_codes, user_name, first_name, last_name, \
        external_partner_user_id, created_at, updated_at
        """

    static let cardColumns = "id, organization_id, user_id, bin, last_four, issuer, network, status, created_at"

    /// What a duplicate card is reported as.
    static let duplicateCard = "card"

    public func insertUsers(_ users: [User]) async throws -> Set<UserID> {
        guard !users.isEmpty else { return [] }
        let rows = try users.map { user in (user, StatementArguments(try Self.userValues(user))) }
        return try await self.write { db in
            let insertUser = try db.cachedStatement(
                sql: """
                    INSERT INTO users (\(Self.userColumns))
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (organization_id, id) DO NOTHING
                    """
            )
            var existing: Set<UserID> = []
            for (user, arguments) in rows {
                try insertUser.execute(arguments: arguments)
                if db.changesCount == 0 {
                    existing.insert(user.id)
                } else {
                    try Self.insertCards(user.cards, of: user.id, in: user.organizationID, db: db)
                }
            }
            return existing
        }
    }

    public func user(_ id: UserID, in organization: OrganizationID) async throws -> User? {
        try await self.read { db in
            let userStatement = try db.cachedStatement(
                sql: "SELECT \(Self.userColumns) FROM users WHERE organization_id = ? AND id = ?"
            )
            guard let row = try Row.fetchOne(userStatement, arguments: [organization.rawValue, id.rawValue]) else {
                return nil
            }
            let cardStatement = try db.cachedStatement(
                sql: """
                    SELECT \(Self.cardColumns) FROM cards
                    WHERE organization_id = ? AND user_id = ?
                    ORDER BY created_at, id
                    """
            )
            let cards = try Row.fetchAll(cardStatement, arguments: [organization.rawValue, id.rawValue])
                .map(Self.card(from:))
            return try Self.user(from: row, cards: cards)
        }
    }

    public func updateUser(_ user: User) async throws -> Bool {
        let profile = user.profile
        let arguments: StatementArguments = [
            try StoredValues.json(profile.enrolledRewards),
            profile.zipCode,
            profile.email,
            profile.hashedEmail,
            profile.phoneNumber,
            profile.birthYear,
            profile.historicalTransactionsSent,
            try StoredValues.json(profile.phoneNumbers),
            try StoredValues.json(profile.postalCodes),
            profile.userName,
            profile.firstName,
            profile.lastName,
            profile.externalPartnerUserID,
            StoredValues.milliseconds(user.updatedAt),
            user.organizationID.rawValue,
            user.id.rawValue,
        ]
        return try await self.write { db in
            try db.cachedStatement(
                sql: """
                    UPDATE users SET enrolled_rewards = ?, zip_code = ?, email = ?, hashed_email = ?,
                        phone_number = ?, birth_year = ?, historical_transactions_sent = ?, phone_numbers = ?,
                        postal_codes = ?, user_name = ?, first_name = ?, last_name = ?,
                        external_partner_user_id = ?, updated_at = ?
                    WHERE organization_id = ? AND id = ?
                    """
            ).execute(arguments: arguments)
            return db.changesCount > 0
        }
    }

    public func deleteUser(_ id: UserID, in organization: OrganizationID) async throws -> Bool {
        try await self.write { db in
            try db.cachedStatement(sql: "DELETE FROM users WHERE organization_id = ? AND id = ?")
                .execute(arguments: [organization.rawValue, id.rawValue])
            return db.changesCount > 0
        }
    }

    public func addCards(_ cards: [Card], to user: UserID, in organization: OrganizationID) async throws {
        guard !cards.isEmpty else { return }
        try await self.write { db in
            try Self.insertCards(cards, of: user, in: organization, db: db)
        }
    }

    /// Ids per `IN (…)` list in ``existingUserIDs(_:in:)``.
    static let idChunkSize = 500

    /// One `SELECT … IN (…)` per chunk of at most ``idChunkSize`` ids, all in one read access.
    public func existingUserIDs(_ ids: Set<UserID>, in organization: OrganizationID) async throws -> Set<UserID> {
        guard !ids.isEmpty else { return [] }
        let values = ids.map(\.rawValue)
        return try await self.read { db in
            var existing: Set<UserID> = []
            for start in stride(from: 0, to: values.count, by: Self.idChunkSize) {
                let chunk = values[start..<min(start + Self.idChunkSize, values.count)]
                let sql = """
                    SELECT id FROM users
                    WHERE organization_id = ? AND id IN (\(SQLiteValues.placeholders(chunk.count)))
                    """
                // Only full chunks share a cached statement: the last one's length varies from call to call.
                let statement =
                    chunk.count == Self.idChunkSize ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
                let arguments = StatementArguments([organization.rawValue] + Array(chunk))
                for id in try String.fetchAll(statement, arguments: arguments) {
                    existing.insert(UserID(id))
                }
            }
            return existing
        }
    }

    public func cardHolder(bin: String, lastFour: String) async throws -> CardHolder? {
        try await self.read { db in
            let statement = try db.cachedStatement(
                sql: "SELECT organization_id, user_id FROM cards WHERE bin = ? AND last_four = ?"
            )
            guard let row = try Row.fetchOne(statement, arguments: [bin, lastFour]) else { return nil }
            return CardHolder(
                organizationID: OrganizationID(try row.decode(forColumn: "organization_id")),
                userID: UserID(try row.decode(forColumn: "user_id"))
            )
        }
    }

    /// Inserts cards inside the caller's transaction.
    /// - Throws: ``StoreError/duplicate(_:)`` when a card (id, or BIN and last four) exists already.
    static func insertCards(_ cards: [Card], of user: UserID, in organization: OrganizationID, db: Database) throws {
        guard !cards.isEmpty else { return }
        let statement = try db.cachedStatement(
            sql: "INSERT INTO cards (\(Self.cardColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        )
        for card in cards {
            try SQLiteValues.mapDuplicate(Self.duplicateCard) {
                try statement.execute(arguments: [
                    card.id,
                    organization.rawValue,
                    user.rawValue,
                    card.bin,
                    card.lastFour,
                    card.issuer,
                    card.network.rawValue,
                    card.status.rawValue,
                    StoredValues.milliseconds(card.createdAt),
                ])
            }
        }
    }

    /// The values of ``userColumns``, in order.
    static func userValues(_ user: User) throws -> [(any DatabaseValueConvertible)?] {
        let profile = user.profile
        return [
            user.organizationID.rawValue,
            user.id.rawValue,
            try StoredValues.json(profile.enrolledRewards),
            profile.zipCode,
            profile.email,
            profile.hashedEmail,
            profile.phoneNumber,
            profile.birthYear,
            profile.historicalTransactionsSent,
            try StoredValues.json(profile.phoneNumbers),
            try StoredValues.json(profile.postalCodes),
            profile.userName,
            profile.firstName,
            profile.lastName,
            profile.externalPartnerUserID,
            StoredValues.milliseconds(user.createdAt),
            StoredValues.milliseconds(user.updatedAt),
        ]
    }

    static func user(from row: Row, cards: [Card]) throws -> User {
        let profile = UserProfile(
            enrolledRewards: try SQLiteValues.decodeJSON([RewardProgram].self, column: "enrolled_rewards", of: row),
            zipCode: try row.decode(forColumn: "zip_code"),
            email: try row.decode(forColumn: "email"),
            hashedEmail: try row.decode(forColumn: "hashed_email"),
            phoneNumber: try row.decode(forColumn: "phone_number"),
            birthYear: try row.decode(forColumn: "birth_year"),
            historicalTransactionsSent: try row.decode(forColumn: "historical_transactions_sent"),
            phoneNumbers: try SQLiteValues.decodeJSON([PhoneNumber].self, column: "phone_numbers", of: row),
            postalCodes: try SQLiteValues.decodeJSON([PostalCode].self, column: "postal_codes", of: row),
            userName: try row.decode(forColumn: "user_name"),
            firstName: try row.decode(forColumn: "first_name"),
            lastName: try row.decode(forColumn: "last_name"),
            externalPartnerUserID: try row.decode(forColumn: "external_partner_user_id")
        )
        return User(
            organizationID: OrganizationID(try row.decode(forColumn: "organization_id")),
            id: UserID(try row.decode(forColumn: "id")),
            profile: profile,
            cards: cards,
            createdAt: StoredValues.date(milliseconds: try row.decode(forColumn: "created_at")),
            updatedAt: StoredValues.date(milliseconds: try row.decode(forColumn: "updated_at"))
        )
    }

    static func card(from row: Row) throws -> Card {
        let networkText: String = try row.decode(forColumn: "network")
        let statusText: String = try row.decode(forColumn: "status")
        guard let network = CardNetwork(rawValue: networkText), let status = CardStatus(rawValue: statusText) else {
            throw SQLiteStoreError.corruptValue("card network \(networkText) or status \(statusText)")
        }
        return Card(
            id: try row.decode(forColumn: "id"),
            bin: try row.decode(forColumn: "bin"),
            lastFour: try row.decode(forColumn: "last_four"),
            issuer: try row.decode(forColumn: "issuer"),
            network: network,
            status: status,
            createdAt: StoredValues.date(milliseconds: try row.decode(forColumn: "created_at"))
        )
    }
}
