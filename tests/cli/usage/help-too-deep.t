# help for a word under a command that has none.
run: help subsidy rd
exit: 2
stdout:
stderr:
hdpolicy: error: unknown command 'subsidy rd': 'subsidy' has no commands under it
