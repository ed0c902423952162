# --min-coverage: a document whose share of seen measure ids that became records is below the
# floor fails with one line naming it and the shortfall; in a batch the exit is 3 and the
# other files still come out (extract) or are stored (backfill).
. "$(dirname "$0")/lib.bash"
set -e

mkdir -p "$TMP/in"
cat > "$TMP/in/short.txt" <<'TXT'
OCC01.01 Streetlights noted above the table, where no header reads it

Measure                          Director        Period Actual   Period Target   Status    YTD Actual   YTD Target
OCC01.02 Number of things        Jo Bloggs       12              10              GREEN     40           35
OCC01.03 Number of others        Jo Bloggs       5               10              RED       20           35
TXT
grep -v '^OCC01.01' "$TMP/in/short.txt" > "$TMP/in/good.txt"
set +e

# Without a floor the loss is a warning and a count, and the run succeeds.
expect_exit 0 "$OCCX" extract "$TMP/in/short.txt"
grep -q "measure id OCC01.01 seen but not extracted" "$TMP/err" || fail "no warning naming the lost id"
grep -q "2 of 3 measure ids extracted" "$TMP/err" || fail "no coverage count"

expect_exit 2 "$OCCX" extract --min-coverage 90 "$TMP/in/short.txt"
one_line_error "short.txt: only 2 of 3 measure ids extracted \(66.7%\), below --min-coverage 90%"

expect_exit 3 "$OCCX" extract --min-coverage 90 "$TMP/in/good.txt" "$TMP/in/short.txt"
[ "$(wc -l <"$TMP/out")" -eq 2 ] || fail "the good file's two records should still come out"
grep -q "short.txt: only 2 of 3" "$TMP/err" || fail "the batch does not name the short file"

expect_exit 3 "$OCCX" backfill --db "$TMP/a.sqlite" --min-coverage 90 --no-progress "$TMP/in"
grep -q "short.txt: only 2 of 3 measure ids extracted" "$TMP/err" || fail "backfill does not name the short file"
expect_exit 0 "$OCCX" list reports --db "$TMP/a.sqlite" -f csv
grep -q "good.txt" "$TMP/out" || fail "the good file was not stored"
grep -q "short.txt" "$TMP/out" && fail "the short file was stored"
# A document whose every measure was lost fails, and still names each measure it lost.
{
  echo "<html><body><div class='ocr_page' id='page_1' title='bbox 0 0 2480 1754'>"
  y=100
  for row in "OCC02.01 Streetlights 12 10" "OCC02.02 Bins 5 10"; do
    x=100
    for word in $row; do
      echo "<span class='ocrx_word' title='bbox $x $y $((x + 150)) $((y + 30)); x_wconf 95'>$word</span>"
      x=$((x + 200))
    done
    y=$((y + 40))
  done
  echo "</div></body></html>"
} > "$TMP/in/headless.hocr"
expect_exit 2 "$OCCX" extract "$TMP/in/headless.hocr"
for id in OCC02.01 OCC02.02; do
  grep -q "warning: .*headless.hocr: page 1: measure id $id seen but not extracted" "$TMP/err" || fail "$id lost without a word"
done
grep -q "headless.hocr: no measure rows" "$TMP/err" || fail "no error line for the empty document"
finish
