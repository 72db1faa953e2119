# A 2028 notice without 2027 leaves a gap: the policies do not load, and the
# message says which file is missing, at the line of `year:`.
run: sh: cp -r "$POLICIES" p && printf 'year: 2028\nholidays: []\n' > p/calendars/cn/2028.yaml && hdpolicy --policies p workdays add 2026-12-20 10
exit: 2
stdout:
stderr-contains:
calendars/cn/2028.yaml:1:7: error: the calendar has a gap: 2028 follows 2026: add calendars/cn/2027.yaml
