# The same input gives byte-identical output.
run: sh: hdpolicy batch subsidy --input "$EXAMPLES/applications.csv" --output a.csv 2>/dev/null; hdpolicy batch subsidy --input "$EXAMPLES/applications.csv" --output b.csv 2>/dev/null; cmp a.csv b.csv && echo identical
stdout:
identical
