#!/usr/bin/env bash
# The batch's fast subsidy row parser (lib/src/batch/subsidy_row.cpp) against
# the general parser on every row of a large input: bench/check_parsers.cpp
# runs both on each row's cells; they must refuse the same rows and read the
# others into the same claims. The ctest-sized version is
# tests/unit/test_batch_parsers.cpp.
#
# Usage: bench/check_parsers.sh [INPUT]   (default: a generated 1,000,000-row
# file; env HDPOLICY_LIB: the library, default build/lib/libhdpolicy.a)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
file=${1:-/tmp/hdpolicy-bench/applications-1000000.csv}
[ -s "$file" ] || { mkdir -p "$(dirname "$file")"; python3 "$here/gen_applications.py" 1000000 >"$file"; }
lib=${HDPOLICY_LIB:-$root/build/lib/libhdpolicy.a}
[ -f "$lib" ] || { echo "no $lib: build the project first (or set HDPOLICY_LIB)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# lib/src: the check and the fast parser are the library's private code.
g++ -O2 -std=c++20 -I"$root/lib/include" -I"$root/lib/src" "$here/check_parsers.cpp" "$lib" -lyaml-cpp -lfmt -o "$work/check_parsers"
"$work/check_parsers" "$file"
