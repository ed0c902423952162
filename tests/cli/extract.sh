# occx extract: output formats, -o, standard input, several files in one call.
. "$(dirname "$0")/lib.bash"
pdf="$ROOT/samples/monthly-2023-01.pdf"
[ -f "$pdf" ] || { echo "sample missing"; exit 1; }
want=$(wc -l < "$ROOT/samples/monthly-2023-01.expected.jsonl")

expect_exit 0 "$OCCX" extract "$pdf"
[ "$(wc -l < "$TMP/out")" -eq "$want" ] || fail "jsonl: $(wc -l < "$TMP/out") lines, wanted $want"
python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$TMP/out" || fail "jsonl does not parse"

expect_exit 0 "$OCCX" extract --format json "$pdf"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d)==int(sys.argv[2]), len(d)' "$TMP/out" "$want" ||
  fail "json is not an array of $want records"

expect_exit 0 "$OCCX" extract -f csv -o "$TMP/records.csv" "$pdf"
python3 - "$TMP/records.csv" "$want" <<'PY' || fail "csv"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert len(rows) == int(sys.argv[2]), len(rows)
assert rows[0]["measure_id"].startswith("OCC") and rows[0]["source_file"].endswith(".pdf")
assert any("\n" in r["comment"] for r in rows), "multi-paragraph comments survive quoting"
PY

"$OCCX" extract - < "$pdf" > "$TMP/stdin.jsonl" 2>"$TMP/err" || fail "stdin: $(cat "$TMP/err")"
[ "$(wc -l < "$TMP/stdin.jsonl")" -eq "$want" ] || fail "stdin gave $(wc -l < "$TMP/stdin.jsonl") records"
grep -q '"file":"-"' "$TMP/stdin.jsonl" || fail "stdin records should name '-' as their file"

expect_exit 0 "$OCCX" extract "$pdf" "$ROOT/samples/annex-a-2024-11.pdf"
both=$((want + $(wc -l < "$ROOT/samples/annex-a-2024-11.expected.jsonl")))
[ "$(wc -l < "$TMP/out")" -eq "$both" ] || fail "two files gave $(wc -l < "$TMP/out") records, wanted $both"

expect_exit 0 "$OCCX" extract -j 1 "$pdf"
[ "$(wc -l < "$TMP/out")" -eq "$want" ] || fail "-j 1 changed the result"
finish
