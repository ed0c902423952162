# occx validate --db and occx findings: backfill's stored findings listed by report, period and
# severity; one report checked against the archive's earlier months (history selection itself:
# tests/unit/test_validate_history.cpp).
set -euo pipefail
OCCX="$1"; ROOT="$2"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
[ -f "$ROOT/samples/monthly-2023-01.pdf" ] || fail "sample missing"
# The archive: two monthly samples, given in reverse period order (findings do not depend on it).
"$OCCX" backfill --quiet --db "$TMP/a.sqlite" "$ROOT/samples/monthly-2023-01.pdf" "$ROOT/samples/monthly-2022-07.pdf"
"$OCCX" findings --db "$TMP/a.sqlite" -f jsonl > "$TMP/f.jsonl"
python3 - "$TMP/f.jsonl" <<'PY' || fail "stored findings"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert rows, "no findings stored"
assert all(r["period_end"] for r in rows), rows[0]
assert any(r["rule"] == "polarity-coverage" for r in rows), "no polarity coverage line"
periods = [r["period_end"] for r in rows]
assert periods == sorted(periods), "not in period order"
PY
"$OCCX" findings --db "$TMP/a.sqlite" --period 2023-01 -f jsonl > "$TMP/jan.jsonl"
python3 -c 'import json,sys; r=[json.loads(l) for l in open(sys.argv[1])]; assert r and all(x["period_end"].startswith("2023-01") for x in r)' "$TMP/jan.jsonl" \
  || fail "--period"
"$OCCX" findings --db "$TMP/a.sqlite" --report monthly-2022-07.pdf --min-severity error -f csv > "$TMP/jul.csv"
head -n 1 "$TMP/jul.csv" | grep -q '^period_end,source_file,source_page,severity,rule,measure_id,message$' || fail "csv header"
tail -n +2 "$TMP/jul.csv" | grep -v ',error,' && fail "--min-severity error shows others"
"$OCCX" findings --db "$TMP/a.sqlite" > "$TMP/table.txt"
tail -n 1 "$TMP/table.txt" | grep -qE '^[0-9]+ errors, [0-9]+ warnings, [0-9]+ info$' || fail "table summary"

# A run interrupted between storing and validating leaves reports without findings: the next
# run validates them (and only them).
before=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from findings").fetchone()[0])' "$TMP/a.sqlite")
python3 -c 'import sqlite3,sys; d=sqlite3.connect(sys.argv[1]); d.execute("delete from findings where report_id=(select id from reports where file_name like \"%2023-01%\")"); d.commit()' "$TMP/a.sqlite"
"$OCCX" backfill --quiet --db "$TMP/a.sqlite" "$ROOT/samples/monthly-2023-01.pdf" 2>/dev/null
after=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from findings").fetchone()[0])' "$TMP/a.sqlite")
[ "$before" -eq "$after" ] || fail "re-run restored $after findings, wanted $before"

# validate --db: the January report against the archive uses July as history.
"$OCCX" validate -v --db "$TMP/a.sqlite" "$ROOT/samples/monthly-2023-01.pdf" > "$TMP/v.out" 2> "$TMP/v.err" || true
grep -q "history of 1 earlier reports" "$TMP/v.err" || fail "history not used: $(cat "$TMP/v.err")"
grep -q "direction known for" "$TMP/v.err" || fail "no direction coverage"

# Bad input: one line, exit 2.
set +e
"$OCCX" validate --db "$TMP/missing.sqlite" "$ROOT/samples/monthly-2023-01.pdf" > /dev/null 2> "$TMP/err"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "missing archive exited $rc"
[ "$(wc -l < "$TMP/err")" -eq 1 ] || fail "missing archive: $(cat "$TMP/err")"
set +e
"$OCCX" findings --db "$TMP/a.sqlite" --period 2023-13 > /dev/null 2> "$TMP/err"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "bad --period exited $rc"
echo ok
