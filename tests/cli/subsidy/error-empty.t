# Empty premium
run: subsidy --type rd --premium ''
exit: 2
stdout:
stderr:
hdpolicy: error: --premium: required: the premium paid, in yuan (e.g. 80000)
