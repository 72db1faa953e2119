# Two letters swapped count as one slip.
run: tset
exit: 2
stdout:
stderr:
hdpolicy: error: unknown command 'tset'; did you mean 'test'?
Run 'hdpolicy help' for usage.
