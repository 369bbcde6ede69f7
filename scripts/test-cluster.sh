#!/usr/bin/env bash
# npm run test:cluster: the Dask recipe (examples/dask/) on a local cluster of two workers, over
# the dev HIBP and VCDB sets. The map's output must equal one `breach extract` run line for
# line, and the reduce's report must equal `breach report` on the articles.
#
#   scripts/test-cluster.sh             the test
#   scripts/test-cluster.sh --bench N   also time the map over the sets repeated N times, on
#                                       one worker and on two
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=0
if [ "${1:-}" = "--bench" ]; then BENCH=${2:?--bench needs a number of copies}; fi
say() { echo "test-cluster: $*" >&2; }

# Python with Dask distributed. Debian's python3-distributed, installed when missing (PyPI may
# be out of reach). /usr/bin/python3 first: a pyenv or venv python3 on PATH does not see it.
find_python() {
  local py
  for py in ${PYTHON:-} /usr/bin/python3 python3; do
    if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import distributed' 2>/dev/null; then
      echo "$py"
      return 0
    fi
  done
  return 1
}
if ! PY=$(find_python); then
  say "installing python3-distributed with apt-get"
  SUDO=
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
  export DEBIAN_FRONTEND=noninteractive
  if ! $SUDO apt-get install -y -qq --no-install-recommends python3-distributed >&2; then
    $SUDO apt-get update -qq >&2
    $SUDO apt-get install -y -qq --no-install-recommends python3-distributed >&2
  fi
  PY=$(find_python) || { say "python3-distributed is installed but no python3 imports it"; exit 1; }
fi

[ -f dist/cli.js ] || npm run build >&2
BREACH=(node "$ROOT/bin/breach.js")

# The dev sets: in the project when they are there, else beside it.
if [ -d fixtures/dev/hibp ] && [ -d fixtures/dev/vcdb ]; then
  SETS=(fixtures/dev/hibp fixtures/dev/vcdb)
elif [ -d ../shared/eval/dev/hibp ] && [ -d ../shared/eval/dev/vcdb ]; then
  SETS=(../shared/eval/dev/hibp ../shared/eval/dev/vcdb)
else
  say "no dev sets: neither fixtures/dev/{hibp,vcdb} nor ../shared/eval/dev/{hibp,vcdb}"
  exit 1
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/breach-cluster.XXXXXX")
PIDS=()
# Workers first, then the scheduler; a process still there after 10 s is killed outright (a
# worker that loses its scheduler while closing can hang in dask's close for good).
stop_cluster() {
  local pid k
  for ((k = ${#PIDS[@]} - 1; k >= 0; k--)); do kill "${PIDS[k]}" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  PIDS=()
}
cleanup() {
  stop_cluster
  rm -rf "$WORK"
}
trap cleanup EXIT

# A local cluster: a scheduler on a free port (found through its scheduler file) and N
# single-threaded workers, each its own process, as on separate machines.
start_cluster() {
  local n=$1 k
  rm -f "$WORK/scheduler.json"
  "$PY" -m distributed.cli.dask_scheduler --host 127.0.0.1 --port 0 --no-dashboard \
    --scheduler-file "$WORK/scheduler.json" >"$WORK/scheduler.log" 2>&1 &
  PIDS+=($!)
  for k in $(seq 1 "$n"); do
    "$PY" -m distributed.cli.dask_worker --scheduler-file "$WORK/scheduler.json" \
      --nthreads 1 --nworkers 1 --no-nanny --no-dashboard --memory-limit 0 \
      --name "worker-$k" --local-directory "$WORK/worker-$k" >"$WORK/worker-$k.log" 2>&1 &
    PIDS+=($!)
  done
}

recipe() {
  "$PY" examples/dask/breach_dask.py "$@" --scheduler-file "$WORK/scheduler.json" \
    --breach "node $ROOT/bin/breach.js"
}

say "corpus from ${SETS[*]}"
"$PY" examples/dask/make_corpus.py "${SETS[@]}" >"$WORK/corpus.jsonl"

start_cluster 2
# Small shards, so that both workers get several.
recipe "$WORK/corpus.jsonl" --workers 2 --shard-mb 0.05 \
  --out "$WORK/cluster.ndjson" --report "$WORK/cluster-report.json"
stop_cluster

say "one process: breach extract and breach report on the articles"
"${BREACH[@]}" extract "${SETS[@]}" --format ndjson --jobs 1 >"$WORK/single.ndjson"
"${BREACH[@]}" report "${SETS[@]}" --format json --jobs 1 >"$WORK/single-report.json"

fail=0
docs=$(grep -c '"type":"document"' "$WORK/single.ndjson" || true)
if [ "$docs" -lt 100 ]; then
  say "FAIL: only $docs documents in the single run"
  fail=1
fi
if cmp -s "$WORK/cluster.ndjson" "$WORK/single.ndjson"; then
  say "ok: the cluster's output equals one breach extract run, line for line ($docs documents)"
else
  say "FAIL: the cluster's output differs from one breach extract run:"
  diff <(cut -c1-200 "$WORK/single.ndjson") <(cut -c1-200 "$WORK/cluster.ndjson") | head -20 >&2
  fail=1
fi
if cmp -s "$WORK/cluster-report.json" "$WORK/single-report.json"; then
  incidents=$(grep -c '"victim":' "$WORK/single-report.json" || true)
  say "ok: breach report --from ndjson on it equals breach report on the articles"
  say "    ($incidents victims named in the report)"
else
  say "FAIL: the cluster's report differs from breach report on the articles"
  diff "$WORK/single-report.json" "$WORK/cluster-report.json" | head -20 >&2
  fail=1
fi
[ "$fail" -eq 0 ] || exit 1

if [ "$BENCH" -gt 0 ]; then
  # The corpus repeated BENCH times, cut in 0.5 MB shards; one process with --jobs 1 and 2 beside.
  for _ in $(seq 1 "$BENCH"); do cat "$WORK/corpus.jsonl"; done >"$WORK/bench.jsonl"
  kb=$(($(wc -c <"$WORK/bench.jsonl") / 1000))
  for n in 1 2; do
    start_cluster "$n"
    recipe "$WORK/bench.jsonl" --workers "$n" --shard-mb 0.5 --out "$WORK/bench-$n.ndjson"
    stop_cluster
  done
  cmp -s "$WORK/bench-1.ndjson" "$WORK/bench-2.ndjson" || { say "FAIL: 1 and 2 workers differ"; exit 1; }
  for jobs in 1 2; do
    began=$(date +%s%N)
    "${BREACH[@]}" extract --input ndjson --format ndjson --jobs "$jobs" "$WORK/bench.jsonl" >"$WORK/one.ndjson"
    ms=$((($(date +%s%N) - began) / 1000000))
    say "one process, --jobs $jobs: $kb kB in $ms ms ($((kb * 1000 / (ms > 0 ? ms : 1))) kB/s)"
    cmp -s "$WORK/one.ndjson" "$WORK/bench-1.ndjson" || { say "FAIL: the cluster differs from one process"; exit 1; }
  done
fi
