# One output row per input row, in input order (the example has no line
# breaks inside cells, so lines are rows; ids are in the first column).
run: sh: hdpolicy batch subsidy --input "$EXAMPLES/applications.csv" --output out.csv 2>/dev/null; wc -l < "$EXAMPLES/applications.csv"; wc -l < out.csv; cut -d, -f1 "$EXAMPLES/applications.csv" > in-ids; cut -d, -f1 out.csv > out-ids; cmp in-ids out-ids && echo same order
stdout:
24
24
same order
