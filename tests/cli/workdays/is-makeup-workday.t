# The issue's example: Saturday 2025-10-11 was a workday.
run: workdays is 2025-10-11
exit: 0
stdout:
2025-10-11 is a workday: Saturday, a make-up workday for National Day and Mid-autumn Festival (国庆节、中秋节)
