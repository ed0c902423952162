# Golden test over the scanned samples (image-only pages, OCR'd with Tesseract) and the mixed
# sample (its text pages must not be OCR'd: their records say "text"). Labelled slow: the
# sanitizer run skips it.
# Issue 5's targets are recall >= 99% and fields >= 95% on each sample; occx reaches 100% and
# 98.9-99.8%. The floors sit a little under that, so that a regression fails but a word OCR
# reads differently on another Tesseract build does not.
. "$(dirname "$0")/../cli/lib.bash"
set -euo pipefail

check() {  # check NAME MIN_RECALL MIN_FIELDS
  local name="$1" expected="$ROOT/samples/scans/$1.expected.jsonl"
  "$OCCX" extract "$ROOT/samples/scans/$name.pdf" -o "$TMP/$name.jsonl" 2>"$TMP/err" ||
    { fail "$name: occx exited $?: $(head -c 300 "$TMP/err")"; return; }
  python3 "$ROOT/scripts/score" "$expected" "$TMP/$name.jsonl" --min-recall "$2" --min-fields "$3" > "$TMP/score" ||
    fail "$name below recall $2% / fields $3%"
  echo "$name: $(tail -n 1 "$TMP/score")"
}
check mixed-monthly-2023-03 99 97
check scan-monthly-2022-10 99 97
check scan-monthly-2024-09 99 97
check scan-grey-monthly-2022-12 99 97

# In the mixed document, no record from a text page may say ocr.
python3 - "$TMP/mixed-monthly-2023-03.jsonl" "$ROOT/samples/scans/mixed-monthly-2023-03.expected.jsonl" <<'PY' || fail "mixed: methods"
import json, sys
got = {r["measure_id"]: r["source"]["method"] for r in map(json.loads, open(sys.argv[1]))}
want = {r["measure_id"]: r["source"]["method"] for r in map(json.loads, open(sys.argv[2]))}
wrong = [i for i in got if i in want and want[i] == "text" and got[i] != "text"]
assert not wrong, wrong
PY
finish
