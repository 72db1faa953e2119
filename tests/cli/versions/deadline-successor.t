# A deadline rule's id in two documents is two versions of it: the guide 海政发〔2025〕4号 ended on
# 2026-06-30 (in this copy) and a draft successor from 2026-07-01 gives 20 workdays instead of 30.
# From 2026-06-30: 30 workdays, July's 23 (Jul 1 Wed, 8 weekend days) and 7 in August: 2026-08-11.
# From 2026-07-01: July 2 to 29 holds 20 workdays: 2026-07-29, under the successor.
run: sh: bash "$POLICIES/../tests/versions/add-renewal-successor.sh" && for d in 2026-06-30 2026-07-01; do hdpolicy deadline --policies "$CASE_TMP/policies" --rule renewal.admission-notice --from $d | grep -E '^20|Period|Rule' | sed "s/: 「.*//"; done
exit: 0
stdout:
2026-08-11
  Period: 30 workdays
  Rule: 海政发〔2025〕4号 三、(一) 3. 入库确认
2026-07-29
  Period: 20 workdays
  Rule: 海政发〔2026〕1号 三、(一) 3. 入库确认
