run: workdays is 2025-10-12
exit: 0
stdout:
2025-10-12 is a rest day: Sunday, a weekend rest day
