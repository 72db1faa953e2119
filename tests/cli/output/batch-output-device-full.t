# batch --output naming a device that is full: the option and the path are named.
run: batch subsidy --input "$EXAMPLES/applications.csv" --output /dev/full
exit: 2
stdout:
stderr:
hdpolicy: error: --output: could not write '/dev/full': No space left on device
