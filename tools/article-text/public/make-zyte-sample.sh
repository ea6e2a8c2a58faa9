#!/usr/bin/env bash
# Rebuilds the committed CI sample from the pinned benchmark cache: every tenth page in id order (18 pages), its
# ground truth, the scorer and the MIT licence. Run fetch-zyte.sh first.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${ZYTE_CACHE:-$here/../../../tmp/public/zyte}"
sample="$here/zyte-sample"
rm -rf "$sample" && mkdir -p "$sample/html"
ls "$cache/html" | sort | awk 'NR % 10 == 1' | head -18 >"$sample/pages.txt"
while read -r name; do cp "$cache/html/$name" "$sample/html/"; done <"$sample/pages.txt"
python3 - "$cache/ground-truth.json" "$sample" <<'PY'
import json, sys, pathlib
truth = json.load(open(sys.argv[1], encoding='utf8'))
sample = pathlib.Path(sys.argv[2])
ids = [line.split('.')[0] for line in (sample / 'pages.txt').read_text().split()]
(sample / 'ground-truth.json').write_text(json.dumps({i: truth[i] for i in ids}, ensure_ascii=False, indent=1), encoding='utf8')
PY
cp "$cache/LICENSE" "$cache/evaluate.py" "$cache/.commit" "$sample/"
rm "$sample/pages.txt"
echo "sample of $(ls "$sample/html" | wc -l) pages in $sample"
