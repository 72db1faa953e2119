# `hdpolicy test` whose report cannot be written fails, even though the cases passed.
run: sh: hdpolicy test > /dev/full
exit: 2
stdout:
stderr:
hdpolicy: error: could not write standard output: No space left on device
