-- Small key-value state owned by chat adapters (Teams conversation references, ...).
CREATE TABLE adapter_state (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (scope, key)
);
