# Bad date
run: subsidy --type rd --premium 1 --date 2025-02-30
exit: 2
stdout:
stderr:
hdpolicy: error: --date: '2025-02-30' is not accepted: a real calendar date written YYYY-MM-DD (e.g. 2025-10-01)
