#!/usr/bin/env bash
# Runs a TypeScript tool script with the workspace's @newsflow/* aliases, without a build step.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export TS_NODE_PROJECT="$root/tsconfig.base.json"
exec node -r ts-node/register/transpile-only -r tsconfig-paths/register "$@"
