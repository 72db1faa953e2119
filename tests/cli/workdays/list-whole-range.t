# The longest list there is: every workday of the supported dates. Counted
# independently: 1900-01-01..2299-12-31 is one 400-year Gregorian cycle,
# 146,097 days = 20,871 whole weeks, so 104,355 weekdays. 2004-2026 follow the
# shipped State Council calendars: 5,744 workdays there (list-matches-reference.t)
# where the weekend rule gives 6,001 (Python's datetime), so 104,355 - 6,001 +
# 5,744 = 104,098, from Monday 1900-01-01 to Friday 2299-12-29. (About 0.1 s
# and 16 MB as JSON.)
run: sh: hdpolicy workdays list 1900-01-01 2299-12-31 --provisional > list && wc -l < list && head -1 list && tail -1 list && hdpolicy workdays list 1900-01-01 2299-12-31 --provisional --format json | grep -E '"(count|provisional)"'
exit: 0
stdout:
104098
1900-01-01 provisional
2299-12-29 provisional
  "count": 104098,
  "provisional": true,
