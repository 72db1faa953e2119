# The README's example: examples/applications.csv (each amount worked by hand,
# see the remark column and tests/fixtures/batch/applications.expected.csv).
run: sh: hdpolicy batch subsidy --input "$EXAMPLES/applications.csv" --output out.csv 2>/dev/null; echo "exit $?"; cmp out.csv "$POLICIES/../tests/fixtures/batch/applications.expected.csv" && echo same
stdout:
exit 1
same
