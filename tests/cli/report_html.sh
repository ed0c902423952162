#!/usr/bin/env bash
# occx report: one self-contained HTML page from an archive, checked in a real browser
# (headless Chromium): a chart per measure, no script errors, nothing fetched from the
# network; filters; atomic -o; one-line errors. Screenshots are kept in the build tree
# (build/artefacts/report_html/) for a person to look at.
set -euo pipefail
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/backfill_lib.bash"

db="$TMP/history.sqlite"
mkdir -p "$TMP/in"
"$OCCX" backfill -q --db "$db" "$TMP/in" 2>/dev/null || fail "backfill could not create the archive"
"$PY" "$ROOT/scripts/make-archive" "$db" --measures 12 --months 18 --start 2023-01 || fail "make-archive failed"
measures=$(sqlite_count "$db" 'SELECT COUNT(DISTINCT measure_id) FROM observations')

expect_exit 0 "$OCCX" report --db "$db" -o "$TMP/report.html"
[ -s "$TMP/out" ] && fail "report -o wrote to standard output"
page="$TMP/report.html"
[ "$(grep -o '<section class="measure"' "$page" | wc -l)" = "$measures" ] || fail "not one panel per measure ($measures)"
grep -qE '<(link|img|iframe)[^>]* (href|src)="https?:|<script[^>]* src=|@import|url\(https?:' "$page" &&
  fail "the page fetches something from outside itself"
grep -q 'href="reports/2023/monthly-2023-01.pdf#page=' "$page" || fail "no link to a source file and page"
grep -q 'class="break"' "$page" || fail "the re-used id's series break is not drawn"
grep -q 'class="retitle"' "$page" || fail "the reworded title is not marked"
grep -q '<span class="st-r">■ RED</span>' "$page" || fail "statuses are not shown by shape and name"
grep -q "Values as printed" "$page" || fail "no table fallback"
grep -q 'id="quality"' "$page" || fail "no data quality section"
grep -q 'status-vs-numbers' "$page" || fail "stored findings missing from data quality"
grep -qE 'title="12 of 1[23] measure ids extracted"' "$page" || fail "no id coverage per report"

# Filters: one measure, a range of months.
expect_exit 0 "$OCCX" report --db "$db" -o "$TMP/one.html" --measure occ01.02 --since 2023-06 --until 2023-12
[ "$(grep -o '<section class="measure"' "$TMP/one.html" | wc -l)" = 1 ] || fail "--measure should give one panel"
[ "$(grep -o '<details class="period"' "$TMP/one.html" | wc -l)" = 7 ] || fail "--since/--until should give 7 periods"
grep -q '2024-0' "$TMP/one.html" && grep -q '<b>2024-0' "$TMP/one.html" && fail "a period after --until shown"

# Errors: one line, exit 2; a failed run leaves an existing -o file as it was.
echo "earlier" > "$TMP/keep.html"
expect_exit 2 "$OCCX" report --db "$TMP/none.sqlite" -o "$TMP/keep.html"
one_line_error "none.sqlite: no archive here"
[ "$(cat "$TMP/keep.html")" = earlier ] || fail "a failed report run changed the existing output file"
ls "$TMP"/keep.html.* >/dev/null 2>&1 && fail "a failed run left its temporary file"
expect_exit 2 "$OCCX" report --db "$db" -o "$TMP/x.html" --since 2023-13
one_line_error "since' takes a month as YYYY-MM"
expect_exit 2 "$OCCX" report --db "$db" -o "$TMP/x.html" --measure OCC99.99
one_line_error "no observations of OCC99.99"
expect_exit 2 "$OCCX" report --db "$db" extra
one_line_error "takes no positional arguments"

# The browser: the DOM as Chromium built it, console errors, screenshots.
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  [ "$(id -u)" = 0 ] && fail "chromium is not installed (scripts/deps.txt lists it)"
  echo "skip browser checks: no chromium"; finish; exit 0
fi
artefacts="$(cd "$(dirname "$OCCX")/.." && pwd)/artefacts/report_html"
mkdir -p "$artefacts"
chrome() {  # chrome ARGS... URL: headless, no profile left behind, bounded in time
  timeout 60 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$TMP/profile" --enable-logging=stderr --v=0 "$@"
}
chrome --dump-dom "file://$page" >"$TMP/dom.html" 2>"$TMP/console.log" || fail "chromium could not load the page"
"$PY" - "$TMP/dom.html" "$measures" <<'PY' || fail "DOM check: $(head -c 300 "$TMP/dom.html")"
import sys
from html.parser import HTMLParser
class Dom(HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []; self.panels = []; self.errors = None; self.in_errors = False; self.rag = 0
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "section" and a.get("class") == "measure": self.panels.append({"id": a["id"], "charts": 0})
        if tag == "svg" and "chart" in (a.get("class") or "").split():
            if self.panels and "rag" not in a["class"]: self.panels[-1]["charts"] += 1
            if "rag" in a["class"]: self.rag += 1
        if a.get("id") == "page-errors": self.errors = ""; self.hidden = "hidden" in a; self.in_errors = True
    def handle_endtag(self, tag):
        if tag == "div": self.in_errors = False
    def handle_data(self, data):
        if self.in_errors: self.errors += data
d = Dom(); d.feed(open(sys.argv[1], encoding="utf-8").read())
assert len(d.panels) == int(sys.argv[2]), f"{len(d.panels)} panels"
assert all(p["charts"] == 2 for p in d.panels), [p for p in d.panels if p["charts"] != 2]
assert d.rag == 1, "no RAG overview chart"
assert d.errors == "" and d.hidden, f"page errors: {d.errors!r}"
PY
grep -E 'CONSOLE|Uncaught' "$TMP/console.log" && fail "console messages while loading the page"
# The error check itself works: a page with a broken script shows the error in its DOM.
sed 's|</main>|</main><script>no_such_function()</script>|' "$page" > "$TMP/broken.html"
chrome --dump-dom "file://$TMP/broken.html" >"$TMP/dom2.html" 2>"$TMP/console2.log" || true
grep -q 'no_such_function is not defined' "$TMP/dom2.html" || fail "the page's error hook did not report a broken script"
grep -q "CONSOLE.*no_such_function" "$TMP/console2.log" || fail "chromium's log does not show console errors (the check above would miss them)"
chrome --window-size=1280,1600 --screenshot="$artefacts/overview.png" "file://$page" >/dev/null 2>&1 ||
  fail "no screenshot of the overview"
chrome --window-size=1280,2400 --screenshot="$artefacts/measure.png" "file://$TMP/one.html" >/dev/null 2>&1 ||
  fail "no screenshot of a measure panel"
for png in "$artefacts/overview.png" "$artefacts/measure.png"; do
  "$PY" - "$png" <<'PY' || fail "$png is not a rendered page"
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n"
w, h = struct.unpack(">II", data[16:24])
assert w == 1280 and h >= 1600, (w, h)
assert len(data) > 30000, len(data)  # a blank page compresses to a few kB
PY
done
finish
