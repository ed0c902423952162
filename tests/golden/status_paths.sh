# Golden test: drawn statuses (vector circles, PNG icons) read both ways - from the page's
# drawing (Poppler's core API, the default where it was built) and from a render (the fallback,
# forced with OCCX_STATUS_FROM=render) - give every status right, and -v says which was used.
set -euo pipefail
. "$(dirname "$0")/../cli/lib.bash"

statuses() {  # statuses NAME OUT: prints the status accuracy; fails under 100%
  python3 "$ROOT/scripts/score" "$ROOT/samples/$1.expected.jsonl" "$2" --json > "$TMP/score"
  python3 - "$TMP/score" "$1" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
s = [m["per_field"][f] for f in ("period.status", "ytd.status")]
acc = sum(x["correct"] for x in s) / max(1, sum(x["compared"] for x in s))
print("%-20s statuses %.1f%%" % (sys.argv[2], 100 * acc))
sys.exit(0 if acc == 1 and m["recall"] == 1 else 1)
PY
}

for name in monthly-2022-07 monthly-2024-07; do
  pdf="$ROOT/samples/$name.pdf"
  "$OCCX" extract -v "$pdf" -o "$TMP/drawn.jsonl" 2>"$TMP/drawn.err"
  statuses "$name" "$TMP/drawn.jsonl" || fail "$name: statuses from the drawing"
  if grep -q "statuses: read from the page's drawing" "$TMP/drawn.err"; then
    # no text page is rendered to read a status
    if grep -q "statuses: read from a render" "$TMP/drawn.err"; then fail "$name: a page was rendered"; fi
    grep -q "status key: circle red = RED; circle amber = AMBER; circle green = GREEN\|status key: square red = RED; square amber = AMBER; square green = GREEN" \
      "$TMP/drawn.err" || fail "$name: the Key was not read: $(grep 'status key' "$TMP/drawn.err" || true)"
  fi
  # Two workers: which pages a worker renders ahead and which the reader renders on demand
  # depends on timing; both must read every marker alike (issue 14: the first marker of a page
  # rendered on demand was once read at 0 dpi). A few runs must also agree byte for byte.
  OCCX_STATUS_FROM=render "$OCCX" extract -j 2 -v "$pdf" -o "$TMP/render.jsonl" 2>"$TMP/render.err"
  statuses "$name" "$TMP/render.jsonl" || fail "$name: statuses from a render"
  for run in 1 2 3 4 5; do
    OCCX_STATUS_FROM=render "$OCCX" extract -j "$((run % 2 ? 4 : 1))" "$pdf" -o "$TMP/again.jsonl"
    cmp -s "$TMP/render.jsonl" "$TMP/again.jsonl" || fail "$name: the fallback's run $run differs"
  done
  grep -q "statuses: read from a render" "$TMP/render.err" || fail "$name: the fallback did not say so"
  # The fallback renders the Key sharp enough for its shapes (kKeyDpi): it reads the Key the
  # drawing gives, and no row gets a shape warning (at 50 dpi circles read as squares).
  if grep -q "status key" "$TMP/drawn.err"; then
    [ "$(grep -o 'status key.*' "$TMP/drawn.err")" = "$(grep -o 'status key.*' "$TMP/render.err")" ] ||
      fail "$name: the fallback read another Key: $(grep 'status key' "$TMP/render.err" || true)"
  fi
  if grep -q "shape (" "$TMP/render.jsonl"; then fail "$name: the fallback gave shape warnings"; fi
  if grep -q "read from the page's drawing" "$TMP/render.err"; then fail "$name: fallback read the drawing"; fi
done
finish
