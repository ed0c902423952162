# No third-party library writes to stderr itself (issue 16): what Poppler says about a damaged
# PDF reaches stderr only through occx's log, with -v, naming the file; without -v each file
# gives one line.
. "$(dirname "$0")/lib.bash"
set -euo pipefail

"$ROOT/scripts/make-hostile-corpus" "$TMP/corpus"
cd "$TMP/corpus"

# A page tree with a bad kid, an xref cut short, and an image Splash would have scaled past
# 2^31 bytes (goo/gmem.h printed "Bogus memory allocation size" with fputs, past any handler).
declare -A says=(
  [broken-page.pdf]="^occx: broken-page.pdf: poppler: .*Kid object \(page 2\) is wrong type"
  [truncated.pdf]="^occx: truncated.pdf: poppler: .*xref"
  [huge-image.pdf]=""
)
for name in "${!says[@]}"; do
  expect_exit 2 "$OCCX" extract "$name"
  one_line_error "^occx: $name: "
  expect_exit 2 "$OCCX" extract -v "$name"
  # every line is occx's: its log ("occx: SOURCE: ...") or a note naming the file
  if grep -v "^occx: \|^$name: " "$TMP/err"; then fail "$name: a line occx did not write (above)"; fi
  grep -q "^occx: $name: " "$TMP/err" || fail "$name: -v lost the one-line error"
  if [ -n "${says[$name]}" ]; then
    grep -qE "${says[$name]}" "$TMP/err" || fail "$name: -v does not show Poppler's message: $(cat "$TMP/err")"
  fi
  if grep -q "Bogus memory allocation" "$TMP/err"; then fail "$name: Splash tried the allocation"; fi
done
finish
