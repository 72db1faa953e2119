# The same cap given twice is refused, naming both: which of them holds is not
# for the tool to guess (nor their sum).
run: subsidy --type rd --premium 80000 --date 2026-03-01 --received catalogue=100000 --received innovative=5 --received catalogue=200000
exit: 2
stdout:
stderr:
hdpolicy: error: --received: 'catalogue=200000' is not accepted: each cap once: catalogue is already given as 'catalogue=100000' (give the sum received under it)
