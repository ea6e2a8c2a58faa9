#!/usr/bin/env bash
# The VESUM-based Ukrainian morphological dictionary LanguageTool uses (ua.net.nlp:morfologik-ukrainian-lt, LGPL 2.1+)
# and the morfologik-stemming reader (BSD), from Maven Central into the git-ignored cache beside this script, for the
# nominative check of run-public.ts; says so and exits 0 when Maven or the registry is unreachable. Never committed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$here/.cache/ukrainian-dictionary"
artifacts=(ua.net.nlp:morfologik-ukrainian-lt:6.8.0 org.carrot2:morfologik-stemming:2.1.9 org.carrot2:morfologik-fsa:2.1.9)
pinned="${artifacts[*]}"
if [[ -f "$target/.pinned" && "$(cat "$target/.pinned")" == "$pinned" ]]; then
  echo "ukrainian-dictionary: cached"
  exit 0
fi
if ! command -v mvn >/dev/null; then
  echo "ukrainian-dictionary: mvn not installed; skipped"
  exit 0
fi
rm -rf "$target"
mkdir -p "$target"
for artifact in "${artifacts[@]}"; do
  if ! mvn -q dependency:copy -Dartifact="$artifact" -DoutputDirectory="$target" >/dev/null 2>&1; then
    rm -rf "$target"
    echo "ukrainian-dictionary: $artifact not reachable; skipped"
    exit 0
  fi
done
echo "$pinned" >"$target/.pinned"
echo "ukrainian-dictionary: fetched $pinned"
