# Planted contradictions (scripts/eval-validate on a small fixed subset: two layouts, seven
# months of history, two planted months each, the November Cabinet report): every planted
# contradiction of each family found, no error on the clean months, at most one unplanted
# warning per 100 rows.
set -euo pipefail
OCCX="$1"; ROOT="$2"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
/usr/bin/python3 -B "$ROOT/scripts/eval-validate" --occx "$OCCX" --work "$TMP" \
  --layouts m22,annex --months 9 --eval-months 6-8 --floors --verbose
