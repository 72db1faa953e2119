#!/usr/bin/env bash
# Copies policies/ to $CASE_TMP/policies and adds a successor to the
# job-expansion subsidy of 海政办发〔2025〕7号: a draft 海政办发〔2026〕1号
# (hypothetical, for tests) paying 1,500 yuan per hire for hires in 2026,
# the same categories. The draft names no published source.
set -eu
cp -r "$POLICIES" "$CASE_TMP/policies"
dir="$CASE_TMP/policies"
sed -e 's/^  number: 海政办发〔2025〕7号$/  number: 海政办发〔2026〕1号/' \
    -e '/^  source: /d' \
    -e 's/^    from: 2025-01-01$/    from: 2026-01-01/' \
    -e 's/^    to: 2025-12-31$/    to: 2026-12-31/' \
    -e 's/^      fixed: 1000.00$/      fixed: 1500.00/' \
    -e 's/按招用1人1000元/按招用1人1500元/' \
    "$dir/hiring-subsidy.yaml" > "$dir/hiring-subsidy-2026.yaml"
grep -q '^      fixed: 1500.00$' "$dir/hiring-subsidy-2026.yaml" || { echo "add-hiring-successor.sh: the amount was not found" >&2; exit 1; }
