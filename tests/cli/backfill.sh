# occx backfill: walks directories, stores each report once, counts skips and failures, exit
# codes 0/2/3, summary always, progress only on a terminal. Counts that depend on extraction
# (records) are compared with what `occx extract` gives for the same files.
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/backfill_lib.bash"

mkdir -p "$TMP/in/2024/deeper" "$TMP/bad" "$TMP/cwd"
make_report_pdf "$TMP/in/2024/monthly-05.pdf" 2 2024-05-31
make_report_pdf "$TMP/in/2024/monthly-06.pdf" 2 2024-06-30
make_report_pdf "$TMP/in/2024/deeper/monthly-07.pdf" 2 2024-07-31
printf '%%PDF-1.4\nnot really a pdf\n' > "$TMP/in/broken.pdf"
echo "a,b" > "$TMP/in/notes.csv"
printf '%%PDF-1.4\nnot really a pdf\n' > "$TMP/bad/broken.pdf"
db="$TMP/a.sqlite"

expected_records=0
for f in "$TMP"/in/2024/*.pdf "$TMP"/in/2024/deeper/*.pdf; do
  n=$("$OCCX" extract "$f" | wc -l); expected_records=$((expected_records + n))
done

# First run: three reports in, the damaged one named with its reason, exit 3.
expect_exit 3 "$OCCX" backfill --db "$db" "$TMP/in"
[ "$(summary_count ingested)" = 3 ] || fail "first run: $(cat "$TMP/err")"
[ "$(summary_count failed)" = 1 ] || fail "first run should fail one file: $(cat "$TMP/err")"
grep -q "1 skipped (not an input by name)" "$TMP/err" || fail "notes.csv not counted as not an input"
grep -qE "^occx: .*broken.pdf: not a readable PDF" "$TMP/err" || fail "failure not named: $(cat "$TMP/err")"
grep -q $'\r' "$TMP/err" && fail "progress written although stderr is not a terminal"
[ -s "$TMP/out" ] && fail "backfill wrote to stdout"
[ "$(sqlite_count "$db" 'SELECT COUNT(*) FROM reports')" = 3 ] || fail "archive should hold 3 reports"
[ "$(sqlite_count "$db" 'SELECT SUM(pages) FROM reports')" = 6 ] || fail "archive should count 6 pages"
[ "$(sqlite_count "$db" 'SELECT COUNT(*) FROM observations')" = "$expected_records" ] ||
  fail "observations differ from occx extract's $expected_records records"
if [ "$expected_records" -gt 0 ]; then
  grep -q "$expected_records records stored" "$TMP/err" || fail "summary does not say $expected_records records"
fi

# Second run: nothing new; the same files are skipped as already present.
expect_exit 3 "$OCCX" backfill --db "$db" "$TMP/in"
[ "$(summary_count ingested)" = 0 ] || fail "second run ingested again: $(cat "$TMP/err")"
grep -q "3 skipped (already present)" "$TMP/err" || fail "second run: $(cat "$TMP/err")"
[ "$(sqlite_count "$db" 'SELECT COUNT(*) FROM reports')" = 3 ] || fail "second run changed the archive"

# A copy with different bytes is a new file of the same period: the next revision.
copy_with_tag "$TMP/in/2024/monthly-06.pdf" "$TMP/monthly-06-republished.pdf" republished
expect_exit 0 "$OCCX" backfill --no-progress --db "sqlite://$db" "$TMP/monthly-06-republished.pdf"
[ "$(summary_count ingested)" = 1 ] || fail "re-published report not ingested: $(cat "$TMP/err")"
revisions=$(sqlite_count "$db" "SELECT COUNT(*) FROM reports WHERE revision = 2")
periods=$(sqlite_count "$db" "SELECT COUNT(*) FROM reports WHERE period_end IS NOT NULL")
# Revisions need the report period, which PDF extraction reads; count them once it does.
if [ "$periods" -gt 0 ]; then [ "$revisions" = 1 ] || fail "re-published report is not revision 2"; fi
grep -qE "^occx: .*monthly-06-republished.pdf: revision 2 of the measures report for 2024-06-30, superseding .*monthly-06.pdf$" "$TMP/err" ||
  fail "no notice of the new revision: $(cat "$TMP/err")"

# With a sample report that gives records (once PDF extraction is in): all its records are
# stored, a re-published copy is revision 2, and history and export see the latest revision.
read -r sample sample_records <<<"$(sample_with_records)"
if [ -n "$sample" ]; then
  mkdir -p "$TMP/real"; cp "$sample" "$TMP/real/report.pdf"; copy_with_tag "$sample" "$TMP/real/report-v2.pdf" v2
  expect_exit 0 "$OCCX" backfill --no-progress --db "$TMP/real.sqlite" "$TMP/real/report.pdf"
  expect_exit 0 "$OCCX" backfill --no-progress --db "$TMP/real.sqlite" "$TMP/real/report-v2.pdf"
  grep -q "$sample_records records stored" "$TMP/err" || fail "sample: not all $sample_records records stored: $(cat "$TMP/err")"
  [ "$(sqlite_count "$TMP/real.sqlite" 'SELECT MAX(revision) FROM reports')" = 2 ] || fail "sample copy is not revision 2"
  expect_exit 0 "$OCCX" export --db "$TMP/real.sqlite"
  [ "$(wc -l < "$TMP/out")" = "$sample_records" ] || fail "export of the latest revision is not $sample_records records"
  grep -q "report-v2.pdf" "$TMP/out" || fail "export does not come from the latest revision"
  measure=$(head -n 1 "$TMP/out" | sed -n 's/.*"measure_id":"\([^"]*\)".*/\1/p')
  expect_exit 0 "$OCCX" history --db "$TMP/real.sqlite" --all-revisions --format csv "$measure"
  [ "$(tail -n +2 "$TMP/out" | wc -l)" = 2 ] || fail "history of $measure over both revisions: $(cat "$TMP/out")"
fi

# The archive commands are listed and explain --db.
expect_exit 0 "$OCCX" --help
for c in backfill history export; do grep -q "^  $c " "$TMP/out" || fail "occx --help does not list $c"; done
for c in backfill history export; do
  expect_exit 0 "$OCCX" "$c" --help
  grep -q -- "--db URL" "$TMP/out" || fail "occx $c --help lacks --db"
done

# All good: exit 0. All failed: exit 2. Usage errors: exit 2, one line.
expect_exit 0 "$OCCX" backfill --db "$db" "$TMP/in/2024"
expect_exit 2 "$OCCX" backfill --db "$db" "$TMP/bad"
grep -q "1 failed" "$TMP/err" || fail "all-failed summary: $(cat "$TMP/err")"
expect_exit 2 "$OCCX" backfill --db "$db" "$TMP/missing-dir"
grep -qE "^occx: .*missing-dir: cannot read file" "$TMP/err" || fail "missing path not named"
expect_exit 2 "$OCCX" backfill --db "$db"
one_line_error "needs at least one PATH"
expect_exit 2 "$OCCX" backfill --db "mysql://x/y" "$TMP/in"
one_line_error "unknown archive scheme"
expect_exit 2 "$OCCX" backfill -j 0 "$TMP/in"
one_line_error "whole number"

# The default archive is ./occx.sqlite; -j N gives the same result as one worker.
(cd "$TMP/cwd" && "$OCCX" backfill -j 4 "$TMP/in/2024" >/dev/null 2>&1)
[ -f "$TMP/cwd/occx.sqlite" ] || fail "no ./occx.sqlite by default"
[ "$(sqlite_count "$TMP/cwd/occx.sqlite" 'SELECT COUNT(*) FROM observations')" = "$expected_records" ] ||
  fail "-j 4 stored a different number of observations"

# Two back-fills of the same files into one archive at once: each report stored once.
"$OCCX" backfill --no-progress -j 2 --db "$TMP/shared.sqlite" "$TMP/in/2024" 2>"$TMP/one.err" & one=$!
"$OCCX" backfill --no-progress -j 2 --db "$TMP/shared.sqlite" "$TMP/in/2024" 2>"$TMP/two.err" & two=$!
wait "$one"; s1=$?; wait "$two"; s2=$?
[ "$s1$s2" = 00 ] || fail "concurrent back-fills exited $s1 and $s2: $(cat "$TMP/one.err" "$TMP/two.err")"
both=$(cat "$TMP/one.err" "$TMP/two.err" | grep -oE '[0-9]+ ingested' | awk '{ n += $1 } END { print n + 0 }')
[ "$both" = 3 ] || fail "concurrent back-fills ingested $both in all, not 3"
[ "$(sqlite_count "$TMP/shared.sqlite" 'SELECT COUNT(*) FROM reports')" = 3 ] || fail "concurrent back-fills stored a report twice"

# On a terminal: a progress line with files, pages, records and an ETA; --no-progress silences
# it, -q silences it and the summary (only errors).
# (Needs a pseudo-terminal: a bare chroot without /dev/pts has none, and says so.)
if command -v script >/dev/null && script -qec true /dev/null >/dev/null 2>&1; then
  script -qec "'$OCCX' backfill --db '$TMP/tty.sqlite' '$TMP/in/2024'" /dev/null > "$TMP/tty" 2>&1
  grep -qE "\[[#-]+\] [0-9]+/3 files, [0-9]+ pages \([0-9]+ OCR\), [0-9]+ records, [0-9:]+ elapsed, ETA" "$TMP/tty" ||
    fail "no progress line on a terminal: $(tr '\r' '\n' < "$TMP/tty" | head -5)"
  script -qec "'$OCCX' backfill --no-progress --db '$TMP/tty2.sqlite' '$TMP/in/2024'" /dev/null > "$TMP/tty" 2>&1
  grep -q "ETA" "$TMP/tty" && fail "--no-progress still shows progress"
  grep -q "3 ingested" "$TMP/tty" || fail "--no-progress hid the summary"
  script -qec "'$OCCX' backfill -q --db '$TMP/tty3.sqlite' '$TMP/in/2024'" /dev/null > "$TMP/tty" 2>&1
  [ -s "$TMP/tty" ] && fail "-q should leave only errors, there are none: $(tr '\r' '\n' < "$TMP/tty" | head -3)"
else
  echo "no pseudo-terminal here: progress-line check skipped"
fi
finish
