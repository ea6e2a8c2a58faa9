#!/usr/bin/env bash
# Runs the whole pipeline locally on a fresh machine: installs, builds, starts Kafka and
# Elasticsearch (infra/local) and PostgreSQL's database, applies migrations, starts the five apps,
# starts Apertium APY for the translator (infra/local/apertium.sh),
# creates an API key per sample source (ingest requires keys), posts the sample articles with them,
# prints a search URL with a result and a curl example with a key, then starts Prometheus
# (infra/local/prometheus.sh) scraping the apps and prints its URL.
#   bash scripts/pipeline.sh        start (again) and demo
#   bash scripts/pipeline.sh stop   stop the apps and the engines
set -euo pipefail
cd "$(dirname "$0")/.."

stop_apps() {
  local pids=.engines/apps/pids
  [ -f "$pids" ] || return 0
  while read -r pid || [ -n "$pid" ]; do kill "$pid" 2>/dev/null || true; done < "$pids"
  # A graceful stop leaves the consumer groups cleanly (and writes CPU profiles when asked for); 10 s at most.
  for _ in $(seq 20); do
    local alive=0
    while read -r pid || [ -n "$pid" ]; do kill -0 "$pid" 2>/dev/null && alive=1; done < "$pids"
    [ "$alive" = 0 ] && break
    sleep 0.5
  done
  while read -r pid || [ -n "$pid" ]; do kill -9 "$pid" 2>/dev/null || true; done < "$pids"
  rm -f "$pids"
}

if [ "${1:-}" = "stop" ]; then
  stop_apps
  bash infra/local/prometheus.sh stop
  bash infra/local/apertium.sh stop
  bash infra/local/engines.sh stop
  exit 0
fi

# `npm install` rather than `npm ci`: the registry here lacks some optional platform packages
# (sass-embedded-*), which `npm ci` treats as a lock mismatch; the lock file still pins every version.
if ! npm ls --depth=0 >/dev/null 2>&1; then npm install --no-audit --no-fund; fi
npx nx run-many -t build --projects=tag:type:app --outputStyle=static
# Not needed to run the pipeline; installed here so that a fresh machine is ready for the browser tests too.
bash infra/local/chromium.sh
bash infra/local/apertium.sh start
stop_apps
bash tools/run-ts.sh tests/harness/src/run-pipeline.ts
NEWSFLOW_APPS_BASE_PORT="${NEWSFLOW_BASE_PORT:-3000}" bash infra/local/prometheus.sh start
echo "Prometheus: $(bash infra/local/prometheus.sh url)/targets (alerts at /alerts; dashboards: README, ops section)"
