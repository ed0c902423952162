# The recipes of docs/scale.md, as far as they run here: the Kubernetes manifest parses and names
# what an indexed job needs (kubectl is not used: no cluster), and is the one the page shows; the
# Slurm script and the GNU parallel line run over a small folder as their schedulers would run
# them (the scheduler's variables set by hand) and store every report exactly once; the
# Containerfile builds with packages CI installs.
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/backfill_lib.bash"
set -euo pipefail
unset SLURM_ARRAY_TASK_ID SLURM_ARRAY_TASK_COUNT SLURM_ARRAY_TASK_MIN SLURM_ARRAY_TASK_STEP JOB_COMPLETION_INDEX OCCX_SHARDS
doc="$ROOT/docs/scale.md"

# 1. The manifest: a batch/v1 indexed Job with what Kubernetes requires, shown verbatim in the page.
"$PY" - "$ROOT/scripts/k8s/backfill-job.yaml" "$doc" <<'PY' || fail "Kubernetes manifest"
import re, sys, yaml
job = yaml.safe_load(open(sys.argv[1]))
page = re.findall(r"```yaml\n(.*?)```", open(sys.argv[2]).read(), re.S)
assert any(yaml.safe_load(block) == job for block in page), "docs/scale.md does not show scripts/k8s/backfill-job.yaml"
assert job["apiVersion"] == "batch/v1" and job["kind"] == "Job", job
assert job["metadata"]["name"], "no name"
spec = job["spec"]
assert spec["completionMode"] == "Indexed", spec
assert isinstance(spec["completions"], int) and isinstance(spec["parallelism"], int), spec
pod = spec["template"]["spec"]
assert pod["restartPolicy"] in ("Never", "OnFailure"), pod  # a Job refuses Always
containers = pod["containers"]
assert containers and all(c["name"] and c["image"] and c["command"] for c in containers), containers
c = containers[0]
assert c["command"][:2] == ["occx", "backfill"], c["command"]
env = {e["name"]: e.get("value") for e in c.get("env", [])}
# The index comes from Kubernetes; the shard count must equal the completions.
assert env.get("OCCX_SHARDS") == str(spec["completions"]) or "--shards" in c["command"], env
mounts = {m["name"] for m in c.get("volumeMounts", [])}
assert mounts <= {v["name"] for v in pod.get("volumes", [])}, "a mount without its volume"
PY

# 2. The Containerfile installs, to build, only packages CI installs (scripts/deps.txt).
build_pkgs=$(sed -n '/^FROM .* AS build/,/^FROM/p' "$ROOT/Containerfile" | grep -oE '\b(lib[a-z0-9.+-]+-dev|build-essential|cmake|pkg-config|catch2|nlohmann-json3-dev|python3)\b' | sort -u)
for p in $build_pkgs; do grep -qx "$p" "$ROOT/scripts/deps.txt" || fail "Containerfile builds with $p, not in scripts/deps.txt"; done
[ -n "$build_pkgs" ] || fail "no build packages found in the Containerfile"

# A small folder of reports, and occx on PATH as the recipes call it.
mkdir -p "$TMP/reports/2024" "$TMP/bin"
for m in 01 02 03 04 05 06 07; do make_report_pdf "$TMP/reports/2024/monthly-$m.pdf" 1 "2024-$m-28"; done
ln -s "$OCCX" "$TMP/bin/occx"
export PATH="$TMP/bin:$PATH" REPORTS="$TMP/reports"

# 3. The Slurm array script, as Slurm runs each task of --array=0-15.
bash -n "$ROOT/scripts/slurm/backfill.sbatch" || fail "the Slurm script does not parse"
"$PY" -c 'import sys; sys.exit(open(sys.argv[1]).read() not in open(sys.argv[2]).read())' \
  "$ROOT/scripts/slurm/backfill.sbatch" "$doc" || fail "docs/scale.md does not show scripts/slurm/backfill.sbatch"
count=$(sed -n 's/^#SBATCH --array=0-\([0-9]*\).*/\1/p' "$ROOT/scripts/slurm/backfill.sbatch")
[ -n "$count" ] || fail "the Slurm script has no --array=0-N"
export OCCX_DB="$TMP/slurm.sqlite"
for ((task = 0; task <= ${count:-0}; task++)); do
  SLURM_ARRAY_TASK_ID=$task SLURM_ARRAY_TASK_MIN=0 SLURM_ARRAY_TASK_COUNT=$((count + 1)) SLURM_CPUS_PER_TASK=1 \
    bash "$ROOT/scripts/slurm/backfill.sbatch" 2>>"$TMP/slurm.err" || fail "Slurm task $task failed: $(tail -n 2 "$TMP/slurm.err")"
done
[ "$(sqlite_count "$OCCX_DB" 'SELECT COUNT(*) FROM reports')" = 7 ] || fail "Slurm tasks stored $(sqlite_count "$OCCX_DB" 'SELECT COUNT(*) FROM reports') of 7 reports"
grep -q "(Slurm array)" "$TMP/slurm.err" || fail "the Slurm tasks did not take their shard from Slurm"

# 4. The GNU parallel line of the page, as printed.
line=$(grep -m1 '^parallel -j' "$doc") || fail "no GNU parallel line in docs/scale.md"
export OCCX_DB="$TMP/parallel.sqlite"
if command -v parallel >/dev/null; then
  eval "$line" 2>"$TMP/parallel.err" || fail "the parallel line failed: $(tail -n 3 "$TMP/parallel.err")"
  [ "$(sqlite_count "$OCCX_DB" 'SELECT COUNT(*) FROM reports')" = 7 ] || fail "parallel stored the wrong number of reports"
elif [ "$(id -u)" -eq 0 ]; then
  fail "GNU parallel is not installed (scripts/deps.txt)"
else
  echo "skip: GNU parallel is not installed"
fi
finish
