# Sharded back-fills on one PostgreSQL (issue 18), as scripts/bench-scale runs them at full
# size: four shard workers and a fifth repeating a shard, two of them SIGKILLed mid-run and run
# again; the archive must equal, row for row, the one a single plain backfill makes of the same
# inputs (reports, revisions, observations, findings, warnings, rejected files), with nothing
# lost or doubled. 60 text inputs (distinct months of the samples' text, tagged copies that are
# revisions, a covering report beside its annex, a file that is not a report, a broken PDF).
# Labelled slow: 12 s of five processes here (30 s on a loaded machine), minutes under the
# sanitizers; the concurrency unit tests ([archive], also run on PostgreSQL by cli.postgres)
# cover the same code there.
. "$(dirname "$0")/../cli/lib.bash"
set -euo pipefail
unset SLURM_ARRAY_TASK_ID SLURM_ARRAY_TASK_COUNT JOB_COMPLETION_INDEX OCCX_SHARDS

"$ROOT/scripts/scale-sim" corpus "$TMP/corpus" --inputs 60
code=0
"$ROOT/scripts/scale-sim" simulate "$OCCX" "$TMP/corpus" --runs 1 >"$TMP/sim.out" 2>&1 || code=$?
if [ "$code" -eq 77 ] && [ "$(id -u)" -ne 0 ]; then echo "skip: no PostgreSQL server"; exit 0; fi
cat "$TMP/sim.out"
[ "$code" -eq 0 ] || fail "simulation exited $code"
grep -q "^run 1: 2 killed, .*: identical$" "$TMP/sim.out" || fail "not two kills and an identical archive"
finish
