#!/usr/bin/env bash
# Times `hdpolicy batch subsidy` on N synthetic applications (default
# 1,000,000) against bench/baseline.py (the same rules in plain Python csv),
# checks that both give the same amounts, and prints rows per second and the
# ratio. Builds a Release binary in build-bench/ unless HDPOLICY is set.
#
# Usage: bench/run.sh [N]        (env: HDPOLICY=path/to/hdpolicy, RUNS=5, PY_RUNS=1)
set -euo pipefail
# shellcheck source=bench/batch_setup.sh
source "$(dirname "$0")/batch_setup.sh"
bytes=$(stat -L -c %s "$input")

# Medians of $runs runs: CPU time (user + system, in ms), wall time, and
# the peak memory. CPU time is what the cores spend (hdpolicy's two threads
# together: the rows are computed on one, the output file written on the
# other); the wall time is what a user waits for, to a real file on disk:
# it counts the output made durable (fdatasync, rename, directory fsync)
# and, on a shared machine, the time other processes had the core. The
# output is written over the previous run's, as a rerun does.
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
measure() {
  local cpus= walls= rsses=
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$work/time.txt" -f "%e %U %S %M" "$@" >/dev/null 2>&1 || true  # exit 1: rows failed, as generated
    read -r wall user sys rss < <(tail -1 "$work/time.txt")
    cpus+="$(( (10#${user/./} + 10#${sys/./}) * 10 )) " walls+="$(( 10#${wall/./} * 10 )) " rsses+="$rss "
  done
  echo "$(tr ' ' '\n' <<<"$cpus" | grep . | median) $(tr ' ' '\n' <<<"$walls" | grep . | median) $(tr ' ' '\n' <<<"$rsses" | grep . | median)"
}

read -r cpp_cpu cpp_wall cpp_rss <<<"$(measure "$HDPOLICY" batch subsidy --input "$input" --output "$work/out-hdpolicy.csv")"
RUNS_CPP=$runs
runs=${PY_RUNS:-1}
read -r py_cpu py_wall py_rss <<<"$(measure python3 "$here/baseline.py" "$input" "$work/out-python.csv")"

python3 "$here/compare_amounts.py" "$work/out-hdpolicy.csv" "$work/out-python.csv"

per_s() { echo $(( n * 1000 / ($1 > 0 ? $1 : 1) )); }
ratio() { echo "$(( $1 / ($2 > 0 ? $2 : 1) )).$(( $1 * 10 / ($2 > 0 ? $2 : 1) % 10 ))"; }
echo "rows:        $n ($((bytes / 1000000)) MB of CSV)"
echo "hdpolicy:    $(per_s "$cpp_cpu") rows/s of CPU time (${cpp_cpu} ms), $(per_s "$cpp_wall") rows/s wall to a file (${cpp_wall} ms), peak memory $((cpp_rss / 1024)) MB (medians of $RUNS_CPP runs)"
echo "python csv:  $(per_s "$py_cpu") rows/s of CPU time (${py_cpu} ms), $(per_s "$py_wall") rows/s wall to a file (${py_wall} ms), peak memory $((py_rss / 1024)) MB (medians of $runs runs)"
echo "ratio:       $(ratio "$py_cpu" "$cpp_cpu")x by CPU time, $(ratio "$py_wall" "$cpp_wall")x by wall time"
echo "machine:     $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
