#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the integration tests and prints the line that points them at it:
#   eval "$(bash .ci/start-postgres.sh)"
# Everything else goes to stderr. Running it again reuses the server it started (same port, same password).
# INCURSIONBOT_PG_PORT (default 55432) and INCURSIONBOT_PG_DIR (default /tmp/incursionbot-pg-PORT) override the defaults.
set -euo pipefail

port="${INCURSIONBOT_PG_PORT:-55432}"
dir="${INCURSIONBOT_PG_DIR:-/tmp/incursionbot-pg-$port}"
data="$dir/data"
socket="$dir/socket"
log="$dir/server.log"
secret="$dir/password"
role=incursionbot
database=incursionbot

say() { echo "start-postgres: $*" >&2; }

find_bin() {
  local candidate
  for candidate in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! bin="$(find_bin)"; then
  say "PostgreSQL server binaries not found; installing postgresql-15"
  if [[ "$(id -u)" -ne 0 ]]; then
    say "not root: install the Debian package postgresql-15 and run this again"
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql-15 >&2
  bin="$(find_bin)"
fi

# As root the server runs as the postgres account (initdb refuses root); otherwise as the caller.
if [[ "$(id -u)" -eq 0 ]]; then
  owner=postgres
  as_owner() { runuser -u postgres -- "$@"; }
else
  owner="$(id -un)"
  as_owner() { "$@"; }
fi

mkdir -p "$dir" "$socket"
chmod 755 "$dir"
chmod 775 "$socket"
if [[ "$(id -u)" -eq 0 ]]; then
  chown "$owner" "$dir" "$socket"
fi

if [[ ! -s "$secret" ]]; then
  # hex only, so it needs no quoting in SQL or in the connection string.
  head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$secret"
  chmod 600 "$secret"
fi
password="$(cat "$secret")"

if [[ ! -f "$data/PG_VERSION" ]]; then
  say "initdb into $data"
  mkdir -p "$data"
  [[ "$(id -u)" -eq 0 ]] && chown "$owner" "$data"
  chmod 700 "$data"
  as_owner "$bin/initdb" -D "$data" -U "$owner" --auth-local=peer --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >&2
fi

if as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  say "server already running in $data"
else
  say "starting on 127.0.0.1:$port (socket dir $socket, log $log)"
  touch "$log"
  [[ "$(id -u)" -eq 0 ]] && chown "$owner" "$log"
  # A test server: durability settings off for speed; the data dir is disposable.
  as_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >&2
fi

for _ in $(seq 1 60); do
  if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    break
  fi
  sleep 1
done
if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  say "server did not become ready; last log lines:"
  tail -n 30 "$log" >&2 || true
  exit 1
fi

as_owner "$bin/psql" -h "$socket" -p "$port" -U "$owner" -d postgres -v ON_ERROR_STOP=1 -q >&2 <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password';
  ELSE
    ALTER ROLE $role LOGIN CREATEDB PASSWORD '$password';
  END IF;
END
\$\$;
SELECT 'CREATE DATABASE $database OWNER $role'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$database') \gexec
SQL

say "ready: database $database, role $role"
echo "export INCURSIONBOT_TEST_PG='Host=127.0.0.1;Port=$port;Username=$role;Password=$password;Database=$database'"
