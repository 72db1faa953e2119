# An option at the end with no value.
run: subsidy --type rd --premium
exit: 2
stdout:
stderr:
hdpolicy: error: --premium needs a value: Premium actually paid, in yuan (e.g. 80000 or 80000.50)
Run 'hdpolicy help subsidy' for usage.
