# A word close to no command: the commands are listed.
run: foo
exit: 2
stdout:
stderr:
hdpolicy: error: unknown command 'foo': the commands are subsidy, plan, hiring, eval, workdays, deadline, calendar, batch, check, test, policies, diff, serve, help
Run 'hdpolicy help' for usage.
