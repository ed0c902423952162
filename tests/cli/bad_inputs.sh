# Missing, unreadable, damaged and non-PDF inputs: one line naming the file, exit 2; in a
# batch the good files still come out and the exit code is 3.
. "$(dirname "$0")/lib.bash"

expect_exit 2 "$OCCX" extract "$TMP/missing.pdf"
one_line_error "missing.pdf: cannot read file"

printf '%%PDF-1.4\nthis is not really a pdf\n' > "$TMP/damaged.pdf"
expect_exit 2 "$OCCX" extract "$TMP/damaged.pdf"
one_line_error "damaged.pdf: not a readable PDF"

head -c 5000 /dev/urandom > "$TMP/noise.pdf"
expect_exit 2 "$OCCX" extract --input-format pdf "$TMP/noise.pdf"
one_line_error "noise.pdf: "

expect_exit 2 "$OCCX" extract "$TMP"
one_line_error "is a directory"

if [ "$(id -u)" -ne 0 ]; then
  echo x > "$TMP/locked.pdf"; chmod 000 "$TMP/locked.pdf"
  expect_exit 2 "$OCCX" extract "$TMP/locked.pdf"
  one_line_error "locked.pdf: cannot read file"
fi

good=$(ls "$ROOT"/samples/*.pdf 2>/dev/null | head -n 1)
if [ -n "$good" ]; then
  expect_exit 3 "$OCCX" extract "$good" "$TMP/missing.pdf"
  [ -s "$TMP/out" ] || fail "the good file of a partly failed batch gave no records"
  one_line_error "missing.pdf"
fi

# A text that is no report: one line without -v; with it, what was read comes first, then the line.
printf 'Minutes of the meeting\n\nApologies were received from two members.\n' > "$TMP/minutes.txt"
expect_exit 2 "$OCCX" extract "$TMP/minutes.txt"
one_line_error "minutes.txt: .*not a report"
expect_exit 2 "$OCCX" extract -v "$TMP/minutes.txt"
grep -q "minutes.txt: text: " "$TMP/err" || fail "-v shows no notes for a document that is not a report: $(cat "$TMP/err")"
tail -n 1 "$TMP/err" | grep -q "^occx: .*minutes.txt: .*not a report" || fail "the error is not the last line: $(cat "$TMP/err")"

mkdir -p "$TMP/pat"; printf 'measure_id = ([0-9\n' > "$TMP/pat/ids.re2"
expect_exit 2 "$OCCX" extract --patterns "$TMP/pat" "$TMP/damaged.pdf"
one_line_error "ids.re2:1: bad pattern"
# A pack named with --patterns is compiled whole at load: a bad entry of any key is named at once.
mkdir -p "$TMP/pat2"; cp "$ROOT"/patterns/*.re2 "$TMP/pat2/"; printf 'furniture = ([0-9\n' >> "$TMP/pat2/table.re2"
expect_exit 2 "$OCCX" extract --patterns "$TMP/pat2" "$TMP/minutes.txt"
one_line_error "table.re2:[0-9]+: bad pattern"
finish
