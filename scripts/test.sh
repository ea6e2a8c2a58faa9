#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs dependencies, lints and type-checks every
# project, runs the unit tests, builds the apps, starts real Kafka, PostgreSQL and Elasticsearch
# (infra/local) and runs the end-to-end tests against them.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mkdir -p tmp

step() { printf '\n=== %s (%s)\n' "$1" "$(date +%T)"; }

if [ "${CI:-}" = "true" ] || [ "${NEWSFLOW_STOP_ENGINES:-}" = "1" ]; then
  trap 'bash "$root/infra/local/engines.sh" stop || true; bash "$root/infra/local/apertium.sh" stop || true' EXIT
fi

step "install"
# `npm install` rather than `npm ci`: the registry here lacks some optional platform packages
# (sass-embedded-*), which `npm ci` treats as a lock mismatch; the lock file still pins every version.
if ! npm ls --depth=0 >/dev/null 2>&1; then npm install --no-audit --no-fund; fi

step "engines (started in the background while the code is checked)"
bash infra/local/engines.sh start > tmp/engines-start.log 2>&1 &
engines_pid=$!

step "format, lint and type-check"
npx prettier --check . --log-level warn
npx nx run-many -t lint typecheck --outputStyle=static --skip-nx-cache

step "unit tests"
unit_status=0
npx jest -c jest.config.js --json --outputFile=tmp/unit-results.json || unit_status=$?

step "build apps"
npx nx run-many -t build --projects=tag:type:app --outputStyle=static --skip-nx-cache

step "wait for engines"
if ! wait "$engines_pid"; then cat tmp/engines-start.log; echo "engines failed to start" >&2; exit 1; fi
cat tmp/engines-start.log

step "Apertium APY for the translation tests (Debian's apertium-apy and pairs)"
export APERTIUM_PORT="${APERTIUM_PORT:-$((2738 + 10 * ${NEWSFLOW_TEST_SLOT:-0}))}"
bash infra/local/apertium.sh start

step "browser for the UI tests (Debian's chromium)"
bash infra/local/chromium.sh

step "integration tests (real Kafka, PostgreSQL, Elasticsearch, headless Chromium)"
integration_status=0
npx jest -c tests/integration/jest.config.js --runInBand --json --outputFile=tmp/integration-results.json || integration_status=$?

node tools/test-summary.js tmp/unit-results.json tmp/integration-results.json
[ "$unit_status" -eq 0 ] && [ "$integration_status" -eq 0 ]
