# 30 workdays after 2026-12-01 need January 2027.
run: deadline --rule renewal.admission-notice --from 2026-12-01
exit: 2
stdout:
stderr:
hdpolicy: error: no statutory calendar for 2027: add calendars/cn/2027.yaml to the policies directory
