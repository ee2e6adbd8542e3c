import Foundation
import KardCore
import PostgresNIO

extension PostgresStore {
    /// The organization columns as ``organization(from:)`` reads them.
    static let organizationSelect = """
        SELECT id, name, parent_id, external_id, bins::text, card_networks::text, enrolled_rewards::text,
            affiliate_split_bp, cardlinked_split_bp, cardlinked_user_split_bp, is_sandbox, webhook_url, webhook_key,
            \(PostgresValues.milliseconds("created_at")), \(PostgresValues.milliseconds("updated_at"))
        FROM organizations
        """

    public func insertOrganization(_ organization: Organization, credential: ClientCredential?) async throws {
        let insertOrganization = try Self.insertQuery(organization)
        try await self.withTransaction { connection in
            try await PostgresValues.mapDuplicate("organization \(organization.id)") {
                try await connection.query(insertOrganization, logger: self.logger).collect()
            }
            if let credential {
                let createdAt = StoredValues.milliseconds(credential.createdAt)
                let scopes = StoredValues.scopesText(credential.scopes)
                try await PostgresValues.mapDuplicate("client \(credential.clientID)") {
                    try await connection.query(
                        """
                        INSERT INTO client_credentials (client_id, organization_id, secret_hash, scopes, created_at)
                        VALUES (\(credential.clientID), \(credential.organizationID.rawValue), \(credential.secretHash),
                            \(scopes), (TIMESTAMPTZ 'epoch' + \(createdAt)::int8 * INTERVAL '1 millisecond'))
                        """,
                        logger: self.logger
                    ).collect()
                }
            }
        }
    }

    public func organization(_ id: OrganizationID) async throws -> Organization? {
        let rows = try await self.client.query(
            "\(unescaped: Self.organizationSelect) WHERE id = \(id.rawValue)",
            logger: self.logger
        ).collect()
        return try rows.first.map(Self.organization(from:))
    }

    public func allOrganizations() async throws -> [Organization] {
        try await self.client.query("\(unescaped: Self.organizationSelect) ORDER BY id", logger: self.logger)
            .collect()
            .map(Self.organization(from:))
    }

    public func children(of parent: OrganizationID, after: OrganizationID?, limit: Int) async throws -> [Organization] {
        guard limit > 0 else { return [] }
        return try await self.client.query(
            """
            \(unescaped: Self.organizationSelect)
            WHERE parent_id = \(parent.rawValue) AND (\(after?.rawValue)::text IS NULL OR id > \(after?.rawValue)::text)
            ORDER BY id
            LIMIT \(limit)
            """,
            logger: self.logger
        ).collect().map(Self.organization(from:))
    }

    public func updateOrganization(_ organization: Organization) async throws -> Bool {
        let splits = organization.commissionSplits
        let createdAt = StoredValues.milliseconds(organization.createdAt)
        let updatedAt = StoredValues.milliseconds(organization.updatedAt)
        let bins = try StoredValues.json(organization.bins)
        let cardNetworks = try StoredValues.json(organization.cardNetworks)
        let enrolledRewards = try StoredValues.json(organization.enrolledRewards)
        let updated = try await self.rowCount(
            """
            UPDATE organizations SET name = \(organization.name), parent_id = \(organization.parentID?.rawValue),
                external_id = \(organization.externalID),
                bins = \(bins)::jsonb, card_networks = \(cardNetworks)::jsonb,
                enrolled_rewards = \(enrolledRewards)::jsonb,
                affiliate_split_bp = \(splits.affiliateBasisPoints),
                cardlinked_split_bp = \(splits.cardLinkedBasisPoints),
                cardlinked_user_split_bp = \(splits.cardLinkedUserBasisPoints),
                is_sandbox = \(organization.isSandbox), webhook_url = \(organization.webhookURL),
                webhook_key = \(organization.webhookKey),
                created_at = (TIMESTAMPTZ 'epoch' + \(createdAt)::int8 * INTERVAL '1 millisecond'),
                updated_at = (TIMESTAMPTZ 'epoch' + \(updatedAt)::int8 * INTERVAL '1 millisecond')
            WHERE id = \(organization.id.rawValue)
            RETURNING 1
            """
        )
        return updated > 0
    }

    public func deleteOrganization(_ id: OrganizationID) async throws -> Bool {
        try await self.rowCount("DELETE FROM organizations WHERE id = \(id.rawValue) RETURNING 1") > 0
    }

    public func credential(clientID: String) async throws -> ClientCredential? {
        let rows = try await self.client.query(
            """
            SELECT client_id, organization_id, secret_hash, scopes,
                \(unescaped: PostgresValues.milliseconds("created_at"))
            FROM client_credentials WHERE client_id = \(clientID)
            """,
            logger: self.logger
        ).collect()
        guard let row = rows.first else { return nil }
        let (id, organizationID, secretHash, scopes, createdAt) = try row.decode(
            (String, String, String, String, Int64).self
        )
        return ClientCredential(
            clientID: id,
            secretHash: secretHash,
            organizationID: OrganizationID(organizationID),
            scopes: StoredValues.scopes(scopes),
            createdAt: StoredValues.date(milliseconds: createdAt)
        )
    }

    static func insertQuery(_ organization: Organization) throws -> PostgresQuery {
        let splits = organization.commissionSplits
        let createdAt = StoredValues.milliseconds(organization.createdAt)
        let updatedAt = StoredValues.milliseconds(organization.updatedAt)
        let bins = try StoredValues.json(organization.bins)
        let cardNetworks = try StoredValues.json(organization.cardNetworks)
        let enrolledRewards = try StoredValues.json(organization.enrolledRewards)
        return """
            INSERT INTO organizations (id, name, parent_id, external_id, bins, card_networks, enrolled_rewards,
                affiliate_split_bp, cardlinked_split_bp, cardlinked_user_split_bp, is_sandbox, webhook_url, webhook_key,
                created_at, updated_at)
            VALUES (\(organization.id.rawValue), \(organization.name), \(organization.parentID?.rawValue),
                \(organization.externalID), \(bins)::jsonb, \(cardNetworks)::jsonb, \(enrolledRewards)::jsonb,
                \(splits.affiliateBasisPoints), \(splits.cardLinkedBasisPoints), \(splits.cardLinkedUserBasisPoints),
                \(organization.isSandbox), \(organization.webhookURL), \(organization.webhookKey),
                (TIMESTAMPTZ 'epoch' + \(createdAt)::int8 * INTERVAL '1 millisecond'),
                (TIMESTAMPTZ 'epoch' + \(updatedAt)::int8 * INTERVAL '1 millisecond'))
            """
    }

    static func organization(from row: PostgresRow) throws -> Organization {
        let (
            id, name, parentID, externalID, bins, cardNetworks, enrolledRewards,
            affiliate, cardLinked, cardLinkedUser, isSandbox, webhookURL, webhookKey, createdAt, updatedAt
        ) = try row.decode(
            (
                String, String, String?, String?, String, String, String,
                Int, Int, Int, Bool, String?, String, Int64, Int64
            ).self
        )
        return Organization(
            id: OrganizationID(id),
            name: name,
            parentID: parentID.map(OrganizationID.init),
            externalID: externalID,
            bins: try StoredValues.decodeJSON([String].self, from: bins),
            cardNetworks: try StoredValues.decodeJSON([CardNetwork].self, from: cardNetworks),
            enrolledRewards: try StoredValues.decodeJSON([RewardProgram].self, from: enrolledRewards),
            commissionSplits: CommissionSplits(
                affiliateBasisPoints: affiliate,
                cardLinkedBasisPoints: cardLinked,
                cardLinkedUserBasisPoints: cardLinkedUser
            ),
            isSandbox: isSandbox,
            webhookURL: webhookURL,
            webhookKey: webhookKey,
            createdAt: StoredValues.date(milliseconds: createdAt),
            updatedAt: StoredValues.date(milliseconds: updatedAt)
        )
    }
}
