#!/usr/bin/env bash
# One CLI convention over every command: -o FILE written atomically (a failed run leaves an
# existing file as it was), the format from -o's extension unless -f, one meaning per format
# name (json is an array everywhere), combined short options, -q and -v everywhere,
# occx help COMMAND, NO_COLOR and colour for severities on a terminal, a manual page and a
# bash completion made from the help and installed, --cabinet output valid in every format.
set -euo pipefail
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/backfill_lib.bash"

make_report_pdf "$TMP/r.pdf" 1 2024-07-31
db="$TMP/a.sqlite"
"$OCCX" backfill -q --db "$db" "$TMP/r.pdf"
commands=$("$OCCX" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF && !/Commands:/ { print $1 }')
[ "$(echo "$commands" | wc -l)" -ge 9 ] || fail "--help lists too few commands: $commands"

# -o on every command that writes, the format from its extension.
expect_exit 0 "$OCCX" extract "$TMP/r.pdf" -o "$TMP/x.csv"
head -n 1 "$TMP/x.csv" | grep -q '^measure_id,priority_id' || fail "extract -o x.csv did not write CSV"
expect_exit 0 "$OCCX" extract "$TMP/r.pdf" -o "$TMP/x.json"
"$PY" -c 'import json, sys; assert isinstance(json.load(open(sys.argv[1])), list)' "$TMP/x.json" || fail "extract -o x.json is not an array"
expect_exit 0 "$OCCX" extract "$TMP/r.pdf" -f jsonl -o "$TMP/forced.csv"
head -c 1 "$TMP/forced.csv" | grep -q '{' || fail "-f jsonl did not win over the .csv extension"
# json means an array on every command that has it; jsonl means lines.
for cmd in "export --db $db" "history --db $db OCC01.02" "list --db $db reports" "list --db $db measures" \
           "findings --db $db" "validate $TMP/r.pdf" "extract $TMP/r.pdf"; do
  # shellcheck disable=SC2086
  "$OCCX" $cmd -o "$TMP/c.json" 2>/dev/null || [ $? = 1 ] || fail "$cmd -o c.json failed"
  "$PY" -c 'import json, sys; assert isinstance(json.load(open(sys.argv[1])), list)' "$TMP/c.json" ||
    fail "$cmd -o c.json is not a JSON array"
done
for cmd in "export --db $db" "list --db $db reports" "findings --db $db" "validate $TMP/r.pdf" "extract $TMP/r.pdf"; do
  # shellcheck disable=SC2086
  "$OCCX" $cmd -f jsonl >"$TMP/c.jsonl" 2>/dev/null || [ $? = 1 ] || fail "$cmd -f jsonl failed"
  "$PY" -c '
import json, sys
for l in open(sys.argv[1]):
    assert isinstance(json.loads(l), dict)' "$TMP/c.jsonl" || fail "$cmd -f jsonl is not JSON Lines"
done
expect_exit 0 "$OCCX" words "$TMP/r.pdf" -o "$TMP/w.tsv"
head -n 1 "$TMP/w.tsv" | grep -q $'^page\tx0' || fail "words -o"
expect_exit 0 "$OCCX" report --db "$db" -o "$TMP/r.html"
grep -q '<!DOCTYPE html>' "$TMP/r.html" || fail "report -o"

# Atomic: a failed run never destroys an existing output file, and leaves no temporary file.
echo '{"kept": true}' > "$TMP/existing.jsonl"
printf '%%PDF-1.4\nnot really a pdf\n' > "$TMP/bad.pdf"
expect_exit 2 "$OCCX" extract "$TMP/bad.pdf" -o "$TMP/existing.jsonl"
[ "$(cat "$TMP/existing.jsonl")" = '{"kept": true}' ] || fail "a failed extract truncated its -o file"
expect_exit 2 "$OCCX" export --db "$TMP/none.sqlite" -o "$TMP/existing.jsonl"
[ "$(cat "$TMP/existing.jsonl")" = '{"kept": true}' ] || fail "a failed export changed its -o file"
[ -z "$(ls "$TMP" | grep occx- || true)" ] || fail "temporary files left: $(ls "$TMP")"
expect_exit 2 "$OCCX" extract "$TMP/r.pdf" -o "$TMP/no/such/dir/x.jsonl"
one_line_error "no/such/dir/x.jsonl: cannot write output file"

# Combined short options; -q and -v on every command.
expect_exit 0 "$OCCX" extract -vj2 "$TMP/r.pdf"
grep -q "records from" "$TMP/err" || fail "-vj2: -v not taken: $(head -c 200 "$TMP/err")"
expect_exit 0 "$OCCX" extract -qj2 -fcsv "$TMP/r.pdf"
head -n 1 "$TMP/out" | grep -q '^measure_id,' || fail "-qj2 -fcsv: not CSV"
expect_exit 2 "$OCCX" extract -vx "$TMP/r.pdf"
one_line_error "unknown option '-x' for 'extract'"
for c in $commands; do
  expect_exit 0 "$OCCX" help "$c"
  head -n 1 "$TMP/out" | grep -q "^Usage: occx $c" || fail "occx help $c: $(head -n 1 "$TMP/out")"
  grep -qE '^  -q, --quiet' "$TMP/out" || fail "$c has no -q"
  grep -qE '^  -v, --verbose' "$TMP/out" || fail "$c has no -v"
done
expect_exit 2 "$OCCX" help nosuch
one_line_error "no command 'nosuch'"
# -q: only errors.
expect_exit 0 "$OCCX" extract -q "$TMP/r.pdf"
[ -s "$TMP/err" ] && fail "extract -q wrote to stderr: $(cat "$TMP/err")"
expect_exit 3 "$OCCX" extract -q "$TMP/r.pdf" "$TMP/bad.pdf"
one_line_error "bad.pdf"

# --cabinet output is valid in every format (jsonl, json; csv is refused in one line).
cab="$ROOT/samples/cabinet-2024-11.pdf"
if [ -f "$cab" ]; then
  expect_exit 0 "$OCCX" extract --cabinet -f json "$cab"
  "$PY" -c '
import json, sys
docs = json.load(open(sys.argv[1]))
assert any(d.get("kind") == "cabinet" for d in docs), docs[:1]' "$TMP/out" ||
    fail "extract --cabinet -f json is not a valid array with the Cabinet report"
  expect_exit 0 "$OCCX" extract --cabinet -f jsonl "$cab"
  "$PY" -c 'import json, sys; [json.loads(l) for l in open(sys.argv[1])]' "$TMP/out" || fail "--cabinet jsonl"
  expect_exit 2 "$OCCX" extract --cabinet -f csv "$cab"
  one_line_error "cabinet writes Cabinet reports as JSON"
fi

# Colour: severities coloured on a terminal, never with NO_COLOR, never into a pipe.
"$PY" - "$TMP/bad.jsonl" <<'PY'
import json, sys
r = {"measure_id": "OCC01.01", "priority_id": "OCC01", "title": "Things", "report": {"period_end": "2024-07-31"},
     "period": {"actual": {"raw": "10", "value": 10, "kind": "number"}, "target": {"raw": "50", "value": 50, "kind": "number"},
                "status": "GREEN"}, "ytd": {"actual": None, "target": None, "status": None},
     "source": {"file": "x.pdf", "sha256": "", "pages": [1], "method": "text"}, "confidence": 1, "warnings": []}
open(sys.argv[1], "w").write(json.dumps(r) + "\n")
PY
"$OCCX" validate "$TMP/bad.jsonl" > "$TMP/piped" || true
grep -q $'\033' "$TMP/piped" && fail "colour written into a pipe"
if command -v script >/dev/null && script -qec true /dev/null >/dev/null 2>&1; then
  script -qec "'$OCCX' validate '$TMP/bad.jsonl'" /dev/null > "$TMP/tty" 2>&1 || true
  grep -q $'\033\\[[0-9;]*m\\(error\\|warning\\|info\\)' "$TMP/tty" || fail "no colour for severities on a terminal: $(head -c 300 "$TMP/tty")"
  NO_COLOR=1 script -qec "'$OCCX' validate '$TMP/bad.jsonl'" /dev/null > "$TMP/tty" 2>&1 || true
  grep -q $'\033\\[' "$TMP/tty" && fail "colour although NO_COLOR is set"
  grep -qE ' (error|warning|info) ' "$TMP/tty" || fail "NO_COLOR run shows no findings: $(head -c 300 "$TMP/tty")"
else
  echo "no pseudo-terminal here: colour check skipped"
fi

# The manual page and bash completion, made from the help, installed by cmake --install.
expect_exit 0 "$OCCX" help --man
grep -q '^\.SS report' "$TMP/out" || fail "man page lacks the report command"
grep -q 'since' "$TMP/out" || fail "man page lacks report's options"
if command -v groff >/dev/null; then
  groff -man -Tutf8 -ww "$TMP/out" >/dev/null 2>"$TMP/groff.err" || fail "groff cannot format the man page"
  [ -s "$TMP/groff.err" ] && fail "groff warnings: $(head -3 "$TMP/groff.err")"
fi
"$OCCX" help --bash-completion > "$TMP/occx.bash"
bash -c '
. "$1"
COMP_WORDS=(occx rep); COMP_CWORD=1; _occx; [ "${COMPREPLY[*]}" = report ] || { echo "command: ${COMPREPLY[*]}"; exit 1; }
COMP_WORDS=(occx report --si); COMP_CWORD=2; _occx; [ "${COMPREPLY[*]}" = --since ] || { echo "option: ${COMPREPLY[*]}"; exit 1; }
COMP_WORDS=(occx list me); COMP_CWORD=2; _occx; [ "${COMPREPLY[*]}" = measures ] || { echo "list: ${COMPREPLY[*]}"; exit 1; }
COMP_WORDS=(occx extract -f j); COMP_CWORD=3; _occx; [ "${COMPREPLY[*]}" = "json jsonl" ] || { echo "format: ${COMPREPLY[*]}"; exit 1; }
' _ "$TMP/occx.bash" > "$TMP/comp.out" 2>&1 || fail "bash completion: $(cat "$TMP/comp.out")"
build_dir="$(cd "$(dirname "$OCCX")/.." && pwd)"
if [ -f "$build_dir/CMakeCache.txt" ]; then
  cmake --install "$build_dir" --prefix "$TMP/inst" >/dev/null 2>"$TMP/install.err" || fail "cmake --install: $(cat "$TMP/install.err")"
  [ -s "$TMP/inst/share/man/man1/occx.1" ] || fail "cmake --install put no man page in share/man/man1"
  [ -s "$TMP/inst/share/bash-completion/completions/occx" ] || fail "cmake --install put no bash completion"
  cmp -s "$TMP/inst/share/bash-completion/completions/occx" "$TMP/occx.bash" || fail "the installed completion is stale"
fi
finish
