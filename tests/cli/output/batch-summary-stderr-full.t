# The batch summary is asked for on stderr; stderr that cannot be written
# fails the run (exit 2), though there is nowhere left to say so.
run: sh: hdpolicy batch subsidy --input "$EXAMPLES/applications.csv" --output out.csv --summary 2>/dev/full; echo "exit $?"
exit: 0
stdout:
exit 2
