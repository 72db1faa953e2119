#!/usr/bin/env bash
# Builds and runs bench/csv_parse_bench.cpp: the project's CSV reader against
# the Debian CSV libraries (libcsv-dev, libfccp-dev), on FILE (default: a
# generated 1,000,000-row file). Needs the library built in build-bench/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
file=${1:-/tmp/hdpolicy-bench/applications-1000000.csv}
[ -s "$file" ] || { mkdir -p "$(dirname "$file")"; python3 "$here/gen_applications.py" 1000000 >"$file"; }
lib=${HDPOLICY_LIB:-$root/build-bench/lib/libhdpolicy.a}
[ -f "$lib" ] || { cmake -S "$root" -B "$root/build-bench" -DCMAKE_BUILD_TYPE=Release -DHDPOLICY_BUILD_TESTS=OFF >/dev/null;
                   cmake --build "$root/build-bench" --target hdpolicy_core -j1 >/dev/null; }
g++ -O2 -std=c++20 -pthread -I"$root/lib/include" "$here/csv_parse_bench.cpp" "$lib" -lcsv -lfmt -o /tmp/csv_parse_bench
/tmp/csv_parse_bench "$file"
