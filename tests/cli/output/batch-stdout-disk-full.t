# batch --output - on a full disk: one line naming standard output, exit 2.
run: sh: hdpolicy batch subsidy --input "$EXAMPLES/applications.csv" --output - > /dev/full
exit: 2
stdout:
stderr:
hdpolicy: error: could not write standard output: No space left on device
