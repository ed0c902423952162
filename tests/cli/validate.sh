# occx validate: exit codes 0/1/2, text lines that quote the numbers, JSON Lines that parse.
. "$(dirname "$0")/lib.bash"
FIX="$ROOT/tests/unit/fixtures/validate"
SEEDS="$ROOT/samples/seeds"

# A clean report and its Cabinet covering report: no error, exit 0.
expect_exit 0 "$OCCX" validate "$FIX/clean.jsonl" "$FIX/cabinet.json"
tail -n 1 "$TMP/out" | grep -qE "^0 errors, 0 warnings, [0-9]+ info in 1 reports and 1 Cabinet reports$" \
  || fail "clean summary: $(tail -n 1 "$TMP/out")"
grep -q " error " "$TMP/out" && fail "clean input gave an error: $(grep ' error ' "$TMP/out")"

# A broken report: exit 1, one line per finding, quoting the numbers.
expect_exit 1 "$OCCX" validate "$FIX/broken.jsonl"
grep -qE "^broken\.pdf:4: error status-vs-numbers OCC04\.05: GREEN but period and YTD actual 327\.10 misses target 283\.80 \(lower is better" "$TMP/out" \
  || fail "no status-vs-numbers line: $(cat "$TMP/out")"
grep -qE "^broken\.pdf:6: error malformed-value OCC11\.03: .*'£292,000,00'" "$TMP/out" || fail "no malformed-value line"
grep -qE "^broken\.pdf:3: warning comment-month OCC01\.02: .*'during the month of October 2024'" "$TMP/out" || fail "no comment-month line"
grep -qE "^broken\.pdf:7: error duplicate-measure OCC11\.02: .*71\.00 vs 75\.00" "$TMP/out" || fail "no duplicate-measure line"

# JSON Lines: every line parses and carries the fields.
expect_exit 1 "$OCCX" validate --format jsonl "$FIX/broken.jsonl"
python3 - "$TMP/out" <<'PY' || fail "--format jsonl output does not parse"
import json, sys
lines = [l for l in open(sys.argv[1]) if l.strip()]
assert lines, "no findings"
for l in lines:
    f = json.loads(l)
    assert set(f) == {"severity", "rule", "measure_id", "file", "pages", "message"}, f
    assert f["severity"] in ("info", "warning", "error"), f
assert any(f["rule"] == "status-vs-numbers" and "327.10" in f["message"] for f in map(json.loads, lines))
PY
# JSON: one array of the same findings.
cp "$TMP/out" "$TMP/findings.jsonl"
expect_exit 1 "$OCCX" validate --format json "$FIX/broken.jsonl"
python3 - "$TMP/out" "$TMP/findings.jsonl" <<'PY' || fail "--format json is not an array of the jsonl findings"
import json, sys
assert json.load(open(sys.argv[1])) == [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
PY

# --min-severity hides what is below it; the exit code still counts errors.
expect_exit 1 "$OCCX" validate --min-severity error "$FIX/broken.jsonl"
grep -qE ": (warning|info) " "$TMP/out" && fail "--min-severity error still shows warnings"
# Standard input, and --records for input that is not detected as JSON by its start.
expect_exit 1 "$OCCX" validate - < "$FIX/broken.jsonl"
grep -q "status-vs-numbers OCC04.05" "$TMP/out" || fail "stdin input not validated"

# The seeds: the Cabinet covering report (004) disagrees with its annex (000).
expect_exit 1 "$OCCX" validate "$SEEDS/000_c2b2d8e76287e083.expected.jsonl" "$SEEDS/004_bfb82f856c926bed.expected.json"
grep -qE "^004_bfb82f856c926bed\.txt: error cabinet-vs-annex: Table 1 \('Total'\) counts 3 Amber but the annex .* has 5 AMBER" "$TMP/out" \
  || fail "seed 004 vs 000: no Table 1 Amber finding"

# Bad input: exit 2, one line naming the file.
expect_exit 2 "$OCCX" validate "$TMP/missing.jsonl"
one_line_error "missing.jsonl"
printf '{"measure_id": "OCC01.02"}\n{oops\n' > "$TMP/bad.jsonl"
expect_exit 2 "$OCCX" validate "$TMP/bad.jsonl"
one_line_error "bad.jsonl: line 2: not JSON"
printf 'plain words\n' > "$TMP/words.txt"
expect_exit 2 "$OCCX" validate --records "$TMP/words.txt"
one_line_error "words.txt"
expect_exit 2 "$OCCX" validate "$TMP"
one_line_error "is a directory"
expect_exit 2 "$OCCX" validate
one_line_error "validate needs at least one FILE"
expect_exit 2 "$OCCX" validate --format xml "$FIX/clean.jsonl"
one_line_error "must be one of text, json"
expect_exit 2 "$OCCX" validate --db sqlite:///tmp/none.db "$FIX/clean.jsonl"
one_line_error "archive"
expect_exit 0 "$OCCX" validate --help
grep -q -- "--min-severity" "$TMP/out" || fail "validate --help lacks --min-severity"
finish
