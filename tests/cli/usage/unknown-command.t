# A mistyped command is named, with the closest one.
run: subsidee
exit: 2
stdout:
stderr:
hdpolicy: error: unknown command 'subsidee'; did you mean 'subsidy'?
Run 'hdpolicy help' for usage.
