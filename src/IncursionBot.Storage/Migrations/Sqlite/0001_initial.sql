-- IncursionBot schema, SQLite. Times are UTC ISO-8601 text of fixed width (yyyy-MM-ddTHH:mm:ss.ffffffZ), so
-- text order is time order; booleans are 0/1.

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    countries TEXT NOT NULL,
    platforms TEXT NOT NULL,
    origins TEXT NOT NULL,
    headline TEXT NOT NULL,
    summary TEXT NOT NULL,
    first_reported_at TEXT NOT NULL,
    last_reported_at TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    alertable INTEGER NOT NULL,
    revision INTEGER NOT NULL
);
CREATE INDEX ix_incidents_first_reported_at ON incidents (first_reported_at);
CREATE INDEX ix_incidents_last_reported_at ON incidents (last_reported_at);

CREATE TABLE incident_countries (
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    PRIMARY KEY (incident_id, country)
);
CREATE INDEX ix_incident_countries_country ON incident_countries (country, incident_id);

CREATE TABLE incident_platforms (
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    platform TEXT NOT NULL,
    PRIMARY KEY (incident_id, platform)
);
CREATE INDEX ix_incident_platforms_platform ON incident_platforms (platform, incident_id);

CREATE TABLE reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    source_name TEXT NOT NULL,
    item_id TEXT NOT NULL,
    url TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    outlet TEXT NULL,
    published_at TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    extraction TEXT NOT NULL
);
CREATE INDEX ix_reports_incident_id ON reports (incident_id);

CREATE TABLE seen_items (
    source_name TEXT NOT NULL,
    item_id TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    title TEXT NOT NULL,
    is_incursion INTEGER NOT NULL,
    report_id INTEGER NULL REFERENCES reports (id) ON DELETE SET NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (source_name, item_id)
);
CREATE INDEX ix_seen_items_canonical_url ON seen_items (canonical_url);

CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel_platform TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    countries TEXT NOT NULL,
    platforms TEXT NOT NULL,
    created_at TEXT NOT NULL,
    is_static INTEGER NOT NULL,
    UNIQUE (channel_platform, channel_id, countries, platforms, is_static)
);

CREATE TABLE disabled_channels (
    platform TEXT NOT NULL,
    id TEXT NOT NULL,
    reason TEXT NOT NULL,
    since TEXT NOT NULL,
    PRIMARY KEY (platform, id)
);

CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    channel_platform TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    lease_owner TEXT NULL,
    lease_until TEXT NULL,
    message_id TEXT NULL,
    grouped INTEGER NOT NULL DEFAULT 0,
    delivered_revision INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NULL,
    created_at TEXT NOT NULL,
    delivered_at TEXT NULL,
    UNIQUE (incident_id, channel_platform, channel_id)
);
CREATE INDEX ix_deliveries_status_next_attempt_at ON deliveries (status, next_attempt_at);
CREATE INDEX ix_deliveries_channel ON deliveries (channel_platform, channel_id, status, incident_id);

CREATE TABLE source_state (
    name TEXT PRIMARY KEY,
    etag TEXT NULL,
    last_modified TEXT NULL,
    last_poll_at TEXT NULL,
    last_success_at TEXT NULL,
    last_error TEXT NULL,
    consecutive_failures INTEGER NOT NULL,
    next_poll_at TEXT NULL
);
