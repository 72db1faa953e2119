# Text cells starting with = + - @ tab or CR are written with a leading ' so a
# spreadsheet shows them instead of running them; plain numbers (-5, +3.50) are not.
run: sh: hdpolicy batch subsidy --input "$POLICIES/../tests/fixtures/batch/formulas.csv" --output out.csv 2>/dev/null; echo "exit $?"; cmp out.csv "$POLICIES/../tests/fixtures/batch/formulas.expected.csv" && echo same
stdout:
exit 1
same
