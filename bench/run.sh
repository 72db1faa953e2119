#!/usr/bin/env bash
# Times `hdpolicy batch subsidy` on N synthetic applications (default
# 1,000,000) against bench/baseline.py (the same rules in plain Python csv),
# checks that both give the same amounts, and prints rows per second and the
# ratio. Builds a Release binary in build-bench/ unless HDPOLICY is set.
#
# Usage: bench/run.sh [N]        (env: HDPOLICY=path/to/hdpolicy, RUNS=3)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
n=${1:-1000000}
runs=${RUNS:-3}
work=${BENCH_DIR:-/tmp/hdpolicy-bench}
mkdir -p "$work"

if [ -z "${HDPOLICY:-}" ]; then
  cmake -S "$root" -B "$root/build-bench" -DCMAKE_BUILD_TYPE=Release -DHDPOLICY_BUILD_TESTS=OFF >/dev/null
  cmake --build "$root/build-bench" --target hdpolicy -j1 >/dev/null
  HDPOLICY="$root/build-bench/cmd/hdpolicy"
fi

input="$work/applications-$n.csv"
[ -s "$input" ] || python3 "$here/gen_applications.py" "$n" >"$input"
bytes=$(stat -c %s "$input")

# Best of $runs, in milliseconds of wall time; peak memory from GNU time.
best_ms() {
  local best=
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1 || [ $? = 1 ]  # exit 1: some rows failed, as generated
    t1=$(date +%s%N)
    local ms=$(( (t1 - t0) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}

cpp_ms=$(best_ms "$HDPOLICY" batch subsidy --input "$input" --output "$work/out-hdpolicy.csv")
cpp_rss=$( (/usr/bin/time -f %M "$HDPOLICY" batch subsidy --input "$input" --output "$work/out-hdpolicy.csv" 2>&1 >/dev/null || true) | tail -1)
runs=${PY_RUNS:-1}
py_ms=$(best_ms python3 "$here/baseline.py" "$input" "$work/out-python.csv")

python3 "$here/compare_amounts.py" "$work/out-hdpolicy.csv" "$work/out-python.csv"

echo "rows:              $n ($((bytes / 1000000)) MB of CSV)"
echo "hdpolicy:          ${cpp_ms} ms, $(( n * 1000 / (cpp_ms > 0 ? cpp_ms : 1) )) rows/s, peak memory ${cpp_rss} KB"
echo "python csv:        ${py_ms} ms, $(( n * 1000 / (py_ms > 0 ? py_ms : 1) )) rows/s"
echo "ratio:             $(( py_ms * 10 / (cpp_ms > 0 ? cpp_ms : 1) / 10 )).$(( py_ms * 10 / (cpp_ms > 0 ? cpp_ms : 1) % 10 ))x"
echo "machine:           $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
