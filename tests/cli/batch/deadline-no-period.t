run: sh: printf 'from,note\n2025-09-26,x\n' > in.csv; hdpolicy batch deadline --input in.csv --output -
exit: 2
stderr:
hdpolicy: error: the input needs a column 'rule', 'workdays', 'days', 'months' or 'years' next to 'from'
