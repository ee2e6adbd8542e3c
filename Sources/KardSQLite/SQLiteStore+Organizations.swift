import Foundation
import GRDB
import KardCore

extension SQLiteStore {
    static let organizationColumns = """
        id, name, parent_id, external_id, bins, card_networks, enrolled_rewards, affiliate_split_bp, \
        cardlinked_split_bp, cardlinked_user_split_bp, is_sandbox, webhook_url, webhook_key, created_at, updated_at
        """

    public func insertOrganization(_ organization: Organization, credential: ClientCredential?) async throws {
        let arguments = StatementArguments(try Self.organizationValues(organization))
        try await self.write { db in
            try SQLiteValues.mapDuplicate("organization \(organization.id)") {
                try db.cachedStatement(
                    sql: """
                        INSERT INTO organizations (\(Self.organizationColumns))
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """
                ).execute(arguments: arguments)
            }
            if let credential {
                try SQLiteValues.mapDuplicate("client \(credential.clientID)") {
                    try db.cachedStatement(
                        sql: """
                            INSERT INTO client_credentials (client_id, organization_id, secret_hash, scopes, created_at)
                            VALUES (?, ?, ?, ?, ?)
                            """
                    ).execute(arguments: [
                        credential.clientID,
                        credential.organizationID.rawValue,
                        credential.secretHash,
                        StoredValues.scopesText(credential.scopes),
                        StoredValues.milliseconds(credential.createdAt),
                    ])
                }
            }
        }
    }

    public func organization(_ id: OrganizationID) async throws -> Organization? {
        try await self.read { db in
            let statement = try db.cachedStatement(
                sql: "SELECT \(Self.organizationColumns) FROM organizations WHERE id = ?"
            )
            return try Row.fetchOne(statement, arguments: [id.rawValue]).map(Self.organization(from:))
        }
    }

    public func allOrganizations() async throws -> [Organization] {
        try await self.read { db in
            let statement = try db.cachedStatement(
                sql: "SELECT \(Self.organizationColumns) FROM organizations ORDER BY id"
            )
            return try Row.fetchAll(statement).map(Self.organization(from:))
        }
    }

    public func children(of parent: OrganizationID, after: OrganizationID?, limit: Int) async throws -> [Organization] {
        guard limit > 0 else { return [] }
        return try await self.read { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT \(Self.organizationColumns) FROM organizations
                    WHERE parent_id = ? AND (? IS NULL OR id > ?)
                    ORDER BY id
                    LIMIT ?
                    """
            )
            let rows = try Row.fetchAll(
                statement,
                arguments: [parent.rawValue, after?.rawValue, after?.rawValue, limit]
            )
            return try rows.map(Self.organization(from:))
        }
    }

    public func updateOrganization(_ organization: Organization) async throws -> Bool {
        // Every column but the id, then the id.
        let values = try Self.organizationValues(organization)
        let arguments = StatementArguments(Array(values.dropFirst()) + [organization.id.rawValue])
        return try await self.write { db in
            try db.cachedStatement(
                sql: """
                    UPDATE organizations SET name = ?, parent_id = ?, external_id = ?, bins = ?, card_networks = ?,
                        enrolled_rewards = ?, affiliate_split_bp = ?, cardlinked_split_bp = ?,
                        cardlinked_user_split_bp = ?, is_sandbox = ?, webhook_url = ?, webhook_key = ?,
                        created_at = ?, updated_at = ?
                    WHERE id = ?
                    """
            ).execute(arguments: arguments)
            return db.changesCount > 0
        }
    }

    public func deleteOrganization(_ id: OrganizationID) async throws -> Bool {
        try await self.write { db in
            try db.cachedStatement(sql: "DELETE FROM organizations WHERE id = ?").execute(arguments: [id.rawValue])
            return db.changesCount > 0
        }
    }

    public func credential(clientID: String) async throws -> ClientCredential? {
        try await self.read { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT client_id, organization_id, secret_hash, scopes, created_at
                    FROM client_credentials WHERE client_id = ?
                    """
            )
            guard let row = try Row.fetchOne(statement, arguments: [clientID]) else { return nil }
            return ClientCredential(
                clientID: try row.decode(forColumn: "client_id"),
                secretHash: try row.decode(forColumn: "secret_hash"),
                organizationID: OrganizationID(try row.decode(forColumn: "organization_id")),
                scopes: StoredValues.scopes(try row.decode(forColumn: "scopes")),
                createdAt: StoredValues.date(milliseconds: try row.decode(forColumn: "created_at"))
            )
        }
    }

    /// The values of ``organizationColumns``, in order.
    static func organizationValues(_ organization: Organization) throws -> [(any DatabaseValueConvertible)?] {
        [
            organization.id.rawValue,
            organization.name,
            organization.parentID?.rawValue,
            organization.externalID,
            try StoredValues.json(organization.bins),
            try StoredValues.json(organization.cardNetworks),
            try StoredValues.json(organization.enrolledRewards),
            organization.commissionSplits.affiliateBasisPoints,
            organization.commissionSplits.cardLinkedBasisPoints,
            organization.commissionSplits.cardLinkedUserBasisPoints,
            organization.isSandbox,
            organization.webhookURL,
            organization.webhookKey,
            StoredValues.milliseconds(organization.createdAt),
            StoredValues.milliseconds(organization.updatedAt),
        ]
    }

    static func organization(from row: Row) throws -> Organization {
        let parentID: String? = try row.decode(forColumn: "parent_id")
        return Organization(
            id: OrganizationID(try row.decode(forColumn: "id")),
            name: try row.decode(forColumn: "name"),
            parentID: parentID.map(OrganizationID.init),
            externalID: try row.decode(forColumn: "external_id"),
            bins: try SQLiteValues.decodeJSON([String].self, column: "bins", of: row),
            cardNetworks: try SQLiteValues.decodeJSON([CardNetwork].self, column: "card_networks", of: row),
            enrolledRewards: try SQLiteValues.decodeJSON([RewardProgram].self, column: "enrolled_rewards", of: row),
            commissionSplits: CommissionSplits(
                affiliateBasisPoints: try row.decode(forColumn: "affiliate_split_bp"),
                cardLinkedBasisPoints: try row.decode(forColumn: "cardlinked_split_bp"),
                cardLinkedUserBasisPoints: try row.decode(forColumn: "cardlinked_user_split_bp")
            ),
            isSandbox: try row.decode(forColumn: "is_sandbox"),
            webhookURL: try row.decode(forColumn: "webhook_url"),
            webhookKey: try row.decode(forColumn: "webhook_key"),
            createdAt: StoredValues.date(milliseconds: try row.decode(forColumn: "created_at")),
            updatedAt: StoredValues.date(milliseconds: try row.decode(forColumn: "updated_at"))
        )
    }
}
