#!/usr/bin/env bash
# backfill --shard I/N and the scheduler's environment (Slurm array, Kubernetes indexed job):
# the shards of one input set are disjoint and cover it; --verbose says where the shard came
# from; --from-list reads the inputs from a file or standard input; bad shards are one line.
set -euo pipefail
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/backfill_lib.bash"
unset SLURM_ARRAY_TASK_ID SLURM_ARRAY_TASK_COUNT SLURM_ARRAY_TASK_MIN SLURM_ARRAY_TASK_STEP JOB_COMPLETION_INDEX OCCX_SHARDS

mkdir -p "$TMP/in/2024"
for m in 01 02 03 04 05 06 07 08 09; do make_report_pdf "$TMP/in/2024/monthly-$m.pdf" 1 "2024-$m-28"; done
total=9

# Three shards into one archive: every file once, none twice.
db="$TMP/shards.sqlite"
sum=0
for i in 0 1 2; do
  expect_exit 0 "$OCCX" backfill -v --db "$db" --shard "$i/3" "$TMP/in"
  grep -q "^occx backfill: shard $i of 3 (--shard)$" "$TMP/err" || fail "shard $i: no verbose line: $(head -3 "$TMP/err")"
  n=$(summary_count ingested); sum=$((sum + n))
done
[ "$sum" -eq "$total" ] || fail "shards ingested $sum files, wanted $total"
[ "$(sqlite_count "$db" 'SELECT COUNT(DISTINCT sha256) FROM reports')" = "$total" ] || fail "shards lost or doubled a file"

# The same shard from a Slurm array numbered from 1, and from a Kubernetes indexed job.
expect_exit 0 env SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_COUNT=3 SLURM_ARRAY_TASK_MIN=1 \
  "$OCCX" backfill -v --db "$TMP/slurm.sqlite" "$TMP/in"
grep -q "^occx backfill: shard 1 of 3 (Slurm array)$" "$TMP/err" || fail "Slurm: $(head -3 "$TMP/err")"
slurm=$(summary_count ingested)
expect_exit 0 env JOB_COMPLETION_INDEX=1 OCCX_SHARDS=3 "$OCCX" backfill -v --db "$TMP/k8s.sqlite" "$TMP/in"
grep -q "^occx backfill: shard 1 of 3 (Kubernetes indexed job)$" "$TMP/err" || fail "Kubernetes: $(head -3 "$TMP/err")"
[ "$(summary_count ingested)" = "$slurm" ] || fail "Slurm and Kubernetes shard 1 of 3 differ"
expect_exit 0 env JOB_COMPLETION_INDEX=1 "$OCCX" backfill -v --shards 3 --db "$TMP/k8s2.sqlite" "$TMP/in"
[ "$(summary_count ingested)" = "$slurm" ] || fail "--shards 3 and OCCX_SHARDS=3 differ"
# --shard wins over the environment.
expect_exit 0 env SLURM_ARRAY_TASK_ID=0 SLURM_ARRAY_TASK_COUNT=2 "$OCCX" backfill -v --shard 0/1 --db "$TMP/all.sqlite" "$TMP/in"
[ "$(summary_count ingested)" = "$total" ] || fail "--shard 0/1 should take every file: $(cat "$TMP/err")"
expect_exit 0 "$OCCX" backfill -v --db "$TMP/plain.sqlite" "$TMP/in/2024/monthly-01.pdf"
grep -q "not sharded" "$TMP/err" || fail "no note that the run is not sharded"

# The key is the path under the walked directory: the same shard wherever the tree is mounted.
cp -r "$TMP/in" "$TMP/elsewhere"
expect_exit 0 "$OCCX" backfill --db "$TMP/moved.sqlite" --shard 1/3 "$TMP/elsewhere"
[ "$(summary_count ingested)" = "$slurm" ] || fail "a moved tree falls into other shards"

# --from-list: a file, standard input, and the shard applied to the listed paths.
ls "$TMP"/in/2024/*.pdf > "$TMP/list"
expect_exit 0 "$OCCX" backfill --db "$TMP/list.sqlite" --from-list "$TMP/list"
[ "$(summary_count ingested)" = "$total" ] || fail "--from-list FILE: $(cat "$TMP/err")"
sum=0
for i in 0 1; do
  "$OCCX" backfill --db "$TMP/stdin.sqlite" --shard "$i/2" --from-list - < "$TMP/list" 2>"$TMP/err" || fail "--from-list -"
  sum=$((sum + $(summary_count ingested)))
done
[ "$sum" -eq "$total" ] || fail "--from-list - in two shards ingested $sum, wanted $total"

# --store-only workers, then one run over an empty list validates what they stored: the same
# findings as one plain run.
for i in 0 1; do expect_exit 0 "$OCCX" backfill --db "$TMP/deferred.sqlite" --store-only --shard "$i/2" "$TMP/in"; done
[ "$(sqlite_count "$TMP/deferred.sqlite" 'SELECT COUNT(*) FROM findings')" = 0 ] || fail "--store-only validated"
expect_exit 0 "$OCCX" backfill --db "$TMP/deferred.sqlite" --from-list /dev/null
grep -q "^occx backfill: 0 files" "$TMP/err" || fail "an empty list: $(cat "$TMP/err")"
"$OCCX" findings --db "$TMP/deferred.sqlite" -f csv > "$TMP/deferred.csv" 2>/dev/null || true
"$OCCX" findings --db "$TMP/all.sqlite" -f csv > "$TMP/all.csv" 2>/dev/null || true
[ -s "$TMP/all.csv" ] || fail "the plain run stored no findings"
cmp -s "$TMP/deferred.csv" "$TMP/all.csv" || fail "findings validated later differ from a plain run's"

# Bad shards, incomplete environments: one line, exit 2, nothing read.
expect_exit 2 "$OCCX" backfill --db "$TMP/bad.sqlite" --shard 3/3 "$TMP/in"
one_line_error "shard 3 is outside 0..2"
expect_exit 2 "$OCCX" backfill --db "$TMP/bad.sqlite" --shard two "$TMP/in"
one_line_error "expects I/N"
expect_exit 2 env JOB_COMPLETION_INDEX=0 "$OCCX" backfill --db "$TMP/bad.sqlite" "$TMP/in"
one_line_error "pass --shards N or set OCCX_SHARDS"
expect_exit 2 env SLURM_ARRAY_TASK_ID=1 "$OCCX" backfill --db "$TMP/bad.sqlite" "$TMP/in"
one_line_error "SLURM_ARRAY_TASK_COUNT is not"
expect_exit 2 "$OCCX" backfill --db "$TMP/bad.sqlite" --shards 4 "$TMP/in"
one_line_error "shards needs JOB_COMPLETION_INDEX"
expect_exit 2 "$OCCX" backfill --db "$TMP/bad.sqlite" --from-list "$TMP/missing-list"
one_line_error "missing-list: cannot read the list of inputs"
finish
