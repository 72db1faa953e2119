#!/usr/bin/env bash
# Times `hdpolicy batch subsidy --baseline` (issue #13 item 3: every row
# evaluated under two policy sets, caps accumulating under each) on N
# synthetic applications (default 1,000,000), beside the same batch without
# --baseline, and checks the amounts against bench/baseline.py run under
# each set: the current policies are the shipped ones, the baseline a copy
# whose 第四条 catalogue cap is 600,000 instead of 500,000 (so caps bind
# differently under the two). Target: 1,000,000 rows per second with both
# evaluations. Builds a Release binary in build-bench/ unless HDPOLICY is set.
#
# Usage: bench/baseline_cost.sh [N]   (env: HDPOLICY=path/to/hdpolicy, RUNS=5, BENCH_DIR)
set -euo pipefail
# shellcheck source=bench/batch_setup.sh
source "$(dirname "$0")/batch_setup.sh"
policies="$work/policies-catalogue-600000"
rm -rf "$policies"
cp -r "$root/policies" "$policies"
sed -i 's/amount: 500000.00/amount: 600000.00/' "$policies/tech-insurance.yaml"
grep -q 'amount: 600000.00' "$policies/tech-insurance.yaml"

# Medians of $runs runs: CPU time (user + system) and wall time in ms, to a real file.
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
measure() {
  local cpus= walls=
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$work/time.txt" -f "%e %U %S" "$@" >/dev/null 2>&1 || true  # exit 1: rows failed, as generated
    read -r wall user sys < <(tail -1 "$work/time.txt")
    cpus+="$(( (10#${user/./} + 10#${sys/./}) * 10 )) " walls+="$(( 10#${wall/./} * 10 )) "
  done
  echo "$(tr ' ' '\n' <<<"$cpus" | grep . | median) $(tr ' ' '\n' <<<"$walls" | grep . | median)"
}

# Interleaved, so both see the same phase of a shared machine.
read -r one_cpu one_wall <<<"$(measure "$HDPOLICY" batch subsidy --input "$input" --output "$work/out-one.csv")"
read -r two_cpu two_wall <<<"$(measure "$HDPOLICY" batch subsidy --input "$input" --output "$work/out-two.csv" \
  --baseline "$policies")"

python3 "$here/baseline.py" "$input" "$work/out-python-500000.csv"
python3 "$here/baseline.py" "$input" "$work/out-python-600000.csv" 600000
python3 "$here/compare_amounts.py" "$work/out-two.csv" "$work/out-python-500000.csv"
python3 "$here/compare_amounts.py" --baseline-column "$work/out-two.csv" "$work/out-python-600000.csv"
{ "$HDPOLICY" batch subsidy --input "$input" --output /dev/null --baseline "$policies" --summary 2>&1 || true; } |
  sed -n '/^change from/,/^  enterprises:/p'

per_s() { echo $(( n * 1000 / ($1 > 0 ? $1 : 1) )); }
echo "rows:            $n"
echo "batch subsidy:   $(per_s "$one_cpu") rows/s of CPU time (${one_cpu} ms), $(per_s "$one_wall") rows/s wall to a file (${one_wall} ms)"
echo "with --baseline: $(per_s "$two_cpu") rows/s of CPU time (${two_cpu} ms), $(per_s "$two_wall") rows/s wall to a file (${two_wall} ms)"
echo "medians of $runs runs each; machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
