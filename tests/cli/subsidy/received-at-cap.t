# The whole cap already received (上限 includes the 500,000 itself) is accepted:
# nothing is left, so 40,000 by rate is cut to 0.00 by the annual cap.
run: sh: hdpolicy subsidy --type rd --premium 80000 --date 2026-03-01 --industry ai --specialized yes --upper-subsidy 0 --received catalogue=500000 --format json | grep -E '"(eligible|subsidy|capped_by)"'
exit: 0
stdout:
  "eligible": true,
  "subsidy": "0.00",
  "capped_by": "annual-cap",
