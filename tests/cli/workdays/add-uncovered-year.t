# 2026-12-20 + 10 workdays runs into 2027, for which no notice is loaded: an
# error, never a weekend-only guess.
run: workdays add 2026-12-20 10
exit: 2
stdout:
stderr:
hdpolicy: error: no statutory calendar for 2027: add calendars/cn/2027.yaml to the policies directory
