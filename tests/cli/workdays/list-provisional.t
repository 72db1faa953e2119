# Across the end of the calendar: the 2027 days are marked provisional.
run: workdays list 2026-12-30 2027-01-05 --provisional
exit: 0
stdout:
2026-12-30
2026-12-31
2027-01-01 provisional
2027-01-04 provisional
2027-01-05 provisional
