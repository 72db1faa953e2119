# A subsidy answer never reads the State Council calendars, so a broken
# calendar file does not stop it (the workdays command, which reads them,
# still reports it; so does `hdpolicy check`).
run: sh: cp -r "$POLICIES" p && printf 'year: [\n' > p/calendars/cn/2025.yaml && hdpolicy --policies p subsidy --type rd --premium 80000 --date 2025-10-01 && hdpolicy --policies p workdays is 2025-10-01
exit: 2
stdout-contains:
40,000.00
stderr-contains:
calendars/cn/2025.yaml
