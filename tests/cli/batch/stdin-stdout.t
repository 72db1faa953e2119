# - reads standard input and writes standard output (a pipe in a script).
run: sh: cat "$POLICIES/../tests/fixtures/batch/caps.csv" | hdpolicy batch subsidy --input - --output - | cmp - "$POLICIES/../tests/fixtures/batch/caps.expected.csv" && echo same
exit: 0
stdout:
same
