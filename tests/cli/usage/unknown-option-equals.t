# --typ=rd is the option --typ.
run: subsidy --typ=rd --premium 80000
exit: 2
stdout:
stderr:
hdpolicy: error: unknown option '--typ'; did you mean '--type'?
Run 'hdpolicy help subsidy' for usage.
