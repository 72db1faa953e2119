# An option cut short, when only one option begins so, is suggested.
run: subsidy --type rd --prem 80000
exit: 2
stdout:
stderr:
hdpolicy: error: unknown option '--prem'; did you mean '--premium'?
Run 'hdpolicy help subsidy' for usage.
