# help for a kind of batch that does not exist.
run: help batch foo
exit: 2
stdout:
stderr:
hdpolicy: error: unknown command 'batch foo': the commands after 'batch' are subsidy, hiring, deadline, eval
