# One output row per input row, in input order (counted by Python's csv module).
run: sh: hdpolicy batch subsidy --input "$EXAMPLES/applications.csv" --output out.csv 2>/dev/null; python3 -c 'import csv,sys; a=list(csv.reader(open(sys.argv[1]))); b=list(csv.reader(open(sys.argv[2]))); print(len(a), len(b), [r[0] for r in a]==[r[0] for r in b])' "$EXAMPLES/applications.csv" out.csv
stdout:
24 24 True
