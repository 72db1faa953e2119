# Writing over the input is refused (the same file under another name too).
run: sh: cp "$POLICIES/../tests/fixtures/batch/caps.csv" in.csv && ln -s in.csv link.csv && hdpolicy batch subsidy --input in.csv --output ./link.csv; echo "exit $?"; cmp in.csv "$POLICIES/../tests/fixtures/batch/caps.csv" && echo untouched
stdout:
exit 2
untouched
stderr:
hdpolicy: error: --output: './link.csv' is the input file; write the results to another file
