# batch without its kind.
run: batch
exit: 2
stdout:
stderr:
hdpolicy: error: a command is required after 'batch': one of subsidy, hiring, deadline, eval
Run 'hdpolicy help batch' for usage.
