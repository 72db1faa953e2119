#!/usr/bin/env bash
# Copies tests/shapes/policies to $CASE_TMP/policies and makes the example
# rent subsidy (示例租〔2026〕1号) a policy of two versions: the 2026 document
# ends on OLD_END (default 2027-12-31) instead of 2028-12-31, as if amended,
# and a draft 示例租〔2027〕9号 (hypothetical, for tests; the same id,
# rent-subsidy) pays at most 4 yuan per m² per day instead of 3, in force
# from START (default 2028-01-01) to 2030-12-31, with the same facts, cap and
# rule. The draft names no published source, so `check` notes its quotes as
# not checked. (sed: the tests need only the packages of .ci/packages.)
# Usage: add-rent-successor.sh [START [OLD_END]]
set -eu
start=${1:-2028-01-01}
old_end=${2:-2027-12-31}
cp -r "$CASE_DIR/../../shapes/policies" "$CASE_TMP/policies"
dir="$CASE_TMP/policies"
sed -e 's/^  number: 示例租〔2026〕1号$/  number: 示例租〔2027〕9号/' \
    -e '/^  source: /d' \
    -e 's/^  issued: 2026-01-01$/  issued: 2027-12-01/' \
    -e "s/^    from: 2026-01-01\$/    from: $start/" \
    -e 's/^    to: 2028-12-31$/    to: 2030-12-31/' \
    -e 's/2026年1月1日起施行,有效期至2028年12月31日/2028年1月1日起施行,有效期至2030年12月31日/' \
    -e 's/^        per_unit: 3.00$/        per_unit: 4.00/' \
    -e 's/每平方米每天不超过3元/每平方米每天不超过4元/' \
    -e 's/at most 3 yuan per m² per day/at most 4 yuan per m² per day/' \
    -e 's/每平方米每天补贴不超过3元/每平方米每天补贴不超过4元/' \
    "$dir/rent-subsidy.yaml" > "$dir/rent-subsidy-2028.yaml"
grep -q '^        per_unit: 4.00$' "$dir/rent-subsidy-2028.yaml" || { echo "add-rent-successor.sh: the ceiling was not found" >&2; exit 1; }
grep -q "^    from: $start\$" "$dir/rent-subsidy-2028.yaml" || { echo "add-rent-successor.sh: the window was not found" >&2; exit 1; }
sed -i "s/^    to: 2028-12-31\$/    to: $old_end/" "$dir/rent-subsidy.yaml"
grep -q "^    to: $old_end\$" "$dir/rent-subsidy.yaml" || { echo "add-rent-successor.sh: the old window was not found" >&2; exit 1; }
