#!/usr/bin/env bash
# Materialises paths of a public repository at a pinned commit into the git-ignored cache beside this script:
# from the local mirror when one exists, else by git clone; says so and exits 0 when neither is reachable.
# Usage: fetch-pinned.sh <owner/name> <commit> <cache-name> <path>...
set -euo pipefail
repo="$1" commit="$2" name="$3"
shift 3
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$here/.cache/$name"
if [[ -f "$target/.commit" && "$(cat "$target/.commit")" == "$commit" ]]; then
  echo "$name: cached at $commit"
  exit 0
fi
mirror="/work/.mirror/${repo/\//+}/repo"
[[ -d "$mirror/.git" ]] && mirror="$mirror/.git"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ -d "$mirror" ]] && git --git-dir="$mirror" cat-file -e "$commit^{commit}" 2>/dev/null; then
  source_dir="$mirror"
elif git clone --quiet --no-checkout "https://github.com/$repo.git" "$work/clone" 2>/dev/null &&
  git --git-dir="$work/clone/.git" cat-file -e "$commit^{commit}" 2>/dev/null; then
  source_dir="$work/clone/.git"
else
  echo "$name: neither a local mirror nor github.com/$repo is reachable; skipped"
  exit 0
fi
rm -rf "$target"
mkdir -p "$target"
git --git-dir="$source_dir" archive "$commit" "$@" | tar -x -C "$target"
echo "$commit" >"$target/.commit"
echo "$name: materialised $repo at $commit"
