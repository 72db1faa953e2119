# 600 workdays from 2024-12-20 run through 2025 and 2026 (loaded as the
# count reaches them) into 2027, which no notice covers: the same refusal as
# with every year loaded.
run: workdays add 2024-12-20 600
exit: 2
stdout:
stderr:
hdpolicy: error: no statutory calendar for 2027: add calendars/cn/2027.yaml to the policies directory
