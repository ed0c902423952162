# Tesseract and libpq are loaded only when needed, from modules found beside the binary: the
# binary links neither, reads text PDFs without the modules, and names a missing module in one line.
. "$(dirname "$0")/lib.bash"

if command -v ldd >/dev/null; then
  # Into a file first: grep -q leaving early would end ldd with SIGPIPE, and under pipefail
  # the match would go unreported.
  ldd "$OCCX" >"$TMP/ldd"
  grep -qE 'libtesseract|libpq' "$TMP/ldd" && fail "occx links Tesseract or libpq itself: $(grep -E 'libtesseract|libpq' "$TMP/ldd")"
fi

mkdir -p "$TMP/bin" && cp "$OCCX" "$TMP/bin/occx"
expect_exit 0 "$TMP/bin/occx" extract "$ROOT/samples/annex-a-2024-11.pdf"
[ -s "$TMP/out" ] || fail "a text PDF gave no records without the modules"

expect_exit 2 "$TMP/bin/occx" words --page 1 "$ROOT/samples/scans/scan-monthly-2022-10.pdf"
one_line_error "scan-monthly-2022-10.pdf: (page 1: )?OCR needs occx's module occx-tesseract.so, not found in .*OCCX_MODULES"

expect_exit 2 "$TMP/bin/occx" history --db postgresql://nobody@127.0.0.1:1/none OCC01.02
one_line_error "PostgreSQL archive needs occx's module occx-postgres.so"

modules="$(cd "$(dirname "$OCCX")/../modules" && pwd)"
OCCX_MODULES="$modules" expect_exit 0 "$TMP/bin/occx" words --page 1 "$ROOT/samples/scans/scan-monthly-2022-10.pdf"
grep -q 'OCC' "$TMP/out" || fail "OCR through OCCX_MODULES read no measure id"
finish
