# occx history and occx export over an archive: series split where a reused measure id changes
# title, latest revisions by default, table/csv/json formats. The observations are written
# straight into an archive that occx backfill created, so these tests do not depend on
# extraction.
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/backfill_lib.bash"

db="$TMP/history.sqlite"
mkdir -p "$TMP/in"  # a back-fill of nothing makes an empty archive
"$OCCX" backfill -q --db "$db" "$TMP/in" 2>/dev/null || fail "backfill could not create the archive"

"$PY" - "$db" <<'PY'
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
def value(raw, v): return {"raw": raw, "value": v, "kind": "number"}
rows = [  # file, period_end, revision, measure, title, actual
    ("monthly-2022-07.pdf", "2022-07-31", 1, "OCC02.03", "Digital engagement with Heritage services", 1200),
    ("monthly-2023-01.pdf", "2023-01-31", 1, "OCC02.03", "Digital engagement with Heritage Services", 1300),
    ("monthly-2024-07.pdf", "2024-07-31", 1, "OCC02.03", "Number of physical visits to Libraries", 120000),
    ("monthly-2024-07.pdf", "2024-07-31", 1, "OCC01.02", "Total No. of streetlights fitted with LED Lanterns", 253),
    ("monthly-2024-07-v2.pdf", "2024-07-31", 2, "OCC02.03", "Number of physical visits to Libraries", 121000),
]
reports = {}
for file, end, rev, mid, title, actual in rows:
    if file not in reports:
        sha = file.ljust(64, "0")
        cur = db.execute("INSERT INTO reports (file_name, sha256, kind, period_end, pages, ocr_pages, records,"
                         " revision, ingested_at) VALUES (?, ?, 'measures', ?, 1, 0, 0, ?, 'now')", (file, sha, end, rev))
        reports[file] = (cur.lastrowid, sha)
    rid, sha = reports[file]
    record = {"measure_id": mid, "priority_id": mid[:5], "priority_title": None, "title": title, "unit": None,
              "trend": None, "director": None, "portfolio_holder": None,
              "period": {"actual": value(f"{actual:,}", actual), "target": value("1,000", 1000), "status": "GREEN"},
              "ytd": {"actual": None, "target": None, "status": None},
              "comment": None, "improvement_plan": None, "timeframe": None, "finance_impact": None, "risk_impact": None,
              "report": {"period_start": None, "period_end": end},
              "source": {"file": file, "sha256": sha, "pages": [1], "method": "text"},
              "confidence": 1.0, "warnings": []}
    db.execute("INSERT INTO measures (id) VALUES (?) ON CONFLICT DO NOTHING", (mid,))
    db.execute("INSERT INTO observations (report_id, measure_id, period_end, title, source_pages, method, confidence,"
               " record_json) VALUES (?, ?, ?, ?, '[1]', 'text', 1.0, ?)", (rid, mid, end, title, json.dumps(record)))
db.commit()
PY

# Table: one header, rows by period end, a visible break where the title changed.
expect_exit 0 "$OCCX" history --db "$db" OCC02.03
grep -q "^OCC02.03$" "$TMP/out" || fail "table does not name the measure"
grep -qE "^series +period_end +rev +actual +target +status" "$TMP/out" || fail "table header: $(head -3 "$TMP/out")"
grep -qF '— title changed: "Digital engagement with Heritage Services" → "Number of physical visits to Libraries" —' "$TMP/out" ||
  fail "no title-change line: $(cat "$TMP/out")"
[ "$(grep -cE '^[12] +20[0-9]{2}-' "$TMP/out")" = 3 ] || fail "table should have 3 rows (latest revisions): $(cat "$TMP/out")"
grep -q "121,000" "$TMP/out" || fail "latest revision's value missing"
grep -q "120,000" "$TMP/out" && fail "superseded revision shown without --all-revisions"
[ "$(grep -nE '2022-07-31|2023-01-31|title changed|2024-07-31' "$TMP/out" | cut -d: -f1 | tr '\n' ' ')" = \
  "$(grep -nE '2022-07-31|2023-01-31|title changed|2024-07-31' "$TMP/out" | cut -d: -f1 | sort -n | tr '\n' ' ')" ] ||
  fail "rows are not in period order"

expect_exit 0 "$OCCX" history --db "$db" --all-revisions occ02.03
[ "$(grep -cE '^[12] +20[0-9]{2}-' "$TMP/out")" = 4 ] || fail "--all-revisions should show 4 rows"
grep -q "120,000" "$TMP/out" || fail "--all-revisions lacks revision 1"

grep -q "^series: numbered anew" "$TMP/out" || fail "the table does not explain its series and rev columns"

# CSV: a series column, values as printed and numeric, under export's column names.
expect_exit 0 "$OCCX" history --db "$db" --format csv OCC02.03
head -n 1 "$TMP/out" | grep -q "^measure_id,series,period_end,revision,superseded,period_actual_raw,period_actual_value,period_target_raw" ||
  fail "csv header: $(head -n 1 "$TMP/out")"
"$OCCX" export --db "$db" -f csv | head -n 1 | tr ',' '\n' > "$TMP/export-cols"
for col in $(head -n 1 "$TMP/out" | tr ',' ' '); do
  case "$col" in series|revision|superseded) continue ;; esac
  grep -qx "$col" "$TMP/export-cols" || fail "history's CSV column $col is not named as in export's CSV"
done
[ "$(tail -n +2 "$TMP/out" | cut -d, -f2 | tr '\n' ' ')" = "1 1 2 " ] || fail "csv series column: $(cat "$TMP/out")"
grep -q '"121,000",121000,' "$TMP/out" || fail "csv value columns: $(cat "$TMP/out")"
# -o's extension chooses the format; the file is the same as standard output's.
expect_exit 0 "$OCCX" history --db "$db" -o "$TMP/h.csv" OCC02.03
cmp -s "$TMP/h.csv" <("$OCCX" history --db "$db" -f csv OCC02.03) || fail "-o h.csv is not the CSV"

# JSON: an array of the same rows as the CSV.
expect_exit 0 "$OCCX" history --db "$db" --format json OCC02.03
"$PY" -c '
import json, sys
rows = json.load(open(sys.argv[1]))
assert [r["series"] for r in rows] == [1, 1, 2], rows
assert rows[2]["title"] == "Number of physical visits to Libraries", rows
assert rows[2]["period_actual_raw"] == "121,000" and rows[2]["period_actual_value"] == 121000, rows
assert rows[0]["measure_id"] == "OCC02.03" and rows[0]["revision"] == 1, rows
' "$TMP/out" || fail "history json: $(head -c 400 "$TMP/out")"
# No match: an empty array and a header-only CSV, still valid for tools.
expect_exit 0 "$OCCX" history --db "$db" -f json OCC99.99
[ "$(tr -d ' \n' < "$TMP/out")" = "[]" ] || fail "history -f json with no match: '$(cat "$TMP/out")'"
expect_exit 0 "$OCCX" history --db "$db" -f csv OCC99.99
[ "$(wc -l < "$TMP/out")" = 1 ] || fail "history -f csv with no match should be the header alone"

expect_exit 2 "$OCCX" history --db "$db" OCC99.99
one_line_error "no observations of OCC99.99"
expect_exit 2 "$OCCX" history --db "$TMP/none.sqlite" OCC02.03
one_line_error "none.sqlite: no archive here"
[ -e "$TMP/none.sqlite" ] && fail "history created an archive"
expect_exit 2 "$OCCX" history --db "$db"
one_line_error "exactly one MEASURE_ID"
expect_exit 2 "$OCCX" history --db "$db" --format xml OCC02.03
one_line_error "must be one of table, csv, json"

# Export: every observation of the latest revisions, as records. Revision 2 of July 2024
# replaces the whole of revision 1, so OCC01.02 (only in revision 1) is not exported.
expect_exit 0 "$OCCX" export --db "$db"
[ "$(wc -l < "$TMP/out")" = 3 ] || fail "export should give 3 records: $(cat "$TMP/out")"
grep -q OCC01.02 "$TMP/out" && fail "export shows a measure of a superseded revision"
"$PY" -c '
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
ends = [r["report"]["period_end"] for r in recs]
assert ends == sorted(ends), ends
assert all(r["source"]["sha256"] and "confidence" in r for r in recs)
' "$TMP/out" || fail "exported records: $(head -c 400 "$TMP/out")"
expect_exit 0 "$OCCX" export --db "$db" --all-revisions --format csv -o "$TMP/all.csv"
[ "$(wc -l < "$TMP/all.csv")" = 6 ] || fail "csv export with all revisions should be a header and 5 rows"
expect_exit 2 "$OCCX" export --db "$db" extra
one_line_error "takes no positional arguments"
# OCC01.02 is only in revision 1 of 2024-07: history shows it, marked superseded, rather than
# "no observations" (export, above, keeps to the latest revision).
expect_exit 0 "$OCCX" history --db "$db" OCC01.02
grep -qE "^1 +2024-07-31 +1\* +253" "$TMP/out" || fail "superseded observation not shown and marked: $(cat "$TMP/out")"
grep -q "^\* superseded" "$TMP/out" || fail "no note on the superseded mark"
expect_exit 0 "$OCCX" history --db "$db" --format json OCC01.02
grep -q '"superseded": true' "$TMP/out" || fail "json lacks superseded: $(cat "$TMP/out")"
finish
