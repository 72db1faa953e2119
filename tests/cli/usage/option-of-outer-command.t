# An option of the program (not the command) mistyped is suggested too.
run: subsidy --type rd --premium 80000 --polices dir
exit: 2
stdout:
stderr:
hdpolicy: error: unknown option '--polices'; did you mean '--policies'?
Run 'hdpolicy help subsidy' for usage.
