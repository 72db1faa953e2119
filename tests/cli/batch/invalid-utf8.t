# Invalid UTF-8 on physical line 5 (a quoted line break in row 1 counts as a
# line). The run is refused and leaves no output file and no temporary file.
run: sh: hdpolicy batch subsidy --input "$POLICIES/../tests/fixtures/batch/invalid-utf8.csv" --output out.csv; echo "exit $?"; ls
stdout:
exit 2
stderr-contains:
invalid-utf8.csv: line 5: not valid UTF-8 (byte 0xE9)
