# Negative premium
run: subsidy --type rd --premium=-5
exit: 2
stdout:
stderr:
hdpolicy: error: --premium: '-5' is not accepted: an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15
