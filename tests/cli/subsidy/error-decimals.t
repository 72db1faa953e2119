# Three decimals
run: subsidy --type rd --premium 80000.123
exit: 2
stdout:
stderr:
hdpolicy: error: --premium: '80000.123' is not accepted: an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15
