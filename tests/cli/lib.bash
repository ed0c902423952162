# Shared by the CLI tests: $1 is the occx binary, $2 the source tree.
# pipefail: a check piped into tail or grep fails when the check does (rotated.sh once never did).
set -uo pipefail
OCCX="$1"; ROOT="$2"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# expect_exit CODE CMD...: runs CMD, keeps stdout/stderr in $TMP/out, $TMP/err.
expect_exit() {
  local want="$1"; shift
  local got=0
  "$@" >"$TMP/out" 2>"$TMP/err" || got=$?
  [ "$got" -eq "$want" ] || fail "'$*' exited $got, wanted $want; stderr: $(head -c 300 "$TMP/err")"
}
# one_line_error PATTERN: stderr is exactly one line and matches PATTERN.
one_line_error() {
  local lines; lines=$(wc -l <"$TMP/err")
  [ "$lines" -eq 1 ] || fail "stderr has $lines lines, wanted 1: $(cat "$TMP/err")"
  grep -qE "$1" "$TMP/err" || fail "stderr '$(cat "$TMP/err")' does not match '$1'"
}
finish() { [ "$failures" -eq 0 ] && echo "ok" || exit 1; }
