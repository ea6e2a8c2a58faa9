#!/usr/bin/env bash
# Materialises Zyte's article-extraction-benchmark (MIT) at a pinned commit into a git-ignored cache:
# html/*.html.gz, ground-truth.json, evaluate.py (its official scorer) and LICENSE.
# Source: the local mirror when present (ZYTE_MIRROR), else a clone of the GitHub repository.
# Exits 0 with a message when neither is reachable, so machines without network just skip the full benchmark.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
commit=4a3bc979f76c0df73cb95fe272e2fc1b96f9f010
url=https://github.com/scrapinghub/article-extraction-benchmark.git
mirror="${ZYTE_MIRROR:-/work/.mirror/scrapinghub+article-extraction-benchmark/repo}"
cache="${ZYTE_CACHE:-$root/tmp/public/zyte}"

if [ -f "$cache/.commit" ] && [ "$(cat "$cache/.commit")" = "$commit" ]; then
  echo "zyte benchmark already at $commit in $cache"
  exit 0
fi
rm -rf "$cache"
mkdir -p "$cache"
source_dir="$mirror"
if ! git --git-dir="$source_dir" cat-file -e "$commit^{commit}" 2>/dev/null; then
  source_dir="$(mktemp -d)/repo.git"
  if ! git clone --quiet --bare --filter=blob:none "$url" "$source_dir" 2>/dev/null ||
    ! git --git-dir="$source_dir" cat-file -e "$commit^{commit}" 2>/dev/null; then
    echo "zyte benchmark unavailable: no mirror at $mirror and no clone of $url; full benchmark skipped"
    rm -rf "$cache"
    exit 0
  fi
fi
git --git-dir="$source_dir" archive "$commit" html ground-truth.json evaluate.py LICENSE | tar -x -C "$cache"
echo "$commit" >"$cache/.commit"
echo "zyte benchmark $commit materialised in $cache ($(ls "$cache/html" | wc -l) pages)"
