# A bad cell: the file, the line and the column, and what the column takes (exit 2).
run: sh: printf 'type,premium\nrd,80000\nproperty,"80,000"\n' > p.csv && hdpolicy plan --date 2026-03-01 --specialized yes --input p.csv
exit: 2
stdout:
stderr:
hdpolicy: error: p.csv: line 3: premium: '80,000' is not accepted: an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15
