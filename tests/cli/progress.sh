#!/usr/bin/env bash
# Progress and logs: off a terminal (or with -v) one line per file as it finishes (file,
# outcome, pages (OCR'd), records, id coverage, time); the failure lines, then the summary;
# -q only errors; --summary-json FILE; on a terminal a live bar from the start (backfill, and
# extract with its pages); --progress/--no-progress override the detection.
set -euo pipefail
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/backfill_lib.bash"

mkdir -p "$TMP/in"
make_report_pdf "$TMP/in/m-05.pdf" 2 2024-05-31
make_report_pdf "$TMP/in/m-06.pdf" 3 2024-06-30
printf '%%PDF-1.4\nnot really a pdf\n' > "$TMP/in/broken.pdf"

# Off a terminal: a line per file, then the failures, then the summary.
expect_exit 3 "$OCCX" backfill --db "$TMP/a.sqlite" "$TMP/in" --summary-json "$TMP/summary.json"
grep -qE "^occx: .*m-06.pdf: ingested, 3 pages \(0 OCR'd\), 3 records, 3 of 3 ids \(100%\), [0-9.]+ s$" "$TMP/err" ||
  fail "no log line for m-06.pdf: $(cat "$TMP/err")"
grep -qE "^occx: .*broken.pdf: failed, [0-9.]+ s$" "$TMP/err" || fail "no log line for the failed file"
[ "$(grep -c ': ingested, ' "$TMP/err")" = 2 ] || fail "not one line per ingested file"
failure=$(grep -n "broken.pdf: not a readable PDF" "$TMP/err" | cut -d: -f1)
summary=$(grep -n "^occx backfill: 3 files" "$TMP/err" | cut -d: -f1)
[ -n "$failure" ] && [ -n "$summary" ] && [ "$failure" -lt "$summary" ] || fail "the summary should follow the failure lines"
grep -q $'\r' "$TMP/err" && fail "a progress bar off a terminal"
"$PY" -c '
import json, sys
s = json.load(open(sys.argv[1]))
assert (s["files"], s["ingested"], s["failed"], s["pages"], s["records"]) == (3, 2, 1, 5, 6), s
assert s["failures"][0]["file"].endswith("broken.pdf"), s
' "$TMP/summary.json" || fail "--summary-json: $(cat "$TMP/summary.json")"

# -q: the failure only.
expect_exit 3 "$OCCX" backfill -q --db "$TMP/b.sqlite" "$TMP/in"
one_line_error "broken.pdf: not a readable PDF"
# --progress forces the bar off a terminal.
expect_exit 3 "$OCCX" backfill --progress --db "$TMP/c.sqlite" "$TMP/in"
grep -qE $'\r\033\\[K\\[[#-]+\\] 0/3 files' "$TMP/err" || fail "--progress: no bar from the start: $(head -c 300 "$TMP/err" | cat -v)"
grep -qE '\[#+\] 3/3 files, 5 pages \(0 OCR\), 6 records' "$TMP/err" || fail "--progress: bar never reached 3/3"

if command -v script >/dev/null && script -qec true /dev/null >/dev/null 2>&1; then
  # On a terminal: the bar, no per-file lines unless -v; --no-progress: neither bar nor lines.
  script -qec "'$OCCX' backfill --db '$TMP/t1.sqlite' '$TMP/in'" /dev/null > "$TMP/tty" 2>&1 || true
  grep -qE '\[[#-]+\] [0-9]/3 files' "$TMP/tty" || fail "no bar on a terminal: $(tr '\r' '\n' < "$TMP/tty" | head -3)"
  grep -q ': ingested, ' "$TMP/tty" && fail "per-file lines on a terminal without -v"
  script -qec "'$OCCX' backfill -v --db '$TMP/t2.sqlite' '$TMP/in'" /dev/null > "$TMP/tty" 2>&1 || true
  [ "$(grep -c ': ingested, ' "$TMP/tty")" = 2 ] || fail "-v on a terminal: no per-file lines"
  script -qec "'$OCCX' backfill --no-progress --db '$TMP/t3.sqlite' '$TMP/in'" /dev/null > "$TMP/tty" 2>&1 || true
  grep -q 'ETA' "$TMP/tty" && fail "--no-progress shows a bar"
  # extract: a bar with the pages of the file being read.
  script -qec "'$OCCX' extract -o '$TMP/x.jsonl' '$TMP/in/m-06.pdf'" /dev/null > "$TMP/tty" 2>&1 || true
  grep -qE '\[[#-]+\] 0/1 files, page [1-3]/3, ' "$TMP/tty" || fail "extract: no page progress: $(tr '\r' '\n' < "$TMP/tty" | cat -v | head -5)"
  [ "$(wc -l < "$TMP/x.jsonl")" = 3 ] || fail "extract with a bar wrote other records"
  script -qec "'$OCCX' extract -q -o '$TMP/x.jsonl' '$TMP/in/m-06.pdf'" /dev/null > "$TMP/tty" 2>&1 || true
  [ -s "$TMP/tty" ] && fail "extract -q on a terminal wrote: $(cat -v "$TMP/tty" | head -3)"
else
  echo "no pseudo-terminal here: terminal checks skipped"
fi
finish
