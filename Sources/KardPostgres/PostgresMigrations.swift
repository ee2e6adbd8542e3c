import KardCore

/// The PostgreSQL schema, as ordered, named migrations (the same names as the SQLite store's).
enum PostgresMigrations {
    /// The advisory lock key held while migrating, so that two processes migrating at once take turns.
    static let advisoryLockKey: Int64 = 0x6B61_7264_6D69_6772  // "kardmigr"

    /// The table recording applied migrations; created, under the lock, before any migration runs.
    static let createLedger = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            name text PRIMARY KEY,
            applied_at timestamptz NOT NULL DEFAULT now()
        )
        """

    static let all: [Migration] = [
        Migration(
            name: "0001_organizations_users",
            statements: [
                """
                CREATE TABLE organizations (
                    id text PRIMARY KEY,
                    name text NOT NULL,
                    parent_id text REFERENCES organizations (id) ON DELETE CASCADE,
                    external_id text,
                    bins jsonb NOT NULL,
                    card_networks jsonb NOT NULL,
                    enrolled_rewards jsonb NOT NULL,
                    affiliate_split_bp integer NOT NULL,
                    cardlinked_split_bp integer NOT NULL,
                    cardlinked_user_split_bp integer NOT NULL,
                    is_sandbox boolean NOT NULL,
                    webhook_url text,
                    webhook_key text NOT NULL,
                    created_at timestamptz NOT NULL,
                    updated_at timestamptz NOT NULL
                )
                """,
                "CREATE INDEX organizations_parent_id ON organizations (parent_id, id)",
                """
                CREATE TABLE client_credentials (
                    client_id text PRIMARY KEY,
                    organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    secret_hash text NOT NULL,
                    scopes text NOT NULL,
                    created_at timestamptz NOT NULL
                )
                """,
                "CREATE INDEX client_credentials_organization_id ON client_credentials (organization_id)",
                """
                CREATE TABLE users (
                    organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    id text NOT NULL,
                    enrolled_rewards jsonb NOT NULL,
                    zip_code text,
                    email text,
                    hashed_email text,
                    phone_number text,
                    birth_year text,
                    historical_transactions_sent boolean NOT NULL,
                    phone_numbers jsonb NOT NULL,
                    postal_codes jsonb NOT NULL,
                    user_name text,
                    first_name text,
                    last_name text,
                    external_partner_user_id text,
                    created_at timestamptz NOT NULL,
                    updated_at timestamptz NOT NULL,
                    PRIMARY KEY (organization_id, id)
                )
                """,
                """
                CREATE TABLE cards (
                    id text PRIMARY KEY,
                    organization_id text NOT NULL,
                    user_id text NOT NULL,
                    bin text NOT NULL,
                    last_four text NOT NULL,
                    issuer text NOT NULL,
                    network text NOT NULL,
                    status text NOT NULL,
                    created_at timestamptz NOT NULL,
                    FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id) ON DELETE CASCADE,
                    UNIQUE (bin, last_four)
                )
                """,
                "CREATE INDEX cards_user ON cards (organization_id, user_id, created_at, id)",
                """
                CREATE TABLE settings (
                    key text PRIMARY KEY,
                    value text NOT NULL
                )
                """,
            ]
        ),
        // Catalog ids sort by code point ("C"), as in SQLite and Swift, whatever the database's collation.
        Migration(
            name: "0002_catalog",
            statements: [
                """
                CREATE TABLE merchants (
                    id text COLLATE "C" PRIMARY KEY,
                    name text NOT NULL,
                    aliases jsonb NOT NULL,
                    mids jsonb NOT NULL,
                    mccs jsonb NOT NULL,
                    category text NOT NULL,
                    source text NOT NULL,
                    description text NOT NULL,
                    website_url text,
                    logo_url text,
                    banner_url text,
                    accepted_cards jsonb NOT NULL,
                    created_at timestamptz NOT NULL,
                    updated_at timestamptz NOT NULL
                )
                """,
                """
                CREATE TABLE offers (
                    id text COLLATE "C" PRIMARY KEY,
                    merchant_id text COLLATE "C" NOT NULL REFERENCES merchants (id),
                    name text NOT NULL,
                    source text NOT NULL,
                    purchase_channels jsonb NOT NULL,
                    commission_type text NOT NULL,
                    total_commission int8 NOT NULL,
                    minimum_spend_cents int8,
                    maximum_transaction_cents int8,
                    maximum_reward_cents int8,
                    maximum_redemptions int8,
                    redeemable_once boolean NOT NULL,
                    targeting jsonb NOT NULL,
                    start_date timestamptz NOT NULL,
                    expiration_date timestamptz NOT NULL,
                    terms text NOT NULL,
                    description text,
                    website_url text,
                    location_ids jsonb NOT NULL,
                    mccs jsonb NOT NULL,
                    display jsonb NOT NULL,
                    image_url text,
                    banner_url text,
                    created_at timestamptz NOT NULL,
                    updated_at timestamptz NOT NULL
                )
                """,
                "CREATE INDEX offers_merchant_id ON offers (merchant_id)",
                """
                CREATE TABLE locations (
                    id text COLLATE "C" PRIMARY KEY,
                    merchant_id text COLLATE "C" NOT NULL REFERENCES merchants (id),
                    name text NOT NULL,
                    street text NOT NULL,
                    city text NOT NULL,
                    state text NOT NULL,
                    zip_code text NOT NULL,
                    latitude float8 NOT NULL,
                    longitude float8 NOT NULL,
                    phone text NOT NULL,
                    opening_hours jsonb NOT NULL,
                    google_id text,
                    source text NOT NULL,
                    created_at timestamptz NOT NULL,
                    updated_at timestamptz NOT NULL
                )
                """,
                "CREATE INDEX locations_merchant_id ON locations (merchant_id)",
                """
                CREATE TABLE catalog_version (
                    id integer PRIMARY KEY CHECK (id = 1),
                    version int8 NOT NULL
                )
                """,
                "INSERT INTO catalog_version (id, version) VALUES (1, 0)",
                """
                CREATE TABLE merchant_purchases (
                    organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    user_id text NOT NULL,
                    merchant_id text NOT NULL,
                    first_purchase_at timestamptz NOT NULL,
                    last_purchase_at timestamptz NOT NULL,
                    purchase_count int8 NOT NULL,
                    PRIMARY KEY (organization_id, user_id, merchant_id)
                )
                """,
                """
                CREATE TABLE attribution_events (
                    id text COLLATE "C" PRIMARY KEY,
                    organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    user_id text NOT NULL,
                    subject text NOT NULL,
                    entity_id text NOT NULL,
                    event_code text NOT NULL,
                    medium text NOT NULL,
                    event_date timestamptz NOT NULL,
                    recorded_at timestamptz NOT NULL
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
                    sequence bigserial PRIMARY KEY,
                    organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    event_id text NOT NULL,
                    transaction_id text NOT NULL,
                    user_id text NOT NULL,
                    payload text NOT NULL,
                    received_at timestamptz NOT NULL,
                    processed_at timestamptz,
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
        // What processing decides (records, the reward ledger, the notification outbox) and what issuers and the
        // operator add to it (fraud markers, audits, monitoring flags). Ids that pages are ordered by sort by code
        // point ("C"), as in SQLite.
        Migration(
            name: "0004_processing",
            statements: [
                """
                CREATE TABLE transaction_records (
                    organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    transaction_id text NOT NULL,
                    user_id text NOT NULL,
                    status text NOT NULL,
                    amount_cents int8 NOT NULL,
                    transaction_date timestamptz NOT NULL,
                    merchant_id text,
                    offer_id text,
                    is_rewarded boolean NOT NULL,
                    is_purchase_recorded boolean NOT NULL,
                    explanation text NOT NULL,
                    created_at timestamptz NOT NULL,
                    updated_at timestamptz NOT NULL,
                    PRIMARY KEY (organization_id, transaction_id)
                )
                """,
                """
                CREATE INDEX transaction_records_user_offer
                ON transaction_records (organization_id, user_id, offer_id)
                """,
                "CREATE INDEX transaction_records_date ON transaction_records (transaction_date)",
                """
                CREATE TABLE reward_ledger (
                    sequence bigserial PRIMARY KEY,
                    organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    entry_id text NOT NULL,
                    transaction_id text NOT NULL,
                    user_id text NOT NULL,
                    offer_id text NOT NULL,
                    merchant_id text NOT NULL,
                    movement text NOT NULL,
                    source_id text NOT NULL,
                    transaction_amount_cents int8 NOT NULL,
                    commission_cents int8 NOT NULL,
                    issuer_cents int8 NOT NULL,
                    user_cents int8 NOT NULL,
                    transaction_date timestamptz NOT NULL,
                    payment text NOT NULL,
                    paid_at timestamptz,
                    created_at timestamptz NOT NULL,
                    UNIQUE (organization_id, entry_id)
                )
                """,
                "CREATE INDEX reward_ledger_user ON reward_ledger (organization_id, user_id, sequence)",
                "CREATE INDEX reward_ledger_transaction ON reward_ledger (organization_id, transaction_id, sequence)",
                """
                CREATE TABLE notification_outbox (
                    sequence bigserial PRIMARY KEY,
                    organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    notification_id text NOT NULL UNIQUE,
                    source_key text NOT NULL,
                    event text NOT NULL,
                    user_id text,
                    transaction_id text,
                    content text NOT NULL,
                    created_at timestamptz NOT NULL,
                    UNIQUE (organization_id, source_key)
                )
                """,
                "CREATE INDEX notification_outbox_organization ON notification_outbox (organization_id, sequence)",
                """
                CREATE TABLE fraud_markers (
                    organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    transaction_id text NOT NULL,
                    user_id text NOT NULL,
                    marked_at timestamptz NOT NULL,
                    PRIMARY KEY (organization_id, transaction_id)
                )
                """,
                """
                CREATE TABLE audits (
                    organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    audit_id text COLLATE "C" PRIMARY KEY,
                    user_id text,
                    transaction_id text NOT NULL,
                    code int8 NOT NULL,
                    merchant_name text NOT NULL,
                    description text NOT NULL,
                    merchant_id text,
                    transaction_amount_cents int8,
                    preferred_contact_email text,
                    submitter_name text,
                    status text NOT NULL,
                    resolution_code int8,
                    resolution_description text,
                    resolved_at timestamptz,
                    created_at timestamptz NOT NULL,
                    updated_at timestamptz NOT NULL
                )
                """,
                "CREATE INDEX audits_transaction ON audits (organization_id, transaction_id)",
                "CREATE INDEX audits_created ON audits (organization_id, created_at, audit_id)",
                """
                CREATE TABLE transaction_flags (
                    organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    flag_id text COLLATE "C" PRIMARY KEY,
                    user_id text NOT NULL,
                    kind text NOT NULL,
                    day text NOT NULL,
                    transaction_id text,
                    detail text NOT NULL,
                    created_at timestamptz NOT NULL,
                    UNIQUE (organization_id, user_id, kind, day)
                )
                """,
            ]
        ),
    ]
}
