# 五年内, from the approval on 2025-07-01: the corresponding day five years on,
# beyond the calendar but not needing it (the period does not roll).
run: deadline --rule renewal.transition-period --from 2025-07-01
exit: 0
stdout-contains:
2030-07-01
Period: 5 years
