# Standard output on a full disk: the answer is lost, so the run fails (exit
# 2) with one line saying why, instead of exit 0.
run: sh: hdpolicy subsidy --type rd --premium 80000 --date 2026-03-01 > /dev/full
exit: 2
stdout:
stderr:
hdpolicy: error: could not write standard output: No space left on device
