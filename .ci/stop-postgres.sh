#!/usr/bin/env bash
# Stops the server .ci/start-postgres.sh started (same port and folder defaults).
set -euo pipefail
port="${INCURSIONBOT_PG_PORT:-55432}"
dir="${INCURSIONBOT_PG_DIR:-/tmp/incursionbot-pg-$port}"
[[ -f "$dir/data/PG_VERSION" ]] || exit 0
for bin in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null); do
  if [[ -x "$bin/pg_ctl" ]]; then
    if [[ "$(id -u)" -eq 0 ]]; then
      runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast stop >&2 || true
    else
      "$bin/pg_ctl" -D "$dir/data" -m fast stop >&2 || true
    fi
    exit 0
  fi
done
