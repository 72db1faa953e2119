#!/usr/bin/env bash
# Instructions per row of `hdpolicy batch subsidy`, counted by valgrind's
# callgrind (Debian: valgrind): deterministic, unlike time on a shared
# machine, so a change of a few percent shows. Start-up is measured on a
# one-row file and taken off. Prints the figure for each binary given, and
# checks that their outputs are byte-identical.
#
# Usage: bench/instructions.sh BINARY [BINARY ...]   (env: ROWS=50000;
# ARGS: options before `batch`, e.g. ARGS="--policies DIR")
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rows=${ROWS:-50000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/gen_applications.py" "$rows" >"$work/in.csv"
head -2 "$work/in.csv" >"$work/one.csv"
count() {  # instructions of one run (exit 1, rows failed, is expected: the generator writes bad rows)
  { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 || true; } | sed -n 's/.*I *refs: *//p' | tr -d ,
}
first=
for bin in "$@"; do
  total=$(count "$bin" ${ARGS:-} batch subsidy --input "$work/in.csv" --output "$work/out.csv")
  startup=$(count "$bin" ${ARGS:-} batch subsidy --input "$work/one.csv" --output "$work/one-out.csv")
  echo "$bin: $(( (total - startup) / rows )) instructions per row, $(( startup / 1000000 )) M at start-up"
  if [ -z "$first" ]; then first=$bin; cp "$work/out.csv" "$work/first.csv";
  elif ! cmp -s "$work/out.csv" "$work/first.csv"; then echo "OUTPUT DIFFERS from $first"; exit 1; fi
done
