-- IncursionBot schema, PostgreSQL.

CREATE TABLE incidents (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    countries TEXT NOT NULL,
    platforms TEXT NOT NULL,
    origins TEXT NOT NULL,
    headline TEXT NOT NULL,
    summary TEXT NOT NULL,
    first_reported_at TIMESTAMPTZ NOT NULL,
    last_reported_at TIMESTAMPTZ NOT NULL,
    first_seen_at TIMESTAMPTZ NOT NULL,
    alertable BOOLEAN NOT NULL,
    revision INTEGER NOT NULL
);
CREATE INDEX ix_incidents_first_reported_at ON incidents (first_reported_at);
CREATE INDEX ix_incidents_last_reported_at ON incidents (last_reported_at);

CREATE TABLE incident_countries (
    incident_id BIGINT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    PRIMARY KEY (incident_id, country)
);
CREATE INDEX ix_incident_countries_country ON incident_countries (country, incident_id);

CREATE TABLE incident_platforms (
    incident_id BIGINT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    platform TEXT NOT NULL,
    PRIMARY KEY (incident_id, platform)
);
CREATE INDEX ix_incident_platforms_platform ON incident_platforms (platform, incident_id);

CREATE TABLE reports (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id BIGINT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    source_name TEXT NOT NULL,
    item_id TEXT NOT NULL,
    url TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    outlet TEXT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    seen_at TIMESTAMPTZ NOT NULL,
    extraction TEXT NOT NULL
);
CREATE INDEX ix_reports_incident_id ON reports (incident_id);

CREATE TABLE seen_items (
    source_name TEXT NOT NULL,
    item_id TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    title TEXT NOT NULL,
    is_incursion BOOLEAN NOT NULL,
    report_id BIGINT NULL REFERENCES reports (id) ON DELETE SET NULL,
    seen_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source_name, item_id)
);
CREATE INDEX ix_seen_items_canonical_url ON seen_items (canonical_url);

CREATE TABLE subscriptions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel_platform TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    countries TEXT NOT NULL,
    platforms TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    is_static BOOLEAN NOT NULL,
    UNIQUE (channel_platform, channel_id, countries, platforms, is_static)
);

CREATE TABLE disabled_channels (
    platform TEXT NOT NULL,
    id TEXT NOT NULL,
    reason TEXT NOT NULL,
    since TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (platform, id)
);

CREATE TABLE deliveries (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id BIGINT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    channel_platform TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    lease_owner TEXT NULL,
    lease_until TIMESTAMPTZ NULL,
    message_id TEXT NULL,
    grouped BOOLEAN NOT NULL DEFAULT FALSE,
    delivered_revision INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    delivered_at TIMESTAMPTZ NULL,
    UNIQUE (incident_id, channel_platform, channel_id)
);
CREATE INDEX ix_deliveries_status_next_attempt_at ON deliveries (status, next_attempt_at);
CREATE INDEX ix_deliveries_channel ON deliveries (channel_platform, channel_id, status, incident_id);

CREATE TABLE source_state (
    name TEXT PRIMARY KEY,
    etag TEXT NULL,
    last_modified TEXT NULL,
    last_poll_at TIMESTAMPTZ NULL,
    last_success_at TIMESTAMPTZ NULL,
    last_error TEXT NULL,
    consecutive_failures INTEGER NOT NULL,
    next_poll_at TIMESTAMPTZ NULL
);
