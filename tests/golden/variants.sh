#!/usr/bin/env bash
# Layout variants (scripts/generate-variants) through occx and scripts/score, via scripts/eval, on fixed dev
# seeds 1000-1002 per layout, text-layer kinds only (as drawn, Ghostscript, Cairo); no scans, so it stays quick.
#   near:   the samples' arrangement with one group of axes changed (floors below);
#   random: every axis drawn.
# Floors are what the extractor reached when they were set, minus a small margin: raise them as it improves.
set -euo pipefail
OCCX="$1"; ROOT="$2"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
NEAR_MIN_FIELDS=98
NEAR_MIN_RECALL=100
RANDOM_MIN_FIELDS=98
RANDOM_MIN_RECALL=100
# Ghostscript's re-embedded fonts name no glyph beyond ASCII: trend arrows and pound signs are read
# from their outlines (table/glyph_names).
GS_MIN_FIELDS=98

run() {   # run NAME KINDS MIN_FIELDS MIN_RECALL [eval options]
  local name="$1" kinds="$2" fields="$3" recall="$4"; shift 4
  "$ROOT/scripts/eval" --range dev --n 3 --kinds "$kinds" -j 2 --occx "$OCCX" --out "$TMP/cache" \
    --json "$TMP/$name.json" --min-fields "$fields" --min-recall "$recall" "$@" > "$TMP/$name.txt" ||
    { cat "$TMP/$name.txt"; echo "FAIL: $name variants below their floors"; exit 1; }
  sed -n '3,/^all/p' "$TMP/$name.txt"
  # The run must really have scored documents: 3 seeds x 3 layouts x each kind, 20+ measures each.
  python3 - "$TMP/$name.json" "$kinds" <<'PY'
import json, sys
total = json.load(open(sys.argv[1]))["by_layout_kind"]["all"]
docs = 9 * len(sys.argv[2].split(","))
assert total["documents"] == docs and total["measures"] >= 20 * docs, total
PY
}
run near pdf,gs,cairo "$NEAR_MIN_FIELDS" "$NEAR_MIN_RECALL" --near
run random pdf "$RANDOM_MIN_FIELDS" "$RANDOM_MIN_RECALL"
run random-gs gs "$GS_MIN_FIELDS" "$RANDOM_MIN_RECALL"
echo ok
