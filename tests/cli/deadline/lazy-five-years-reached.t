# Five years from 2021-03-07 end on Saturday 2026-03-07 (民法典 第二百零二条),
# a year not loaded at start-up (2021 and 2022 are): saying whether that day
# is a rest day loads it, as the whole calendar (--policies) would say.
run: sh: hdpolicy deadline --rule renewal.transition-period --from 2021-03-07 > lazy && hdpolicy --policies "$POLICIES" deadline --rule renewal.transition-period --from 2021-03-07 > whole && cmp lazy whole && grep -E '^2026|rest day' lazy
exit: 0
stdout:
2026-03-07
  2026-03-07 is a rest day (weekend); this rule does not move it to a workday
stderr:
