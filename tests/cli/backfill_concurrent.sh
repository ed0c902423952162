# Two back-fills started together on a new SQLite archive never fail because of each other,
# and store each report once: 10 trials (scripts/bench-concurrent-backfill runs 50).
. "$(dirname "$0")/lib.bash"
set -e
"$ROOT/scripts/bench-concurrent-backfill" 10 "$OCCX" || fail "a trial failed"
finish
