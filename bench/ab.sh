#!/usr/bin/env bash
# Side-by-side timing of two hdpolicy binaries on the same input, runs
# interleaved (A B A B ...) so that load on a shared machine hits both alike.
# Prints each binary's best and median CPU time (user + system) and checks
# that their outputs are byte-identical.
#
# Usage: bench/ab.sh BINARY_A BINARY_B [INPUT] [RUNS]   (default RUNS=7)
# env: KIND=hiring (or deadline, eval ...) times `batch KIND` instead of
# `batch subsidy`; ARGS adds arguments (ARGS=rent-subsidy for batch eval).
set -euo pipefail
a=$1 b=$2
input=${3:-/tmp/hdpolicy-bench/applications-1000000.csv}
runs=${4:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpu_ms() {  # user + system of one run, in ms
  /usr/bin/time -o "$work/t" -f "%U %S" "$1" batch "${KIND:-subsidy}" ${ARGS:-} --input "$input" --output "$2" >/dev/null 2>&1 || true
  read -r u s < <(tail -1 "$work/t")  # the first line may say "Command exited with non-zero status 1"
  echo $(( (10#${u/./} + 10#${s/./}) * 10 ))
}
: >"$work/a" ; : >"$work/b"
for _ in $(seq "$runs"); do
  cpu_ms "$a" "$work/out-a.csv" >>"$work/a"
  cpu_ms "$b" "$work/out-b.csv" >>"$work/b"
done
stats() { sort -n "$1" | awk '{v[NR]=$1} END {printf "best %d ms, median %d ms", v[1], v[int((NR+1)/2)]}'; }
echo "A $(stats "$work/a")  ($a)"
echo "B $(stats "$work/b")  ($b)"
if cmp -s "$work/out-a.csv" "$work/out-b.csv"; then echo "outputs identical"; else echo "OUTPUTS DIFFER"; exit 1; fi
