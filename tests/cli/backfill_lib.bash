# Shared by the archive CLI tests (backfill*.sh, history*.sh, postgres.sh): tiny report PDFs
# made on the spot, and counting rows in an archive. Sourced after lib.bash.

# The system Python starts faster than a version-manager shim; python3 is in scripts/deps.txt.
PY="$(command -v /usr/bin/python3 || command -v python3)"

# make_report_pdf OUT PAGES PERIOD_END [TAG]: a valid PDF of PAGES pages with a text layer
# shaped like a monthly report ("Status of Indicators DD/MM/YYYY" and a few measure rows).
# TAG goes into a trailing comment after %%EOF, so copies differ in SHA-256 but not in content.
make_report_pdf() {
  "$PY" - "$@" <<'PY'
import sys
out, pages, period = sys.argv[1], int(sys.argv[2]), sys.argv[3]
tag = sys.argv[4] if len(sys.argv) > 4 else ""
y, m, d = period.split("-")
# A header row and measure rows, each cell at its column's x, as a report's table is laid out.
columns = [40, 400, 450, 510, 570, 620, 680, 740]
header = ["Measure", "Unit", "Period Actual", "Period Target", "Status", "YTD Actual", "YTD Target", "YTD Status"]
rows = [["OCC01.02 Total No. of streetlights fitted with LED Lanterns", "#", "253.00", "119.00", "GREEN", "1,364.00", "820.00", "GREEN"],
        ["OCC02.03 Number of physical visits to Libraries", "#", "120,000", "110,000", "GREEN", "480,000", "440,000", "GREEN"],
        ["OCC10.11 % of Corporate Complaints responded to within timescales", "%", "91.00%", "95.00%", "AMBER", "90.00%", "95.00%", "AMBER"]]
def esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
def line(y, cells): return "".join(f"BT /F1 8 Tf {x} {y} Td ({esc(c)}) Tj ET\n" for x, c in zip(columns, cells))
objs = []
kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(pages))
objs.append("<< /Type /Catalog /Pages 2 0 R >>")
objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>")
font = 3 + 2 * pages
for i in range(pages):
    text = line(560, [f"Status of Indicators {d}/{m}/{y}"]) + line(546, [f"Page {i + 1}"]) + line(520, header)
    text += "".join(line(500 - 16 * k, r) for k, r in enumerate(rows))
    objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents {4 + 2 * i} 0 R "
                f"/Resources << /Font << /F1 {font} 0 R >> >> >>")
    objs.append(f"<< /Length {len(text)} >>\nstream\n{text}endstream")
objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
body = "%PDF-1.4\n"
offsets = []
for n, o in enumerate(objs, 1):
    offsets.append(len(body))
    body += f"{n} 0 obj\n{o}\nendobj\n"
xref = len(body)
body += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
body += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
if tag: body += f"% copy {tag}\n"
open(out, "w", encoding="latin-1").write(body)
PY
}

# copy_with_tag SRC DST TAG: a copy that differs from SRC only after %%EOF (or a text input's end).
copy_with_tag() { cp "$1" "$2" && printf '\n%% copy %s\n' "$3" >> "$2"; }

# sqlite_count DB SQL: one number from an SQLite archive (python3's sqlite3, no sqlite3 CLI needed).
sqlite_count() {
  "$PY" -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1], timeout=30).execute(sys.argv[2]).fetchone()[0])' "$1" "$2"
}

# summary_count WORD: the number before WORD in backfill's summary on $TMP/err.
summary_count() { grep -oE "[0-9]+ $1" "$TMP/err" | head -n 1 | cut -d' ' -f1; }

# archive_count URL SQL: one number from an SQLite file or a PostgreSQL URL.
archive_count() {
  case "$1" in
    postgres://*|postgresql://*) psql "$1" -tAqc "$2" ;;
    *) sqlite_count "$1" "$2" ;;
  esac
}

# wait_for_reports URL N SECONDS: until the archive holds at least N reports; 1 on timeout.
wait_for_reports() {
  local deadline=$((SECONDS + $3)) n
  while [ "$SECONDS" -lt "$deadline" ]; do
    n=$(archive_count "$1" 'SELECT COUNT(*) FROM reports' 2>/dev/null || echo 0)
    [ "${n:-0}" -ge "$2" ] && return 0
    sleep 0.02
  done
  return 1
}

# sample_with_records: the smallest samples/*.pdf from which occx extracts records, as
# "PATH COUNT"; nothing when there is none (before PDF extraction and the samples exist).
sample_with_records() {
  local f n
  for f in $(ls -S -r "$ROOT"/samples/*.pdf 2>/dev/null); do
    n=$("$OCCX" extract "$f" 2>/dev/null | wc -l)
    if [ "$n" -gt 0 ]; then echo "$f $n"; return 0; fi
  done
  return 0
}
