#!/usr/bin/env bash
# The subsidy batch's two row writers (in place, and cell by cell) against
# each other on a large input: bench/writer_check.cpp writes the output both
# ways, with and without --strict, and the files must be byte-identical.
# The ctest-sized version is tests/unit/test_batch_writers.cpp.
#
# Usage: bench/writer_check.sh [INPUT]   (default: a generated 1,000,000-row
# file; env HDPOLICY_LIB: the library, default build/lib/libhdpolicy.a)
set -euo pipefail
source "$(dirname "$0")/check_tool.sh"
build_tool writer_check
status=0
for strict in "" --strict; do
  "$work/writer_check" "$file" "$work/in-place.csv" "$work/by-cell.csv" $strict
  if cmp "$work/in-place.csv" "$work/by-cell.csv"; then
    echo "identical${strict:+ ($strict)}: $(wc -l <"$work/in-place.csv") lines"
  else
    status=1
  fi
done
exit $status
