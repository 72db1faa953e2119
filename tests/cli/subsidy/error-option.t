# Unknown option is a usage error, named (no option is close to --colour)
run: subsidy --type rd --premium 1 --colour red
exit: 2
stdout:
stderr:
hdpolicy: error: unknown option '--colour'
Run 'hdpolicy help subsidy' for usage.
