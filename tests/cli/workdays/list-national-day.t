# Each workday from A to B inclusive: the make-up Sunday 09-28 and Saturday 10-11
# are in, the rest days 10-01..10-08 and the weekends are out.
run: workdays list 2025-09-26 2025-10-14
exit: 0
stdout:
2025-09-26
2025-09-28
2025-09-29
2025-09-30
2025-10-09
2025-10-10
2025-10-11
2025-10-13
2025-10-14
