# A rate changed in a copy of policies/, passed with --policies, changes the
# result with no rebuild: R&D insurance at 60% of 80,000 is 48,000.00.
# (The sed changes the five 50% product lines of 第四条 and 第五条.)
run: sh: cp -r "$POLICIES" p && sed -i 's/^          rate: 50%$/          rate: 60%/' p/tech-insurance.yaml && grep -c 'rate: 60%' p/tech-insurance.yaml && hdpolicy subsidy --type rd --premium 80000 --date 2026-03-01 --format json --policies p | grep '"subsidy"'
exit: 0
stdout:
5
  "subsidy": "48000.00",
