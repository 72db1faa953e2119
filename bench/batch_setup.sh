# Sourced by the batch benchmarks (run.sh, baseline_cost.sh): the binary
# ($HDPOLICY, or a Release build in build-bench/), the number of rows $n (the
# script's first argument, 1,000,000 by default) and runs $runs ($RUNS, 5),
# the work folder $work ($BENCH_DIR) and the generated input file $input.
here=$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)
root=$(cd "$here/.." && pwd)
n=${1:-1000000}
runs=${RUNS:-5}
work=${BENCH_DIR:-/tmp/hdpolicy-bench}
mkdir -p "$work"

if [ -z "${HDPOLICY:-}" ]; then
  cmake -S "$root" -B "$root/build-bench" -DCMAKE_BUILD_TYPE=Release -DHDPOLICY_BUILD_TESTS=OFF >/dev/null
  cmake --build "$root/build-bench" --target hdpolicy -j1 >/dev/null
  HDPOLICY="$root/build-bench/cmd/hdpolicy"
fi

input="$work/applications-$n.csv"
[ -s "$input" ] || python3 "$here/gen_applications.py" "$n" >"$input"
