#!/usr/bin/env bash
# Copies policies/ to $CASE_TMP/policies, ends 海政发〔2025〕4号 (the urban-renewal
# guide, open-ended as published) on 2026-06-30, and adds a draft successor
# (hypothetical 海政发〔2026〕1号, for tests) in force from 2026-07-01 whose
# admission notice is due in 20 workdays instead of 30. Its other deadline
# rules are unchanged: each rule id is a version of the guide's rule.
set -eu
cp -r "$POLICIES" "$CASE_TMP/policies"
dir="$CASE_TMP/policies"
sed -e 's/^  number: 海政发〔2025〕4号$/  number: 海政发〔2026〕1号/' \
    -e '/^  source: /d' \
    -e 's/^    from: 2025-07-01$/    from: 2026-07-01/' \
    -e 's/收到入库申请之日起30个工作日内/收到入库申请之日起20个工作日内/' \
    -e '/^  - id: renewal.admission-notice$/,/^    count: 30$/s/^    count: 30$/    count: 20/' \
    "$dir/urban-renewal.yaml" > "$dir/urban-renewal-2026.yaml"
sed -i 's/^    to: 9999-12-31$/    to: 2026-06-30/' "$dir/urban-renewal.yaml"
grep -q '^    count: 20$' "$dir/urban-renewal-2026.yaml" || { echo "add-renewal-successor.sh: the rule was not found" >&2; exit 1; }
grep -q '^    to: 2026-06-30$' "$dir/urban-renewal.yaml" || { echo "add-renewal-successor.sh: the window was not found" >&2; exit 1; }
