#!/usr/bin/env bash
# Times `hdpolicy batch eval rent-subsidy` (a document of declared shape,
# tests/shapes/policies) on N synthetic claims (default 1,000,000) and, for
# comparison on the same machine in the same run, `batch subsidy` on as many
# rows of its own bench file. Prints rows per second by CPU time (median of
# RUNS runs) for both. With OLD=path/to/hdpolicy, the same for that binary,
# side by side, and checks that the two outputs are byte-identical.
#
# Usage: bench/eval.sh [N]        (env: HDPOLICY=build/cmd/hdpolicy, OLD=, RUNS=3)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
n=${1:-1000000}
runs=${RUNS:-3}
bin=${HDPOLICY:-$root/build/cmd/hdpolicy}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/gen_rent_claims.py" "$n" "$work/claims.csv"
python3 "$here/gen_applications.py" "$n" > "$work/applications.csv"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
cpu_ms() {  # median CPU time (user + system) of $runs runs, in ms
  local all=
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$work/time.txt" -f "%U %S" "$@" >/dev/null 2>&1 || true  # exit 1: a few rows fail, as generated
    read -r user sys < <(tail -1 "$work/time.txt")
    all+="$(( (10#${user/./} + 10#${sys/./}) * 10 )) "
  done
  tr ' ' '\n' <<<"$all" | grep . | median
}
report() {  # label binary
  local eval_ms subsidy_ms
  eval_ms=$(cpu_ms "$2" --policies "$root/tests/shapes/policies" batch eval rent-subsidy --input "$work/claims.csv" --output "$work/$1-eval.csv")
  subsidy_ms=$(cpu_ms "$2" batch subsidy --input "$work/applications.csv" --output "$work/$1-subsidy.csv")
  echo "$1: batch eval rent-subsidy $(( n * 1000 / (eval_ms > 0 ? eval_ms : 1) )) rows/s (${eval_ms} ms CPU);" \
       "batch subsidy $(( n * 1000 / (subsidy_ms > 0 ? subsidy_ms : 1) )) rows/s (${subsidy_ms} ms CPU)"
}
echo "rows: $n, median of $runs runs, CPU time"
report new "$bin"
if [ -n "${OLD:-}" ]; then
  report old "$OLD"
  cmp "$work/new-subsidy.csv" "$work/old-subsidy.csv" && echo "batch subsidy outputs: byte-identical"
  if [ -s "$work/old-eval.csv" ]; then cmp "$work/new-eval.csv" "$work/old-eval.csv" && echo "batch eval outputs: byte-identical"; fi
fi
