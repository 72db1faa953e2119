#!/usr/bin/env bash
# Start-up of every one-shot command against `hdpolicy --version`, in one
# run: each command N times (default 41), interleaved, median wall time in ms
# and its ratio to --version's median. Issue #13's target: every ratio within
# 2.5. Usage: bench/startup.sh [BINARY] [N]
set -euo pipefail
bin=${1:-build/cmd/hdpolicy}
runs=${2:-41}
[[ -x $bin ]] || { echo "startup.sh: no executable at $bin (build first, or give its path)" >&2; exit 2; }
export HDPOLICY_POLICIES=  # the embedded policies, as installed

names=(version subsidy hiring "workdays add" "workdays between" "workdays is" deadline "calendar month")
cmds=(
  "--version"
  "subsidy --type rd --premium 80000 --date 2026-03-01"
  "hiring --hire-date 2025-07-15 --birth-date 2001-07-16 --registered-unemployed yes --contract yes"
  "workdays add 2025-09-26 10"
  "workdays between 2025-09-30 2025-10-31"
  "workdays is 2025-10-11"
  "deadline --rule renewal.admission-notice --from 2025-12-25"
  "calendar 2025-10"
)
declare -A times
for ((r = 0; r < runs; r++)); do
  for i in "${!cmds[@]}"; do
    read -ra args <<<"${cmds[$i]}"
    start=$(date +%s%N)
    "$bin" "${args[@]}" >/dev/null
    end=$(date +%s%N)
    times[$i]+="$(((end - start) / 1000)) "
  done
done
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
base=$(median "${times[0]}")
printf '%-18s %9s %7s\n' command "median ms" ratio
worst=0
for i in "${!cmds[@]}"; do
  us=$(median "${times[$i]}")
  ratio=$((us * 100 / base))  # hundredths, integer arithmetic
  ((ratio > worst)) && worst=$ratio
  printf '%-18s %9s %4d.%02d\n' "${names[$i]}" "$((us / 1000)).$(printf '%03d' $((us % 1000)))" $((ratio / 100)) $((ratio % 100))
done
echo "runs: $runs each, interleaved; worst ratio $((worst / 100)).$(printf '%02d' $((worst % 100))) (target: 2.50)"
