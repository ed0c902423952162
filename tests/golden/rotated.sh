# A sample turned by 90, 180 and 270 degrees (page /Rotate, as scanned-in landscape
# reports often are) gives the same records as upright, statuses from colour included.
. "$(dirname "$0")/../cli/lib.bash"
set -euo pipefail
command -v qpdf >/dev/null || { echo "qpdf missing (scripts/install-deps installs it)"; exit 1; }

name=monthly-2022-07
[ -f "$ROOT/samples/$name.pdf" ] || { echo "no sample $name"; exit 1; }
for degrees in 90 180 270; do
  mkdir -p "$TMP/$degrees"
  qpdf --rotate=+$degrees "$ROOT/samples/$name.pdf" "$TMP/$degrees/$name.pdf"
  "$OCCX" extract "$TMP/$degrees/$name.pdf" -o "$TMP/$degrees.jsonl" || fail "occx failed at $degrees"
  python3 "$ROOT/scripts/score" "$ROOT/samples/$name.expected.jsonl" "$TMP/$degrees.jsonl" --min 99 | tail -n 1 ||
    fail "rotated by $degrees degrees: below 99%"
done
finish
