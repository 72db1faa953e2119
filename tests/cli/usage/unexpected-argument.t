# An argument the command does not take.
run: workdays is 2025-10-11 2025-10-12
exit: 2
stdout:
stderr:
hdpolicy: error: unexpected argument '2025-10-12'
Run 'hdpolicy help workdays is' for usage.
