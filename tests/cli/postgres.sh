# The archive against a real PostgreSQL: a throwaway cluster (scripts/pg-cluster) runs the
# archive unit tests, the kill -9 test, and a back-fill whose export and history must match
# the same back-fill into SQLite byte for byte. The cluster is removed however the test ends.
# Without a PostgreSQL server and not as root: skipped. As root (CI): it must run.
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/backfill_lib.bash"

tests_bin="$(dirname "$OCCX")/../tests/occx_tests"
set +e
cluster=$("$ROOT/scripts/pg-cluster" start 2>"$TMP/cluster.err"); started=$?

if [ "$started" -eq 77 ] && [ "$(id -u)" -ne 0 ]; then
  echo "skip: $(cat "$TMP/cluster.err")"; exit 0
fi
[ "$started" -eq 0 ] || { echo "FAIL: cannot start PostgreSQL: $(cat "$TMP/cluster.err")"; exit 1; }
eval "$cluster"
trap '"$ROOT/scripts/pg-cluster" stop "$OCCX_PG_DIR"; rm -rf "$TMP"' EXIT
trap 'exit 1' TERM INT
url="$OCCX_PG_URL"
reset_db() { PGOPTIONS=--client-min-messages=warning psql "$url" -qc "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public" >/dev/null; }

# 1. The store's unit tests, with PostgreSQL as the backend.
if [ -x "$tests_bin" ]; then
  OCCX_TEST_PG_URL="$url" "$tests_bin" "[archive]" >"$TMP/unit.out" 2>&1 ||
    fail "archive unit tests on PostgreSQL: $(tail -n 30 "$TMP/unit.out")"
else
  fail "no unit test binary at $tests_bin"
fi

# 2. Kill -9 mid-way and re-run.
OCCX_TEST_PG_URL="$url" bash "$(dirname "$0")/backfill_kill.sh" "$OCCX" "$ROOT" >"$TMP/kill.out" 2>&1 ||
  fail "kill test on PostgreSQL: $(cat "$TMP/kill.out")"

# 3. Same behaviour as SQLite: same counts, same export, same history.
reset_db
mkdir -p "$TMP/in"
make_report_pdf "$TMP/in/monthly-06.pdf" 2 2024-06-30
make_report_pdf "$TMP/in/monthly-07.pdf" 3 2024-07-31
printf '%%PDF-1.4\nnot really a pdf\n' > "$TMP/in/broken.pdf"
for db in "$url" "$TMP/same.sqlite"; do
  expect_exit 3 "$OCCX" backfill --no-progress --db "$db" "$TMP/in"
  [ "$(summary_count ingested)" = 2 ] || fail "$db: first run: $(cat "$TMP/err")"
  expect_exit 3 "$OCCX" backfill --no-progress --db "$db" "$TMP/in"
  grep -q "2 skipped (already present)" "$TMP/err" || fail "$db: second run: $(cat "$TMP/err")"
  [ "$(archive_count "$db" 'SELECT SUM(pages) FROM reports')" = 5 ] || fail "$db: pages"
done
"$OCCX" export --db "$url" > "$TMP/pg.jsonl" || fail "export from PostgreSQL failed"
"$OCCX" export --db "$TMP/same.sqlite" > "$TMP/sqlite.jsonl" || fail "export from SQLite failed"
cmp -s "$TMP/pg.jsonl" "$TMP/sqlite.jsonl" || fail "PostgreSQL and SQLite exports differ"
measure=$(head -n 1 "$TMP/sqlite.jsonl" | sed -n 's/.*"measure_id":"\([^"]*\)".*/\1/p')
if [ -n "$measure" ]; then
  "$OCCX" history --db "$url" --format csv "$measure" > "$TMP/pg.csv"
  "$OCCX" history --db "$TMP/same.sqlite" --format csv "$measure" > "$TMP/sqlite.csv"
  cmp -s "$TMP/pg.csv" "$TMP/sqlite.csv" || fail "PostgreSQL and SQLite histories of $measure differ"
fi
# 4. Validation against the archive and the stored findings: the same on both backends.
for db in "$url" "$TMP/same.sqlite"; do "$OCCX" backfill -q --db "$db" "$ROOT/samples/monthly-2022-07.pdf" 2>/dev/null; done
"$OCCX" validate -v --format jsonl --db "$url" "$ROOT/samples/monthly-2023-01.pdf" > "$TMP/pg-v.jsonl" 2> "$TMP/pg-v.err"
"$OCCX" validate -v --format jsonl --db "$TMP/same.sqlite" "$ROOT/samples/monthly-2023-01.pdf" > "$TMP/sqlite-v.jsonl" 2> "$TMP/sqlite-v.err"
"$OCCX" findings --db "$url" -f csv > "$TMP/pg-findings.csv" || fail "findings from PostgreSQL failed"
"$OCCX" findings --db "$TMP/same.sqlite" -f csv > "$TMP/sqlite-findings.csv" || fail "findings from SQLite failed"
cmp -s "$TMP/pg-findings.csv" "$TMP/sqlite-findings.csv" || fail "PostgreSQL and SQLite stored findings differ"
grep -q "history of 1 earlier reports" "$TMP/pg-v.err" || fail "validate --db PostgreSQL: $(cat "$TMP/pg-v.err")"
cmp -s "$TMP/pg-v.jsonl" "$TMP/sqlite-v.jsonl" || fail "validate --db differs between PostgreSQL and SQLite"
expect_exit 2 "$OCCX" history --db "$url" OCC99.99
one_line_error "no observations of OCC99.99"
expect_exit 2 "$OCCX" backfill --db "postgresql://occx@127.0.0.1:1/none" "$TMP/in"
one_line_error "cannot connect"
finish
