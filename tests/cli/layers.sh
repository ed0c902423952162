# Stages include only the stages below them: the tree passes scripts/check-layers, and an
# upward include planted in a copy of a lower stage is caught and named.
set -euo pipefail
. "$(dirname "$0")/lib.bash"

"$ROOT/scripts/check-layers" "$ROOT/extractor" 2>"$TMP/err" || fail "the tree breaks the layering: $(cat "$TMP/err")"
hits=$(grep -rl '#include "pipeline' "$ROOT"/extractor/{model,pdf,ocr,table,text,normalize} || true)
[ -z "$hits" ] || fail "below pipeline/, these include it: $hits"

mkdir -p "$TMP/extractor"
cp -r "$ROOT/extractor/table" "$ROOT/extractor/util" "$TMP/extractor/"
printf '#include "pipeline/extract.h"\n' >"$TMP/extractor/table/upward.h"
expect_exit 1 "$ROOT/scripts/check-layers" "$TMP/extractor"
grep -q 'table/upward.h:1: table/ may not include pipeline/' "$TMP/err" || fail "upward include not named: $(cat "$TMP/err")"
finish
