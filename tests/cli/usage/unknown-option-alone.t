# subsidy --typ rd alone: still --typ, not the missing --type and --premium.
run: subsidy --typ rd
exit: 2
stdout:
stderr:
hdpolicy: error: unknown option '--typ'; did you mean '--type'?
Run 'hdpolicy help subsidy' for usage.
