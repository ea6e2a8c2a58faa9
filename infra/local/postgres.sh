#!/usr/bin/env bash
# Makes sure newsflow's PostgreSQL database exists on the machine's server (127.0.0.1:5432, trust
# authentication), creating it if missing. With DATABASE_URL set, only checks that it answers.
#   postgres.sh ensure [database]     (default: $PGDATABASE or newsflow)
set -euo pipefail

[ "${1:-}" = "ensure" ] || { echo "usage: $0 ensure [database]" >&2; exit 2; }
database="${2:-${PGDATABASE:-newsflow}}"
[[ "$database" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "[postgres] ERROR: invalid database name '$database'" >&2; exit 1; }
command -v psql >/dev/null || { echo "[postgres] ERROR: psql is not installed (apt-get install postgresql-client)" >&2; exit 1; }

if [ -n "${DATABASE_URL:-}" ]; then
  psql "$DATABASE_URL" -tAc 'SELECT 1' >/dev/null || { echo "[postgres] ERROR: DATABASE_URL does not answer" >&2; exit 1; }
  echo "[postgres] using DATABASE_URL"
  exit 0
fi

server=(-h 127.0.0.1 -p 5432 -U postgres)
if ! psql "${server[@]}" -d postgres -tAc 'SELECT 1' >/dev/null 2>&1; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    echo "[postgres] server not answering on 127.0.0.1:5432; starting it"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start || true
    sleep 2
  fi
  psql "${server[@]}" -d postgres -tAc 'SELECT 1' >/dev/null ||
    { echo "[postgres] ERROR: no PostgreSQL server on 127.0.0.1:5432 (or set DATABASE_URL)" >&2; exit 1; }
fi

if [ "$(psql "${server[@]}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" != "1" ]; then
  psql "${server[@]}" -d postgres -qc "CREATE DATABASE \"$database\"" >/dev/null
  echo "[postgres] created database $database"
else
  echo "[postgres] database $database exists"
fi
