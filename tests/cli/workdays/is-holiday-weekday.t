# The issue's example: Wednesday 2025-10-08 was not a workday.
run: workdays is 2025-10-08
exit: 0
stdout:
2025-10-08 is a rest day: Wednesday, National Day and Mid-autumn Festival (国庆节、中秋节) holiday, 2025-10-01 to 2025-10-08
