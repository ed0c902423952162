# Usage errors: one clear line on stderr, exit 2, never a crash.
. "$(dirname "$0")/lib.bash"

expect_exit 0 "$OCCX" --help
grep -q "extract" "$TMP/out" || fail "--help does not list extract"
expect_exit 0 "$OCCX" --version
grep -qE "^occx [0-9]+\.[0-9]+\.[0-9]+$" "$TMP/out" || fail "--version printed '$(cat "$TMP/out")'"
expect_exit 0 "$OCCX" extract --help
grep -q -- "--output" "$TMP/out" || fail "extract --help lacks --output"

expect_exit 2 "$OCCX" --bogus
one_line_error "unknown option '--bogus'"
expect_exit 2 "$OCCX" frobnicate
one_line_error "unknown command 'frobnicate'"
expect_exit 2 "$OCCX" extract --bogus x.pdf
one_line_error "unknown option '--bogus' for 'extract'"
expect_exit 2 "$OCCX" extract
one_line_error "needs at least one FILE"
expect_exit 2 "$OCCX" extract --format xml "$TMP/none.pdf"
one_line_error "must be one of jsonl, json, csv"
expect_exit 2 "$OCCX" extract --dpi abc x.pdf
one_line_error "whole number"
finish
