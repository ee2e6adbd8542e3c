import KardCore

/// The SQLite schema, as ordered, named migrations (the same names as the PostgreSQL store's).
enum SQLiteMigrations {
    /// The table recording applied migrations; created before any migration runs.
    static let createLedger = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            name TEXT PRIMARY KEY NOT NULL,
            applied_at INTEGER NOT NULL
        )
        """

    static let all: [Migration] = [
        Migration(
            name: "0001_organizations_users",
            statements: [
                """
                CREATE TABLE organizations (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    parent_id TEXT REFERENCES organizations (id) ON DELETE CASCADE,
                    external_id TEXT,
                    bins TEXT NOT NULL,
                    card_networks TEXT NOT NULL,
                    enrolled_rewards TEXT NOT NULL,
                    affiliate_split_bp INTEGER NOT NULL,
                    cardlinked_split_bp INTEGER NOT NULL,
                    cardlinked_user_split_bp INTEGER NOT NULL,
                    is_sandbox INTEGER NOT NULL,
                    webhook_url TEXT,
                    webhook_key TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL
                )
                """,
                "CREATE INDEX organizations_parent_id ON organizations (parent_id, id)",
                """
                CREATE TABLE client_credentials (
                    client_id TEXT PRIMARY KEY NOT NULL,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    secret_hash TEXT NOT NULL,
                    scopes TEXT NOT NULL,
                    created_at INTEGER NOT NULL
                )
                """,
                "CREATE INDEX client_credentials_organization_id ON client_credentials (organization_id)",
                """
                CREATE TABLE users (
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    id TEXT NOT NULL,
                    enrolled_rewards TEXT NOT NULL,
                    zip_code TEXT,
                    email TEXT,
                    hashed_email TEXT,
                    phone_number TEXT,
                    birth_year TEXT,
                    historical_transactions_sent INTEGER NOT NULL,
                    phone_numbers TEXT NOT NULL,
                    postal_codes TEXT NOT NULL,
                    user_name TEXT,
                    first_name TEXT,
                    last_name TEXT,
                    external_partner_user_id TEXT,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    PRIMARY KEY (organization_id, id)
                )
                """,
                """
                CREATE TABLE cards (
                    id TEXT PRIMARY KEY NOT NULL,
                    organization_id TEXT NOT NULL,
                    user_id TEXT NOT NULL,
                    bin TEXT NOT NULL,
                    last_four TEXT NOT NULL,
                    issuer TEXT NOT NULL,
                    network TEXT NOT NULL,
                    status TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id) ON DELETE CASCADE,
                    UNIQUE (bin, last_four)
                )
                """,
                "CREATE INDEX cards_user ON cards (organization_id, user_id, created_at, id)",
                """
                CREATE TABLE settings (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                )
                """,
            ]
        )
    ]
}
