# Kill -9 in the middle of a back-fill, run it again: every report is in the archive exactly
# once, with all its observations. SQLite by default; tests/cli/postgres.sh runs it again with
# OCCX_TEST_PG_URL set to a throwaway PostgreSQL database.
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/backfill_lib.bash"

copies=30 pages=60
# A sample report that gives records makes the check of whole reports bite; without one
# (before PDF extraction), synthetic report PDFs still check whole reports by their rows.
read -r sample _ <<<"$(sample_with_records)"
db="${OCCX_TEST_PG_URL:-$TMP/archive.sqlite}"
if [ -n "${OCCX_TEST_PG_URL:-}" ]; then  # like the unit tests: the database given is emptied first
  PGOPTIONS=--client-min-messages=warning psql "$db" -qc "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public" >/dev/null
fi
mkdir -p "$TMP/in"
if [ -n "$sample" ]; then
  copies=12; cp "$sample" "$TMP/report.pdf"; pages=$(pdfinfo "$TMP/report.pdf" | sed -n 's/^Pages: *//p')
else
  make_report_pdf "$TMP/report.pdf" "$pages" 2024-07-31
fi
for i in $(seq 1 "$copies"); do copy_with_tag "$TMP/report.pdf" "$TMP/in/report-$i.pdf" "$i"; done
per_file=$("$OCCX" extract "$TMP/report.pdf" | wc -l)

# Killed up to twice, each time once a few more reports are stored. A machine fast enough to
# finish a run before the kill lands leaves that round untested; at least one kill must land.
kills=0
for round in 1 2; do
  before=$(archive_count "$db" 'SELECT COUNT(*) FROM reports' 2>/dev/null || echo 0)
  [ "${before:-0}" -le $((copies - 6)) ] || break
  "$OCCX" backfill -q -j 2 --db "$db" "$TMP/in" >/dev/null 2>"$TMP/killed.err" &
  pid=$!
  wait_for_reports "$db" $((${before:-0} + 2)) 30 || fail "round $round: no reports stored within 30 s"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null; status=$?
  if [ "$status" -ne 137 ]; then echo "note: round $round: backfill ended by itself (status $status) before the kill"; continue; fi
  kills=$((kills + 1))
  stored=$(archive_count "$db" 'SELECT COUNT(*) FROM reports')
  # Whatever the moment of the kill, each stored report has all its observations.
  partial=$(archive_count "$db" "SELECT COUNT(*) FROM reports r WHERE (SELECT COUNT(*) FROM observations o WHERE o.report_id = r.id) <> $per_file")
  [ "$partial" = 0 ] || fail "round $round: $partial reports stored without all their observations"
done
[ "$kills" -ge 1 ] || fail "no kill landed in the middle of a back-fill; make the corpus larger"
stored=$(archive_count "$db" 'SELECT COUNT(*) FROM reports')

expect_exit 0 "$OCCX" backfill --no-progress -j 2 --db "$db" "$TMP/in"
grep -q "$stored skipped (already present)" "$TMP/err" || fail "re-run did not skip the $stored stored reports: $(cat "$TMP/err")"
grep -q "$((copies - stored)) ingested" "$TMP/err" || fail "re-run did not ingest the rest: $(cat "$TMP/err")"
[ "$(archive_count "$db" 'SELECT COUNT(*) FROM reports')" = "$copies" ] || fail "reports are not $copies after the re-run"
[ "$(archive_count "$db" 'SELECT COUNT(DISTINCT sha256) FROM reports')" = "$copies" ] || fail "a report is stored twice"
[ "$(archive_count "$db" 'SELECT COUNT(*) FROM observations')" = $((copies * per_file)) ] ||
  fail "observations are not $copies x $per_file"
[ "$(archive_count "$db" 'SELECT SUM(pages) FROM reports')" = $((copies * pages)) ] || fail "pages are not $copies x $pages"
finish
