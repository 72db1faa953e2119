# No command at all: the commands are listed.
run: --policies /tmp
exit: 2
stdout:
stderr:
hdpolicy: error: a command is required: one of subsidy, plan, hiring, eval, workdays, deadline, calendar, batch, check, test, policies, diff, serve, help
Run 'hdpolicy help' for usage.
