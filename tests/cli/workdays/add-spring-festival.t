# 2025 Spring Festival: rest 01-28..02-04, make-up Sunday 01-26 and Saturday 02-08.
# After Friday 01-24: 01-26, 01-27, 02-05, 02-06, 02-07.
run: workdays add 2025-01-24 5
exit: 0
stdout:
2025-02-07
