# help for a command that does not exist.
run: help subsidee
exit: 2
stdout:
stderr:
hdpolicy: error: unknown command 'subsidee'; did you mean 'subsidy'?
