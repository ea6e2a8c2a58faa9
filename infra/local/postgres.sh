#!/usr/bin/env bash
# Makes sure newsflow's PostgreSQL database exists on the machine's server (127.0.0.1:5432, trust
# authentication, user postgres), creating it if missing. With DATABASE_URL set, only checks that
# that URL answers. If the local server does not answer, it tries once to start it with
# pg_ctlcluster (Debian's postgresql-common).
#   postgres.sh ensure [database]     (default: $PGDATABASE, else newsflow)
set -euo pipefail

say() { printf '[postgres] %s\n' "$*"; }
fail() { say "ERROR: $*" >&2; exit 1; }

[ "${1:-}" = "ensure" ] || { echo "usage: $0 ensure [database]" >&2; exit 2; }
database="${2:-${PGDATABASE:-newsflow}}"
command -v psql >/dev/null || fail "psql is not installed (apt-get install postgresql-client)"
export PGCONNECT_TIMEOUT="${PGCONNECT_TIMEOUT:-5}"

if [ -n "${DATABASE_URL:-}" ]; then
  psql -X "$DATABASE_URL" -tAc 'SELECT 1' >/dev/null 2>&1 ||
    fail "DATABASE_URL is set but does not answer: $(psql -X "$DATABASE_URL" -tAc 'SELECT 1' 2>&1 | head -n 1)"
  say "DATABASE_URL answers; nothing to create"
  exit 0
fi

[[ "$database" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || fail "invalid database name '$database' (lower case letters, digits, _)"
server=(-X -h 127.0.0.1 -p 5432 -U postgres -d postgres -v ON_ERROR_STOP=1)
answers() { psql "${server[@]}" -tAc 'SELECT 1' >/dev/null 2>&1; }

if ! answers; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ] && [ -n "$(ls /etc/postgresql)" ]; then
    version="$(ls /etc/postgresql | sort -V | tail -n 1)"
    say "no server answers on 127.0.0.1:5432; starting cluster $version/main"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>&1 | sed 's/^/[postgres]   /' || true
    for _ in $(seq 1 30); do answers && break; sleep 0.5; done
  fi
  answers || fail "no PostgreSQL server answers on 127.0.0.1:5432 as user postgres with trust authentication
  (start it, e.g. pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start, or set DATABASE_URL)"
fi

exists() { [ "$(psql "${server[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" = "1" ]; }
if exists; then
  say "database $database exists"
elif psql "${server[@]}" -qc "CREATE DATABASE \"$database\"" >/dev/null 2>&1 || exists; then
  say "created database $database"  # (or a concurrent run just did)
else
  fail "could not create database $database: $(psql "${server[@]}" -qc "CREATE DATABASE \"$database\"" 2>&1 | head -n 1)"
fi
