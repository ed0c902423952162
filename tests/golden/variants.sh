#!/usr/bin/env bash
# Layout variants (scripts/generate-variants) through occx and scripts/score, via scripts/eval:
# 3 dev seeds per layout, text-layer kinds only (as drawn, Ghostscript, Cairo); no scans, so it stays quick.
# Floors are what the extractor reached when this test was written, minus a small margin: raise them as
# the extractor improves (see scripts/README.md).
set -euo pipefail
OCCX="$1"; ROOT="$2"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
MIN_FIELDS=0
MIN_RECALL=0
"$ROOT/scripts/eval" --range dev --n 3 --layouts m22,m24,annex --kinds pdf,gs,cairo -j 2 --occx "$OCCX" \
  --out "$TMP/cache" --json "$TMP/eval.json" --min-fields "$MIN_FIELDS" --min-recall "$MIN_RECALL"
# The run must really have scored documents: 3 seeds x 3 layouts x 3 kinds.
python3 - "$TMP/eval.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
total = r["by_layout_kind"]["all"]
assert total["documents"] == 27, total
assert total["measures"] > 27 * 19, total
PY
echo ok
