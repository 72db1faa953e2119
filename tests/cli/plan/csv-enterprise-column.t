# An enterprise fact as a column is refused rather than passed through unread:
# it is given once, as its option.
run: sh: printf 'type,premium,specialized\nrd,80000,yes\n' > p.csv && hdpolicy plan --date 2026-03-01 --input p.csv
exit: 2
stdout:
stderr:
hdpolicy: error: p.csv: line 1: the column 'specialized' is a fact of the enterprise: give it once, as --specialized
