# The Cabinet covering report as a PDF: its tables read from the text layer (multi-line
# headers laid on their columns) equal the structured form the generator wrote, and checked
# against its own Annex A it gives no Cabinet finding.
. "$(dirname "$0")/../cli/lib.bash"
set -euo pipefail
pdf="$ROOT/samples/cabinet-2024-11.pdf"
[ -f "$pdf" ] || { echo "sample missing"; exit 1; }
"$OCCX" extract --cabinet "$pdf" > "$TMP/out.jsonl" || fail "extract --cabinet failed"
python3 - "$TMP/out.jsonl" "$ROOT/samples/cabinet-2024-11.expected.json" <<'PY' || fail "cabinet form differs"
import json, sys
got = [json.loads(l) for l in open(sys.argv[1]) if '"kind":"cabinet"' in l.replace(" ", "")]
assert len(got) == 1, "one cabinet object, got %d" % len(got)
got, want = got[0], json.load(open(sys.argv[2]))
def known(rows):  # the expected form leaves out columns a table lacks
    return [{k: v for k, v in r.items() if v is not None} for r in rows]
for key in ("report", "red_list", "status_changes", "exceptions"):
    assert got[key] == want[key], key
for key in ("rag_summary", "monthly_comparison"):
    assert known(got[key]) == known(want[key]), key
print("cabinet PDF: every table as expected")
PY
# The same report converted by pdftotext -layout is still a covering report: its exception rows
# are not measure rows (in a back-fill it would otherwise become a revision of the annex's month),
# and what its converted tables lose is named in its warnings.
pdftotext -layout "$pdf" "$TMP/covering.txt"
"$OCCX" extract --cabinet "$TMP/covering.txt" > "$TMP/text.jsonl" 2>/dev/null || fail "extract of the converted text failed"
python3 - "$TMP/text.jsonl" <<'PY' || fail "converted covering report misread"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert [r.get("kind") for r in rows] == ["cabinet"], "one cabinet object and no records: %s" % [r.get("kind") for r in rows]
c = rows[0]
assert c["report"]["period_end"] == "2024-11-30", c["report"]
named = {r["measure_id"] for r in c["red_list"]} | {r["measure_id"] for r in c["status_changes"]} | \
    {r["measure_id"] for r in c["exceptions"]}
unread = {w.split("measure id ")[1].split()[0] for w in c["warnings"] if "seen but not read" in w}
assert named | unread >= {"OCC02.05", "OCC02.08", "OCC11.08", "OCC02.09"}, "a measure lost silently"
print("converted covering report: %d measures read, %d named in warnings" % (len(named), len(unread)))
PY
# exit 1 is "error findings": the annex's planted malformed value is one
"$OCCX" validate --format jsonl "$ROOT/samples/annex-a-2024-11.pdf" "$pdf" > "$TMP/findings.jsonl" ||
  [ $? -eq 1 ] || fail "validate failed"
if grep -q '"rule":"cabinet' "$TMP/findings.jsonl"; then fail "clean Cabinet report got findings: $(grep cabinet "$TMP/findings.jsonl")"; fi
finish
