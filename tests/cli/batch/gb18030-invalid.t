# A byte that is not GB18030 is refused with its line; nothing is written.
run: sh: hdpolicy batch subsidy --encoding gb18030 --input "$POLICIES/../tests/fixtures/batch/gb18030-invalid.csv" --output out.csv; echo "exit $?"; ls
stdout:
exit 2
stderr-contains:
gb18030-invalid.csv: line 3: not valid GB18030 (byte 0xFF)
