#!/usr/bin/env bash
# A queryable archive: the views latest_reports, latest_observations and
# measure_title_history (SQLite, and PostgreSQL when a server is installed: same answers);
# occx list measures|reports; export's --measure/--since/--until filters and --all-revisions
# columns; the series rule on the seeds (a partial OCR title and a dropped "by March 2023"
# continue a series, a re-used id starts a new one).
set -euo pipefail
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/backfill_lib.bash"

# 1. A generated archive: 5 measures over 6 months, OCC01.02 re-used, one report re-published.
db="$TMP/a.sqlite"
mkdir -p "$TMP/empty"
"$OCCX" backfill -q --db "$db" "$TMP/empty" 2>/dev/null || fail "backfill could not create the archive"
"$PY" "$ROOT/scripts/make-archive" "$db" --measures 5 --months 6 --start 2024-01
q() { sqlite_count "$db" "$1"; }
[ "$(q 'SELECT COUNT(*) FROM reports')" = 7 ] || fail "the generated archive should hold 7 reports"
[ "$(q 'SELECT COUNT(*) FROM latest_reports')" = 6 ] || fail "latest_reports should hide the replaced revision"
[ "$(q "SELECT revision FROM latest_reports WHERE period_end = '2024-05-31'")" = 2 ] || fail "latest_reports: wrong revision"
[ "$(q 'SELECT COUNT(*) FROM latest_observations')" = 30 ] || fail "latest_observations should hold 6 x 5"
[ "$(q "SELECT COUNT(*) FROM measure_title_history WHERE measure_id = 'OCC01.02'")" = 2 ] ||
  fail "measure_title_history should give OCC01.02's two titles"
[ "$(q "SELECT first_period_end FROM measure_title_history WHERE title LIKE '%libraries%'")" = 2024-05-31 ] ||
  fail "measure_title_history: when the new title first appeared"

# 2. occx list.
expect_exit 0 "$OCCX" list --db "$db" measures
head -n 1 "$TMP/out" | grep -qE '^measure_id +series +title +first_period_end +last_period_end +observations$' ||
  fail "list measures header: $(head -n 1 "$TMP/out")"
[ "$(grep -c '^OCC01.02 ' "$TMP/out")" = 2 ] || fail "list measures: OCC01.02 should have two series: $(cat "$TMP/out")"
[ "$(tail -n +2 "$TMP/out" | wc -l)" = 6 ] || fail "list measures: 5 measures, 6 series"
expect_exit 0 "$OCCX" list --db "$db" reports -o "$TMP/reports.json"
"$PY" -c '
import json, sys
rows = json.load(open(sys.argv[1]))
assert len(rows) == 6, rows
assert rows[4]["revision"] == 2 and rows[4]["report_file"].endswith("-v2.pdf"), rows[4]
assert all(r["records"] == 5 and r["kind"] == "measures" for r in rows), rows
' "$TMP/reports.json" || fail "list reports -o .json: $(head -c 300 "$TMP/reports.json")"
expect_exit 0 "$OCCX" list --db "$db" reports --all-revisions -f csv
[ "$(tail -n +2 "$TMP/out" | wc -l)" = 7 ] || fail "list reports --all-revisions should give 7 rows"
expect_exit 2 "$OCCX" list --db "$db" things
one_line_error "list needs 'measures' or 'reports'"
expect_exit 2 "$OCCX" list --db "$TMP/none.sqlite" reports
one_line_error "none.sqlite: no archive here"

# 3. export filters and --all-revisions columns.
expect_exit 0 "$OCCX" export --db "$db" --measure occ01.03 --since 2024-02 --until 2024-04
"$PY" -c '
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
assert [r["report"]["period_end"] for r in recs] == ["2024-02-29", "2024-03-31", "2024-04-30"], recs
assert {r["measure_id"] for r in recs} == {"OCC01.03"}
assert "revision" not in recs[0]
' "$TMP/out" || fail "export --measure --since --until: $(head -c 300 "$TMP/out")"
expect_exit 0 "$OCCX" export --db "$db" -m OCC01.01 -m OCC01.05 -f json
"$PY" -c '
import json, sys
recs = json.load(open(sys.argv[1]))
assert len(recs) == 12 and {r["measure_id"] for r in recs} == {"OCC01.01", "OCC01.05"}, len(recs)
ends = [r["report"]["period_end"] for r in recs]
assert ends == sorted(ends), ends
' "$TMP/out" || fail "export of two measures"
expect_exit 0 "$OCCX" export --db "$db" --all-revisions --since 2024-05 --until 2024-05 -o "$TMP/rev.csv"
"$PY" -c '
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
assert len(rows) == 10, len(rows)
assert sorted({r["revision"] for r in rows}) == ["1", "2"], rows[0]
assert {r["report_file"].rsplit("/", 1)[1] for r in rows} == {"monthly-2024-05.pdf", "monthly-2024-05-v2.pdf"}
' "$TMP/rev.csv" || fail "export --all-revisions columns: $(head -n 2 "$TMP/rev.csv")"
expect_exit 2 "$OCCX" export --db "$db" --since 2024
one_line_error "since' takes a month as YYYY-MM"
expect_exit 2 "$OCCX" export --db "$db" --since 2024-05 --until 2024-01
one_line_error "is after --until"

# 4. The series rule on the seeds: OCC01.02 is one series over its four reports (a partial OCR
# title "Total", a title with "by March 2023" and one without); OCC02.03 is two (heritage
# engagement in 2022-23, library visits in 2024).
seeds="${OCCX_SEEDS:-$ROOT/../shared/seeds}"
if [ -d "$seeds" ]; then
  mkdir -p "$TMP/seeds"
  cp "$seeds"/00[0-3]_*.txt "$TMP/seeds/"
  "$OCCX" backfill -q --db "$TMP/seeds.sqlite" "$TMP/seeds" 2>"$TMP/seeds.err" || fail "seeds backfill: $(cat "$TMP/seeds.err")"
  sdb="$TMP/seeds.sqlite"
  echo "series rule on the seeds in $seeds"
else
  # No seeds folder: the seeds' titles as extraction gives them, written straight in.
  sdb="$TMP/seeds-made.sqlite"
  "$OCCX" backfill -q --db "$sdb" "$TMP/empty" 2>/dev/null
  "$PY" - "$sdb" <<'PY'
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
partial = "OCR read the row line by line: title, names and comment are partial"
rows = [("2022-07-31", "OCC01.02", "Total No. of streetlights fitted with LED Lanterns by March 2023", []),
        ("2022-07-31", "OCC02.03", "Digital engagement with Heritage services (Museums Service and Oxfordshire History Centre)", []),
        ("2023-01-31", "OCC01.02", "Total No. of streetlights fitted with LED Lanterns by March 2023", []),
        ("2023-01-31", "OCC02.03", "Digital engagement with Heritage services (Museums Service and Oxfordshire History Centre)", []),
        ("2024-07-31", "OCC01.02", "Total", [partial]),
        ("2024-07-31", "OCC02.03", "Number of physical visits to Libraries", []),
        ("2024-11-30", "OCC01.02", "Total No. of streetlights fitted with LED Lanterns", []),
        ("2024-11-30", "OCC02.03", "Number of physical visits to Libraries", [])]
reports = {}
for end, mid, title, warnings in rows:
    if end not in reports:
        reports[end] = db.execute("INSERT INTO reports (file_name, sha256, kind, period_end, pages, ocr_pages, records,"
                                  " revision, ingested_at) VALUES (?, ?, 'measures', ?, 1, 0, 2, 1, 'now')",
                                  (end + ".txt", end.ljust(64, "0"), end)).lastrowid
    rec = {"measure_id": mid, "priority_id": mid[:5], "title": title, "report": {"period_end": end},
           "period": {"actual": None, "target": None, "status": None}, "ytd": {"actual": None, "target": None, "status": None},
           "source": {"file": end + ".txt", "sha256": end.ljust(64, "0"), "pages": [], "method": "plain"},
           "confidence": 0.9, "warnings": warnings}
    db.execute("INSERT INTO measures (id) VALUES (?) ON CONFLICT DO NOTHING", (mid,))
    db.execute("INSERT INTO observations (report_id, measure_id, period_end, title, source_pages, method, confidence,"
               " record_json) VALUES (?, ?, ?, ?, '[]', 'plain', 0.9, ?)", (reports[end], mid, end, title, json.dumps(rec)))
db.commit()
PY
  echo "series rule on the seeds' titles (no seeds folder at $seeds)"
fi
expect_exit 0 "$OCCX" history --db "$sdb" -f json OCC01.02
"$PY" -c '
import json, sys
rows = json.load(open(sys.argv[1]))
assert len(rows) == 4 and {r["series"] for r in rows} == {1}, [(r["period_end"], r["series"], r["title"]) for r in rows]
' "$TMP/out" || fail "OCC01.02 should be one series over four reports"
expect_exit 0 "$OCCX" history --db "$sdb" -f json OCC02.03
"$PY" -c '
import json, sys
rows = json.load(open(sys.argv[1]))
assert [r["series"] for r in rows] == [1, 1, 2, 2], [(r["period_end"], r["series"], r["title"]) for r in rows]
' "$TMP/out" || fail "OCC02.03 should be two series"

# 5. PostgreSQL: the same views give the same answers (skipped without a server, not as root).
set +e
cluster=$("$ROOT/scripts/pg-cluster" start 2>"$TMP/cluster.err"); started=$?
set -e
if [ "$started" -eq 77 ] && [ "$(id -u)" -ne 0 ]; then
  echo "skip PostgreSQL: $(cat "$TMP/cluster.err")"; finish; exit 0
fi
[ "$started" -eq 0 ] || { fail "cannot start PostgreSQL: $(cat "$TMP/cluster.err")"; finish; }
eval "$cluster"
trap '"$ROOT/scripts/pg-cluster" stop "$OCCX_PG_DIR"; rm -rf "$TMP"' EXIT
mkdir -p "$TMP/in"
make_report_pdf "$TMP/in/monthly-06.pdf" 2 2024-06-30
make_report_pdf "$TMP/in/monthly-07.pdf" 2 2024-07-31
copy_with_tag "$TMP/in/monthly-07.pdf" "$TMP/in/monthly-07-v2.pdf" v2
for url in "$OCCX_PG_URL" "$TMP/same.sqlite"; do
  "$OCCX" backfill -q --db "$url" "$TMP/in" 2>/dev/null || fail "$url: backfill"
  for view in latest_reports latest_observations measure_title_history; do
    archive_count "$url" "SELECT COUNT(*) FROM $view" >> "$TMP/counts-$(basename "$url")"
  done
  "$OCCX" list --db "$url" reports -f csv | cut -d, -f1-3,5- >> "$TMP/counts-$(basename "$url")"
  "$OCCX" list --db "$url" measures -f csv >> "$TMP/counts-$(basename "$url")"
done
cmp -s "$TMP/counts-occx" "$TMP/counts-same.sqlite" ||
  fail "PostgreSQL and SQLite views differ: $(diff "$TMP/counts-occx" "$TMP/counts-same.sqlite")"
[ "$(head -n 1 "$TMP/counts-occx")" = 2 ] || fail "PostgreSQL latest_reports: $(head -n 1 "$TMP/counts-occx")"
finish
