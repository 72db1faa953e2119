#!/usr/bin/env bash
# Checks that two hdpolicy binaries give byte-identical batch output and
# stderr (summary and row errors) for all three kinds, in CSV, JSON Lines
# and --strict, on generated inputs (gen_applications.py, gen_hires.py,
# gen_deadlines.py). Run it with the binary from before a refactor and the
# one after: a refactor of the batch path must change no byte.
#
# Usage: bench/same_output.sh BINARY_BEFORE BINARY_AFTER   (env: ROWS=200000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
a=$1 b=$2
rows=${ROWS:-200000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/gen_applications.py" "$rows" >"$work/subsidy.csv"
python3 "$here/gen_hires.py" "$rows" >"$work/hiring.csv"
python3 "$here/gen_deadlines.py" "$rows" >"$work/deadline.csv"
status=0
for kind in subsidy hiring deadline; do
  for variant in csv json strict; do
    args=(batch "$kind" --input "$work/$kind.csv" --summary)
    case $variant in json) args+=(--format json) ;; strict) args+=(--strict) ;; esac
    for bin in a b; do
      # exit 1 (rows failed) is expected: the generators write bad rows
      "${!bin}" "${args[@]}" --output "$work/$bin.out" 2>"$work/$bin.err" || true
    done
    if cmp -s "$work/a.out" "$work/b.out" && cmp -s "$work/a.err" "$work/b.err"; then
      echo "$kind $variant: identical ($(wc -l <"$work/a.out") lines)"
    else
      echo "$kind $variant: DIFFERS"
      status=1
    fi
  done
done
exit $status
