# A header without the premium column.
run: sh: printf 'type,amount\nrd,80000\n' > p.csv && hdpolicy plan --date 2026-03-01 --specialized yes --input p.csv
exit: 2
stdout:
stderr:
hdpolicy: error: p.csv: line 1: the header has no 'premium' column (the columns are type, premium and, optionally, upper_subsidy)
