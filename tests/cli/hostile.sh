# The hostile-input corpus (scripts/make-hostile-corpus): every case gives its exit code and
# one stderr line naming the file, within a time limit and, outside the sanitizer build, a
# peak memory limit; then all of them in one batch still give the good file's records.
. "$(dirname "$0")/lib.bash"
set -eo pipefail

# The issue's target: a result or a one-line refusal within 60 s and (cases.tsv) under 300 MB.
readonly kSeconds=60
"$ROOT/scripts/make-hostile-corpus" "$TMP/corpus"
cd "$TMP/corpus"
# ASan reserves terabytes of shadow memory and doubles what is used: no memory limit there.
sanitized=0
grep -q __asan_init "$OCCX" && sanitized=1

while IFS=$'\t' read -r name code pattern options max_mb; do
  opts=(); [ "$options" = "-" ] || read -ra opts <<<"$options"
  rc=0
  /usr/bin/time -f "%M" -o "$TMP/rss" timeout -s KILL "$kSeconds" "$OCCX" extract "${opts[@]}" "$name" \
    >"$TMP/out" 2>"$TMP/err" || rc=$?
  [ "$rc" -eq "$code" ] || fail "$name: exit $rc, wanted $code (137: killed after ${kSeconds}s); stderr: $(head -c 300 "$TMP/err")"
  if [ "$code" -eq 0 ]; then
    [ -s "$TMP/out" ] || fail "$name: no records"
    if [ "$pattern" = "^$" ]; then
      [ -s "$TMP/err" ] && fail "$name: stderr not empty: $(cat "$TMP/err")"
    else
      one_line_error "$pattern"  # a warning kept with the records
    fi
  else
    one_line_error "$pattern"
  fi
  rss=$(tail -n 1 "$TMP/rss")
  if [ "$sanitized" -eq 0 ] && [ "$rss" -gt $((max_mb * 1024)) ]; then fail "$name: peak memory ${rss} KB"; fi
  echo "$name: exit $rc, ${rss} KB"
done <cases.tsv

# One batch: every hostile file fails on its own line, the good report still comes out.
rc=0
"$OCCX" extract --render-timeout 1 $(cut -f1 cases.tsv | grep -v '^report-') report.txt >"$TMP/out" 2>"$TMP/err" || rc=$?
[ "$rc" -eq 3 ] || fail "batch exited $rc, wanted 3"
[ "$(wc -l <"$TMP/out")" -eq 200 ] || fail "batch: the good file's 200 records did not all come out"
[ "$(wc -l <"$TMP/err")" -eq "$(grep -vc $'^report-\|\t0\t' cases.tsv)" ] || fail "batch: not one line per bad file: $(cat "$TMP/err")"
finish
