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
source "$(dirname "$0")/check_tool.sh"
build_tool check_parsers
"$work/check_parsers" "$file"
