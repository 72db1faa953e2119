#!/usr/bin/env bash
# Copies policies/ to $CASE_TMP/policies and adds a successor to
# 海金融发〔2025〕4号: a draft 海金融发〔2027〕1号 (hypothetical, for tests), the
# same rules with the 第四条 catalogue cap raised from 500,000 to 600,000, in
# force from START (default 2028-01-01) to 2030-12-31. With OLD_END, the
# copy of 海金融发〔2025〕4号 ends that day instead of 2027-12-31 (a change in
# the middle of a year). It reads the subsidy: section or the same document
# written in declared shape (tests/shapes/insurance/contract-policies.sh). The draft names no published source, so `check`
# notes its quotes as not checked. (sed, not python: the tests need only the
# packages of .ci/packages.)
# Usage: add-successor.sh [START [OLD_END]]
set -eu
start=${1:-2028-01-01}
old_end=${2:-}
cp -r "$POLICIES" "$CASE_TMP/policies"
dir="$CASE_TMP/policies"
sed -e 's/^  number: 海金融发〔2025〕4号$/  number: 海金融发〔2027〕1号/' \
    -e '/^  source: /d' \
    -e 's/^  issued: 2025-09-16$/  issued: 2027-12-01/' \
    -e "s/^    from: 2025-09-16 .*\$/    from: $start/" \
    -e 's/^    to: 2027-12-31$/    to: 2030-12-31/' \
    -e 's/执行期至2027年12月31日/执行期至2030年12月31日/' \
    -e '/^    - id: catalogue$/{n;s/^      amount: 500000.00$/      amount: 600000.00/}' \
    -e '/^  - id: catalogue$/{n;s/^    amount: 500000.00$/    amount: 600000.00/}' \
    -e 's/单家企业年度补贴上限50万元/单家企业年度补贴上限60万元/' \
    "$dir/tech-insurance.yaml" > "$dir/tech-insurance-2028.yaml"
grep -Eq '^ +amount: 600000.00$' "$dir/tech-insurance-2028.yaml" || { echo "add-successor.sh: the catalogue cap was not found" >&2; exit 1; }
grep -q "^    from: $start\$" "$dir/tech-insurance-2028.yaml" || { echo "add-successor.sh: the effective window was not found" >&2; exit 1; }
if [ -n "$old_end" ]; then
  sed -i "s/^    to: 2027-12-31\$/    to: $old_end/" "$dir/tech-insurance.yaml"
  grep -q "^    to: $old_end\$" "$dir/tech-insurance.yaml" || { echo "add-successor.sh: the old window was not found" >&2; exit 1; }
fi
