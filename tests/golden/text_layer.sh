# Golden test: every text-layer sample PDF against its expected records (written by the
# sample generator from the data that drew the PDF), through scripts/score.
# Targets: measure recall and precision 100%, field accuracy >= 99%, statuses >= 99%.
. "$(dirname "$0")/../cli/lib.bash"
set -euo pipefail

shopt -s nullglob
samples=("$ROOT"/samples/*.expected.jsonl)
[ ${#samples[@]} -gt 0 ] || { echo "no samples"; exit 1; }
for expected in "${samples[@]}"; do
  name="$(basename "$expected" .expected.jsonl)"
  pdf="$ROOT/samples/$name.pdf"
  [ -f "$pdf" ] || continue
  "$OCCX" extract "$pdf" -o "$TMP/$name.jsonl" 2>"$TMP/err" || fail "$name: occx exited $?: $(cat "$TMP/err")"
  python3 "$ROOT/scripts/score" "$expected" "$TMP/$name.jsonl" --json > "$TMP/$name.score" ||
    { fail "$name: scorer failed"; continue; }
  python3 - "$TMP/$name.score" "$name" <<'PY' || fail "$name below target"
import json, sys
m = json.load(open(sys.argv[1]))
status = [m["per_field"][f] for f in ("period.status", "ytd.status")]
status_acc = sum(s["correct"] for s in status) / max(1, sum(s["compared"] for s in status))
print("%-24s recall %.1f%% precision %.1f%% fields %.1f%% statuses %.1f%%" % (
    sys.argv[2], 100 * m["recall"], 100 * m["precision"], 100 * m["fields"], 100 * status_acc))
ok = m["recall"] == 1 and m["precision"] == 1 and m["fields"] >= 0.99 and status_acc >= 0.99
sys.exit(0 if ok else 1)
PY
done
finish
