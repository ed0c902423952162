# backfill stores each report's validation findings with it (same transaction as the report).
. "$(dirname "$0")/lib.bash"
pdf="$ROOT/samples/monthly-2023-01.pdf"
[ -f "$pdf" ] || { echo "sample missing"; exit 1; }
expect_exit 0 "$OCCX" backfill --quiet --db "$TMP/a.sqlite" "$pdf"
python3 - "$TMP/a.sqlite" <<'PY' || fail "findings not stored"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT severity, rule, measure_id, message FROM findings").fetchall()
errors = [r for r in rows if r[0] == "error"]
# the sample's one planted malformed value, and nothing else at error level
assert len(errors) == 1 and errors[0][1] == "malformed-value" and "£292,000,00" in errors[0][3], errors
PY
expect_exit 0 "$OCCX" backfill --quiet --db "$TMP/a.sqlite" "$pdf"
n=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from findings where severity=\"error\"").fetchone()[0])' "$TMP/a.sqlite")
[ "$n" -eq 1 ] || fail "a second back-fill of the same file stored findings again ($n)"
finish
