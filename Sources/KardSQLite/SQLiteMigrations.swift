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
        ),
        Migration(
            name: "0002_catalog",
            statements: [
                """
                CREATE TABLE merchants (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    aliases TEXT NOT NULL,
                    mids TEXT NOT NULL,
                    mccs TEXT NOT NULL,
                    category TEXT NOT NULL,
                    source TEXT NOT NULL,
                    description TEXT NOT NULL,
                    website_url TEXT,
                    logo_url TEXT,
                    banner_url TEXT,
                    accepted_cards TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL
                )
                """,
                """
                CREATE TABLE offers (
                    id TEXT PRIMARY KEY NOT NULL,
                    merchant_id TEXT NOT NULL REFERENCES merchants (id),
                    name TEXT NOT NULL,
                    source TEXT NOT NULL,
                    purchase_channels TEXT NOT NULL,
                    commission_type TEXT NOT NULL,
                    total_commission INTEGER NOT NULL,
                    minimum_spend_cents INTEGER,
                    maximum_transaction_cents INTEGER,
                    maximum_reward_cents INTEGER,
                    maximum_redemptions INTEGER,
                    redeemable_once INTEGER NOT NULL,
                    targeting TEXT NOT NULL,
                    start_date INTEGER NOT NULL,
                    expiration_date INTEGER NOT NULL,
                    terms TEXT NOT NULL,
                    description TEXT,
                    website_url TEXT,
                    location_ids TEXT NOT NULL,
                    mccs TEXT NOT NULL,
                    display TEXT NOT NULL,
                    image_url TEXT,
                    banner_url TEXT,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL
                )
                """,
                "CREATE INDEX offers_merchant_id ON offers (merchant_id)",
                """
                CREATE TABLE locations (
                    id TEXT PRIMARY KEY NOT NULL,
                    merchant_id TEXT NOT NULL REFERENCES merchants (id),
                    name TEXT NOT NULL,
                    street TEXT NOT NULL,
                    city TEXT NOT NULL,
                    state TEXT NOT NULL,
                    zip_code TEXT NOT NULL,
                    latitude REAL NOT NULL,
                    longitude REAL NOT NULL,
                    phone TEXT NOT NULL,
                    opening_hours TEXT NOT NULL,
                    google_id TEXT,
                    source TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL
                )
                """,
                "CREATE INDEX locations_merchant_id ON locations (merchant_id)",
                """
                CREATE TABLE catalog_version (
                    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
                    version INTEGER NOT NULL
                )
                """,
                "INSERT INTO catalog_version (id, version) VALUES (1, 0)",
                """
                CREATE TABLE merchant_purchases (
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    user_id TEXT NOT NULL,
                    merchant_id TEXT NOT NULL,
                    first_purchase_at INTEGER NOT NULL,
                    last_purchase_at INTEGER NOT NULL,
                    purchase_count INTEGER NOT NULL,
                    PRIMARY KEY (organization_id, user_id, merchant_id)
                )
                """,
                """
                CREATE TABLE attribution_events (
                    id TEXT PRIMARY KEY NOT NULL,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    user_id TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    entity_id TEXT NOT NULL,
                    event_code TEXT NOT NULL,
                    medium TEXT NOT NULL,
                    event_date INTEGER NOT NULL,
                    recorded_at INTEGER NOT NULL
                )
                """,
                "CREATE INDEX attribution_events_user ON attribution_events (organization_id, user_id, event_date, id)",
            ]
        ),
        Migration(
            name: "0003_transaction_inbox",
            statements: [
                """
                CREATE TABLE transaction_events (
                    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    event_id TEXT NOT NULL,
                    transaction_id TEXT NOT NULL,
                    user_id TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    received_at INTEGER NOT NULL,
                    processed_at INTEGER,
                    UNIQUE (organization_id, event_id)
                )
                """,
                """
                CREATE INDEX transaction_events_transaction
                ON transaction_events (organization_id, transaction_id, sequence)
                """,
                """
                CREATE INDEX transaction_events_unprocessed
                ON transaction_events (processed_at, sequence) WHERE processed_at IS NULL
                """,
            ]
        ),
        Migration(
            name: "0004_processing",
            statements: [
                """
                CREATE TABLE transaction_records (
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    transaction_id TEXT NOT NULL,
                    user_id TEXT NOT NULL,
                    status TEXT NOT NULL,
                    amount_cents INTEGER NOT NULL,
                    transaction_date INTEGER NOT NULL,
                    merchant_id TEXT,
                    offer_id TEXT,
                    is_rewarded INTEGER NOT NULL,
                    is_purchase_recorded INTEGER NOT NULL,
                    explanation TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    PRIMARY KEY (organization_id, transaction_id)
                )
                """,
                """
                CREATE INDEX transaction_records_user_offer
                ON transaction_records (organization_id, user_id, offer_id)
                """,
                "CREATE INDEX transaction_records_transaction_date ON transaction_records (transaction_date)",
                """
                CREATE TABLE reward_ledger (
                    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    entry_id TEXT NOT NULL,
                    transaction_id TEXT NOT NULL,
                    user_id TEXT NOT NULL,
                    offer_id TEXT NOT NULL,
                    merchant_id TEXT NOT NULL,
                    movement TEXT NOT NULL,
                    source_id TEXT NOT NULL,
                    transaction_amount_cents INTEGER NOT NULL,
                    commission_cents INTEGER NOT NULL,
                    issuer_cents INTEGER NOT NULL,
                    user_cents INTEGER NOT NULL,
                    transaction_date INTEGER NOT NULL,
                    payment TEXT NOT NULL,
                    paid_at INTEGER,
                    created_at INTEGER NOT NULL,
                    UNIQUE (organization_id, entry_id)
                )
                """,
                "CREATE INDEX reward_ledger_user ON reward_ledger (organization_id, user_id, sequence)",
                "CREATE INDEX reward_ledger_transaction ON reward_ledger (organization_id, transaction_id, sequence)",
                """
                CREATE TABLE notification_outbox (
                    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    notification_id TEXT NOT NULL UNIQUE,
                    source_key TEXT NOT NULL,
                    event TEXT NOT NULL,
                    user_id TEXT,
                    transaction_id TEXT,
                    content TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    UNIQUE (organization_id, source_key)
                )
                """,
                "CREATE INDEX notification_outbox_organization ON notification_outbox (organization_id, sequence)",
                """
                CREATE TABLE fraud_markers (
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    transaction_id TEXT NOT NULL,
                    user_id TEXT NOT NULL,
                    marked_at INTEGER NOT NULL,
                    PRIMARY KEY (organization_id, transaction_id)
                )
                """,
                """
                CREATE TABLE audits (
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    audit_id TEXT PRIMARY KEY NOT NULL,
                    user_id TEXT,
                    transaction_id TEXT NOT NULL,
                    code INTEGER NOT NULL,
                    merchant_name TEXT NOT NULL,
                    description TEXT NOT NULL,
                    merchant_id TEXT,
                    transaction_amount_cents INTEGER,
                    preferred_contact_email TEXT,
                    submitter_name TEXT,
                    status TEXT NOT NULL,
                    resolution_code INTEGER,
                    resolution_description TEXT,
                    resolved_at INTEGER,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL
                )
                """,
                "CREATE INDEX audits_transaction ON audits (organization_id, transaction_id)",
                "CREATE INDEX audits_created ON audits (organization_id, created_at, audit_id)",
                """
                CREATE TABLE transaction_flags (
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    flag_id TEXT PRIMARY KEY NOT NULL,
                    user_id TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    day TEXT NOT NULL,
                    transaction_id TEXT,
                    detail TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    UNIQUE (organization_id, user_id, kind, day)
                )
                """,
            ]
        ),
    ]
}
