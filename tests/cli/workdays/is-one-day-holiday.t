# New Year's Day 2025 was a one-day holiday (a Wednesday, no make-up workday).
run: workdays is 2025-01-01
exit: 0
stdout:
2025-01-01 is a rest day: Wednesday, New Year's Day (元旦) holiday, 2025-01-01
